// The permission matrix of every write (API route or admin-only command) x every kind of caller:
// allowed cells answer 2xx and leave an audit row naming the caller; refused cells answer 401/403
// and change nothing in the database.
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { nextStatuses } from '@/lib/domain/lifecycle';
import { todayUtc } from '@/lib/domain/liaisons';
import type { RoadmapRecord } from '@/lib/domain/roadmap-csv';
import { generateApiToken } from '@/lib/server/api-token';
import { createUser } from '@/lib/server/commands/create-user';
import { createEdition } from '@/lib/server/commands/editions/create-edition';
import { deleteWorkItem } from '@/lib/server/commands/delete-work-item';
import { renameUser } from '@/lib/server/commands/rename-user';
import { setUserRoles } from '@/lib/server/commands/set-user-roles';
import { AppError } from '@/lib/domain/errors';
import { httpStatus } from '@/lib/server/errors';
import type { Actor } from '@/lib/server/permissions';
import { roadmapCsv } from '@/lib/server/roadmap-export';
import type { TestActor } from '@/lib/tooling/actors';
import { databaseFingerprint } from '@/lib/tooling/fingerprint';
import { buildScenario, type GroupRef, type Scenario } from '@/lib/tooling/scenario';
import { withTestDatabase } from '@/lib/tooling/with-test-database';
import { POST as postPublish } from './editions/[year]/publish/route';
import { POST as postRefresh } from './editions/[year]/refresh/route';
import { POST as postEdition } from './editions/route';
import { POST as postImport } from './import/route';
import { PATCH as patchItem } from './items/[identifier]/route';
import { POST as postStatus } from './items/[identifier]/status/route';
import { POST as postVerify } from './items/[identifier]/verify/route';
import { POST as postItem } from './items/route';
import { PATCH as patchLiaison } from './liaisons/[reference]/route';
import { POST as postLiaison } from './liaisons/route';

type RoleName =
  | 'anonymous'
  | 'invalid token'
  | 'malformed Authorization header'
  | 'revoked token (of an admin)'
  | 'expired token (of an admin)'
  | 'reader'
  | 'rapporteur of another group'
  | 'rapporteur of the group'
  | 'coordinator of a parent group'
  | 'coordinator of another group'
  | 'admin';

/** What one cell runs as: an Authorization header for the API, an Actor (or null) for a command. */
interface Caller {
  authorization: string | null;
  actor: Actor | null;
}

const database = withTestDatabase();
let world: Scenario;
let q6: GroupRef; // "the group", in WP1/13 of SG13 (where the coordinator is)
let sg15: GroupRef; // where "rapporteur of another group" and "coordinator of another group" work
let sg17: GroupRef; // a liaison's recipient that no caller edits
const callers = new Map<RoleName, Caller>();
let serial = 0;
const unique = () => `${process.pid}-${++serial}`;

function request(method: string, path: string, caller: Caller, body: string, contentType: string) {
  const headers: Record<string, string> = { 'content-type': contentType };
  if (caller.authorization) headers.authorization = caller.authorization;
  return new NextRequest(`http://localhost${path}`, { method, headers, body });
}
const json = (method: string, path: string, caller: Caller, body: unknown) =>
  request(method, path, caller, JSON.stringify(body), 'application/json');
const params = <P>(value: P) => ({ params: Promise.resolve(value) });

/** A command's outcome as the status the API would answer. */
async function commandStatus(run: () => Promise<unknown>): Promise<number> {
  try {
    await run();
    return 200;
  } catch (error) {
    if (error instanceof AppError) return httpStatus(error);
    throw error;
  }
}

async function freshItem() {
  const item = await world.addItem({ group: 'q6', identifier: `Y.${unique()}` });
  return { identifier: item.identifier, version: item.version, status: item.statusCode };
}

async function freshLiaison() {
  const reference = `LS-${unique()}`;
  const liaison = await world.addLiaison({
    reference,
    title: 'A liaison',
    direction: 'OUTGOING',
    purpose: 'FOR_ACTION',
    from: 'q6',
    date: '2026-01-10',
    to: ['sg17'],
  });
  return { reference, version: liaison.version };
}

const csvRow = (identifier: string): RoadmapRecord => ({
  identifier,
  number: '',
  title: 'Imported item',
  kind: 'ITU_RECOMMENDATION',
  body: 'ITU-T',
  group: q6.path,
  generation: 'IMT2030',
  topics: '',
  process: 'AAP',
  status: 'UNDER_STUDY',
  stage: '',
  start: '2025-01-15',
  target: '',
  approved: '',
  editors: '',
  summary: '',
  url: '',
});

const EDITORS: readonly RoleName[] = ['rapporteur of the group', 'coordinator of a parent group', 'admin'];
const ADMIN: readonly RoleName[] = ['admin'];
const SIGNED_IN: readonly RoleName[] = [
  'reader',
  'rapporteur of another group',
  'coordinator of another group',
  ...EDITORS,
];
// The roadmap's owning groups (ROADMAP_OWNING_GROUPS, by default itu-t/sg13 and its JCA-IMT2020):
// their coordinators and admins keep the roadmap as a whole; the coordinator of SG15 may not.
const ROADMAP_KEEPERS: readonly RoleName[] = ['coordinator of a parent group', 'admin'];
// Each edition cell works on a year of its own.
let editionYear = 2100;

/** A draft edition of a fresh year, made by the admin (before the cell's fingerprint). */
async function freshDraft(): Promise<number> {
  const year = ++editionYear;
  await createEdition({ actor: callers.get('admin')!.actor, input: { year } });
  return year;
}
const yearParams = (year: number) => params({ year: String(year) });

interface Action {
  /** The audit row an allowed call leaves (null: none, e.g. a dry run). */
  audit: { action: string; channel: 'API' | 'IMPORT' | 'FORM' } | null;
  /** Who may (everyone else is refused). */
  allowed: readonly RoleName[];
  /** The status of an allowed call. */
  success: 200 | 201;
  /** A command, not an API route: token callers do not apply. */
  command: boolean;
  /** Makes what the call needs (outside the fingerprint), then returns the call. */
  prepare: (caller: Caller) => (() => Promise<number>) | Promise<() => Promise<number>>;
}

const ACTIONS: Record<string, Action> = {
  'POST /api/items (in the group)': {
    audit: { action: 'work_item.create', channel: 'API' },
    allowed: EDITORS,
    success: 201,
    command: false,
    prepare: (caller) => {
      const body = {
        workingName: `Y.IMT2030-${unique()}`,
        title: 'New item',
        kind: 'ITU_RECOMMENDATION',
        generation: 'IMT2030',
        group: q6.path,
        process: 'AAP',
        status: 'UNDER_STUDY',
      };
      return async () => (await postItem(json('POST', '/api/items', caller, body))).status;
    },
  },
  'PATCH /api/items/<id>': {
    audit: { action: 'work_item.update', channel: 'API' },
    allowed: EDITORS,
    success: 200,
    command: false,
    prepare: async (caller) => {
      const { identifier, version } = await freshItem();
      const path = `/api/items/${encodeURIComponent(identifier)}`;
      return async () =>
        (await patchItem(json('PATCH', path, caller, { version, title: 'Changed' }), params({ identifier })))
          .status;
    },
  },
  'PATCH /api/items/<id> of the parent group': {
    audit: { action: 'work_item.update', channel: 'API' },
    // A rapporteur edits their own group only, not the groups above it.
    allowed: ['coordinator of a parent group', 'admin'],
    success: 200,
    command: false,
    prepare: async (caller) => {
      const item = await world.addItem({ group: 'sg13', identifier: `Y.${unique()}` });
      const identifier = item.identifier;
      const path = `/api/items/${encodeURIComponent(identifier)}`;
      return async () =>
        (
          await patchItem(
            json('PATCH', path, caller, { version: item.version, title: 'Changed' }),
            params({ identifier }),
          )
        ).status;
    },
  },
  'PATCH /api/items/<id> moving it to another group': {
    audit: { action: 'work_item.update', channel: 'API' },
    // Both the old and the new group must be editable.
    allowed: ADMIN,
    success: 200,
    command: false,
    prepare: async (caller) => {
      const { identifier, version } = await freshItem();
      const path = `/api/items/${encodeURIComponent(identifier)}`;
      return async () =>
        (await patchItem(json('PATCH', path, caller, { version, group: sg15.path }), params({ identifier })))
          .status;
    },
  },
  'POST /api/items/<id>/status': {
    audit: { action: 'work_item.status', channel: 'API' },
    allowed: EDITORS,
    success: 200,
    command: false,
    prepare: async (caller) => {
      const { identifier, version, status } = await freshItem();
      const body = { version, status: nextStatuses('AAP', status)[0]?.code, date: todayUtc() };
      const path = `/api/items/${encodeURIComponent(identifier)}/status`;
      return async () => (await postStatus(json('POST', path, caller, body), params({ identifier }))).status;
    },
  },
  'POST /api/items/<id>/verify': {
    audit: { action: 'work_item.verify', channel: 'API' },
    allowed: EDITORS,
    success: 200,
    command: false,
    prepare: async (caller) => {
      const { identifier, version } = await freshItem();
      const path = `/api/items/${encodeURIComponent(identifier)}/verify`;
      return async () =>
        (await postVerify(json('POST', path, caller, { version }), params({ identifier }))).status;
    },
  },
  'POST /api/liaisons (from the group)': {
    audit: { action: 'liaison.create', channel: 'API' },
    allowed: EDITORS,
    success: 201,
    command: false,
    prepare: (caller) => {
      const body = {
        reference: `LS-${unique()}`,
        title: 'New liaison',
        direction: 'OUTGOING',
        purpose: 'FOR_INFORMATION',
        from: q6.path,
        to: [sg17.path],
        date: '2026-02-01',
      };
      return async () => (await postLiaison(json('POST', '/api/liaisons', caller, body))).status;
    },
  },
  'PATCH /api/liaisons/<ref>': {
    audit: { action: 'liaison.update', channel: 'API' },
    allowed: EDITORS,
    success: 200,
    command: false,
    prepare: async (caller) => {
      const { reference, version } = await freshLiaison();
      const path = `/api/liaisons/${encodeURIComponent(reference)}`;
      return async () =>
        (
          await patchLiaison(
            json('PATCH', path, caller, { version, title: 'Changed' }),
            params({ reference }),
          )
        ).status;
    },
  },
  'POST /api/import?dryRun=1': {
    audit: null,
    allowed: EDITORS,
    success: 200,
    command: false,
    prepare: (caller) => {
      const body = roadmapCsv([csvRow(`Y.IMT2030-${unique()}`)]);
      const path = `/api/import?group=${encodeURIComponent(q6.path)}&dryRun=1`;
      return async () => (await postImport(request('POST', path, caller, body, 'text/csv'))).status;
    },
  },
  'POST /api/import (apply)': {
    audit: { action: 'work_item.import.create', channel: 'IMPORT' },
    allowed: EDITORS,
    success: 200,
    command: false,
    prepare: (caller) => {
      const body = roadmapCsv([csvRow(`Y.IMT2030-${unique()}`)]);
      const path = `/api/import?group=${encodeURIComponent(q6.path)}`;
      return async () => (await postImport(request('POST', path, caller, body, 'text/csv'))).status;
    },
  },
  'POST /api/editions': {
    audit: { action: 'edition.create', channel: 'API' },
    allowed: ROADMAP_KEEPERS,
    success: 201,
    command: false,
    prepare: (caller) => {
      const year = ++editionYear;
      return async () => (await postEdition(json('POST', '/api/editions', caller, { year }))).status;
    },
  },
  'POST /api/editions/<year>/refresh': {
    audit: { action: 'edition.refresh', channel: 'API' },
    allowed: ROADMAP_KEEPERS,
    success: 200,
    command: false,
    prepare: async (caller) => {
      const year = await freshDraft();
      const path = `/api/editions/${year}/refresh`;
      return async () => (await postRefresh(json('POST', path, caller, {}), yearParams(year))).status;
    },
  },
  'POST /api/editions/<year>/publish': {
    audit: { action: 'edition.publish', channel: 'API' },
    allowed: ROADMAP_KEEPERS,
    success: 200,
    command: false,
    prepare: async (caller) => {
      const year = await freshDraft();
      const path = `/api/editions/${year}/publish`;
      return async () => (await postPublish(json('POST', path, caller, {}), yearParams(year))).status;
    },
  },
  'POST /api/import?previewToken=… (apply a preview)': {
    audit: { action: 'work_item.import.create', channel: 'IMPORT' },
    allowed: EDITORS,
    success: 200,
    command: false,
    prepare: async (caller) => {
      const body = roadmapCsv([csvRow(`Y.IMT2030-${unique()}`)]);
      const group = `group=${encodeURIComponent(q6.path)}`;
      // The caller's own preview when it may make one, else an admin's (which is not the caller's).
      const dryRun = async (as: Caller) => {
        const answer = await postImport(
          request('POST', `/api/import?${group}&dryRun=1`, as, body, 'text/csv'),
        );
        return answer.ok ? ((await answer.json()) as { previewToken: string }).previewToken : null;
      };
      const previewToken = (await dryRun(caller)) ?? (await dryRun(callers.get('admin')!));
      const path = `/api/import?${group}&previewToken=${previewToken}`;
      return async () => (await postImport(request('POST', path, caller, body, 'text/csv'))).status;
    },
  },
  'deleteWorkItem (command)': {
    audit: { action: 'work_item.delete', channel: 'FORM' },
    allowed: ADMIN,
    success: 200,
    command: true,
    prepare: async (caller) => {
      const { identifier, version } = await freshItem();
      return () =>
        commandStatus(() =>
          deleteWorkItem({ actor: caller.actor, identifier, input: { version, confirm: identifier } }),
        );
    },
  },
  'createUser (command)': {
    audit: { action: 'user.create', channel: 'FORM' },
    allowed: ADMIN,
    success: 200,
    command: true,
    prepare: (caller) => {
      const email = `new-${unique()}@example.org`;
      return () =>
        commandStatus(() =>
          createUser({
            actor: caller.actor,
            email,
            name: 'New Person',
            password: 'a long enough password',
            groupRoles: [{ group: q6.path, role: 'RAPPORTEUR' }],
          }),
        );
    },
  },
  'setUserRoles (command)': {
    audit: { action: 'user.roles', channel: 'FORM' },
    allowed: ADMIN,
    success: 200,
    command: true,
    prepare: async (caller) => {
      const target = await world.addActor();
      return () =>
        commandStatus(() =>
          setUserRoles({
            actor: caller.actor,
            userId: target.userId,
            isAdmin: false,
            groupRoles: [{ group: q6.path, role: 'COORDINATOR' }],
          }),
        );
    },
  },
  'renameUser of someone else (command)': {
    audit: { action: 'user.rename', channel: 'FORM' },
    allowed: ADMIN,
    success: 200,
    command: true,
    prepare: async (caller) => {
      const target = await world.addActor();
      return () =>
        commandStatus(() =>
          renameUser({ actor: caller.actor, userId: target.userId, name: `Renamed ${unique()}` }),
        );
    },
  },
  'renameUser of oneself (command)': {
    audit: { action: 'user.rename', channel: 'FORM' },
    allowed: SIGNED_IN,
    success: 200,
    command: true,
    prepare: (caller) => {
      // Anonymous callers name nobody in particular: someone else's id.
      const userId = caller.actor?.userId ?? callers.get('reader')!.actor!.userId;
      const name = `${caller.actor?.name ?? 'Nobody'} ${unique()}`;
      return () => commandStatus(() => renameUser({ actor: caller.actor, userId, name }));
    },
  },
};

const UNAUTHENTICATED: readonly RoleName[] = [
  'anonymous',
  'invalid token',
  'malformed Authorization header',
  'revoked token (of an admin)',
  'expired token (of an admin)',
];

function expectedStatus(action: Action, role: RoleName): number {
  if (UNAUTHENTICATED.includes(role)) return 401;
  return action.allowed.includes(role) ? action.success : 403;
}

const ROLES: RoleName[] = [
  'anonymous',
  'invalid token',
  'malformed Authorization header',
  'revoked token (of an admin)',
  'expired token (of an admin)',
  'reader',
  'rapporteur of another group',
  'rapporteur of the group',
  'coordinator of a parent group',
  'coordinator of another group',
  'admin',
];
const TOKEN_ONLY: RoleName[] = [
  'invalid token',
  'malformed Authorization header',
  'revoked token (of an admin)',
  'expired token (of an admin)',
];

const MATRIX = Object.entries(ACTIONS).flatMap(([name, action]) =>
  ROLES.filter((role) => !(action.command && TOKEN_ONLY.includes(role))).map((role) => ({
    name,
    role,
    expected: expectedStatus(action, role),
  })),
);

beforeAll(async () => {
  world = await buildScenario(database.prisma);
  ({ q6, sg15, sg17 } = world.groups);
  const { actors } = world;
  const people: [RoleName, TestActor][] = [
    ['reader', actors.reader],
    ['rapporteur of another group', actors.otherRapporteur],
    ['rapporteur of the group', actors.rapporteur],
    ['coordinator of a parent group', actors.coordinator],
    [
      'coordinator of another group',
      await world.addActor({ name: 'Cole Coordinator', roles: [{ group: sg15, role: 'COORDINATOR' }] }),
    ],
    ['admin', actors.admin],
  ];
  for (const [role, actor] of people) {
    callers.set(role, {
      authorization: `Bearer ${await world.tokenFor(actor)}`,
      actor: { ...actor, channel: 'FORM' },
    });
  }
  callers.set('anonymous', { authorization: null, actor: actors.anonymous });
  // Well-formed, but no such token is stored.
  callers.set('invalid token', { authorization: `Bearer ${generateApiToken().token}`, actor: null });
  callers.set('malformed Authorization header', { authorization: 'Basic YWRhOmFkbWlu', actor: null });
  callers.set('revoked token (of an admin)', {
    authorization: `Bearer ${await world.tokenFor(actors.admin, { revokedAt: new Date() })}`,
    actor: null,
  });
  callers.set('expired token (of an admin)', {
    authorization: `Bearer ${await world.tokenFor(actors.admin, { expiresAt: new Date(Date.now() - 1000) })}`,
    actor: null,
  });
});

describe('databaseFingerprint', () => {
  it('changes with any written row, but not with a token being used', async () => {
    const before = await databaseFingerprint(database);
    await database.sql('UPDATE api_token SET last_used_at = now()');
    expect(await databaseFingerprint(database)).toEqual(before);
    await database.sql('UPDATE "group" SET name = name || \' \' WHERE id = $1', [sg17.id]);
    const after = await databaseFingerprint(database);
    await database.sql('UPDATE "group" SET name = rtrim(name) WHERE id = $1', [sg17.id]);
    expect(
      Object.entries(after)
        .filter(([table, f]) => before[table] !== f)
        .map(([table]) => table),
    ).toEqual(['group']);
    expect(await databaseFingerprint(database)).toEqual(before);
  });
});

describe('permission matrix', () => {
  it('covers every action for every caller', () => {
    const commands = Object.values(ACTIONS).filter((a) => a.command).length;
    expect(commands).toBe(5);
    expect(MATRIX).toHaveLength(Object.keys(ACTIONS).length * ROLES.length - commands * TOKEN_ONLY.length);
  });

  it.each(MATRIX)('$name as $role → $expected', async ({ name, role, expected }) => {
    const action = ACTIONS[name]!;
    const caller = callers.get(role)!;
    const call = await action.prepare(caller);
    const before = await databaseFingerprint(database);
    const lastAudit = await database.sql<{ id: string | null }>(
      'SELECT max(id)::text AS id FROM audit_event',
    );
    const status = await call();
    expect(status).toBe(expected);
    if (status >= 300) {
      expect(await databaseFingerprint(database)).toEqual(before);
      return;
    }
    const { rows } = await database.sql<{ actor_id: string; channel: string; action: string }>(
      'SELECT actor_id, channel, action FROM audit_event WHERE id > $1 ORDER BY id',
      [lastAudit.rows[0]?.id ?? '0'],
    );
    if (!action.audit) {
      expect(rows).toEqual([]);
      expect(await databaseFingerprint(database)).toEqual(before);
      return;
    }
    expect(rows).toEqual([
      { actor_id: caller.actor!.userId, channel: action.audit.channel, action: action.audit.action },
    ]);
  });
});
