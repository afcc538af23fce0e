// The app under a database role that is neither superuser nor owner (README "Production",
// prisma/app-role.sql): its queries and commands work, and the role can neither switch the
// immutability triggers off (ALTER TABLE ... DISABLE TRIGGER, session_replication_role), nor drop or
// replace them, nor change a published edition.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { NextRequest } from 'next/server';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EMPTY_AUDIT_FILTERS } from '@/lib/domain/audit-filters';
import { todayUtc } from '@/lib/domain/liaisons';
import { roadmapCsv } from '@/lib/server/roadmap-export';
import { auth } from '@/lib/server/auth';
import { createApiToken } from '@/lib/server/commands/create-api-token';
import { createUser } from '@/lib/server/commands/create-user';
import { deleteWorkItem } from '@/lib/server/commands/delete-work-item';
import { signUnsealedEditions } from '@/lib/server/commands/editions/sign-editions';
import { verifyAllEditions } from '@/lib/server/editions/verify-editions';
import { listAuditEvents } from '@/lib/server/queries/list-audit-events';
import { scriptActor } from '@/lib/server/script-actor';
import { loadActor } from '@/lib/server/actor';
import { buildScenario } from '@/lib/tooling/scenario';
import { adminQuery, databaseUrl } from '@/lib/tooling/test-database';
import { TEST_APP_URL, withTestDatabase } from '@/lib/tooling/with-test-database';
import { GET as getPdf } from '../(public)/editions/[year]/supplement.pdf/route';
import { POST as postPublish } from './editions/[year]/publish/route';
import { POST as postRefresh } from './editions/[year]/refresh/route';
import { GET as listEditions, POST as postEdition } from './editions/route';
import { POST as postImport } from './import/route';
import { PATCH as patchItem } from './items/[identifier]/route';
import { POST as postStatus } from './items/[identifier]/status/route';
import { POST as postVerify } from './items/[identifier]/verify/route';
import { GET as listItems, POST as postItem } from './items/route';
import { GET as getXlsx } from './items.xlsx/route';
import { PATCH as patchLiaison } from './liaisons/[reference]/route';
import { POST as postLiaison } from './liaisons/route';

const ROLE = `roadmap_app_${randomBytes(4).toString('hex')}`;
const PASSWORD = randomBytes(12).toString('hex');
const BASE = TEST_APP_URL;
// Registered before the database so that it runs after the database is dropped (after-hooks run in
// reverse): a role with privileges in a database cannot be dropped.
afterAll(() => adminQuery(`DROP ROLE IF EXISTS ${ROLE}`));
const database = withTestDatabase();
let app: pg.Client; // a plain connection as the app's role
let token: string;
let group: string;

const request = (method: string, url: string, body?: unknown, type = 'application/json') =>
  new NextRequest(`${BASE}${url}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': type }) },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
const params = <P>(value: P) => ({ params: Promise.resolve(value) });
const statusOf = async (response: Promise<Response>) => (await response).status;

beforeAll(async () => {
  group = (await buildScenario(database.prisma)).groups.sg13.path;
  // As the README says: create the role, then run prisma/app-role.sql as the tables' owner.
  await adminQuery(`CREATE ROLE ${ROLE} LOGIN PASSWORD '${PASSWORD}'`);
  const grants = await readFile(path.resolve(import.meta.dirname, '../../prisma/app-role.sql'), 'utf8');
  await database.sql(grants.replaceAll('roadmap_app', ROLE));
  const url = new URL(
    databaseUrl(process.env.TEST_DATABASE_SERVER_URL!, new URL(database.url).pathname.slice(1)),
  );
  url.username = ROLE;
  url.password = PASSWORD;
  // The app connects as the role, not as the owner withTestDatabase connects as.
  vi.stubEnv('DATABASE_URL', url.toString());
  app = new pg.Client({ connectionString: url.toString() });
  await app.connect();
});
afterAll(async () => {
  await app.end();
  vi.unstubAllEnvs();
});

describe('the app under a role that is neither superuser nor owner', () => {
  it('is such a role', async () => {
    const { rows } = await app.query<{ super: boolean; owner: string; me: string }>(
      `SELECT rolsuper AS super, (SELECT tableowner FROM pg_tables WHERE tablename = 'edition') AS owner,
         current_user AS me FROM pg_roles WHERE rolname = current_user`,
    );
    expect(rows[0]!.super).toBe(false);
    expect(rows[0]!.owner).not.toBe(rows[0]!.me);
  });

  it('runs the queries and commands: accounts, items, liaisons, import, editions, audit', async () => {
    const admin = await createUser({
      actor: scriptActor(),
      email: 'ada@example.org',
      name: 'Ada Admin',
      password: 'a long enough password',
      isAdmin: true,
    });
    const signIn = await auth().handler(
      new Request(`${BASE}/api/auth/sign-in/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: BASE },
        body: JSON.stringify({ email: 'ada@example.org', password: 'a long enough password' }),
      }),
    );
    expect(signIn.status).toBe(200);
    const actor = (await loadActor(admin.id, 'FORM'))!;
    ({ token } = await createApiToken({ actor, name: 'role test' }));

    const item = {
      workingName: 'Y.IMT2030-role',
      title: 'Item',
      kind: 'ITU_RECOMMENDATION',
      generation: 'IMT2030',
      group,
      process: 'AAP',
      status: 'UNDER_STUDY',
    };
    expect(await statusOf(postItem(request('POST', '/api/items', item)))).toBe(201);
    const id = params({ identifier: 'Y.IMT2030-role' });
    const patch = request('PATCH', '/api/items/Y.IMT2030-role', { version: 1, title: 'Changed' });
    expect(await statusOf(patchItem(patch, id))).toBe(200);
    const status = { version: 2, status: 'CONSENTED', date: todayUtc() };
    expect(await statusOf(postStatus(request('POST', '/x', status), id))).toBe(200);
    expect(await statusOf(postVerify(request('POST', '/x', { version: 3 }), id))).toBe(200);
    const liaison = {
      reference: 'LS-role',
      title: 'Liaison',
      direction: 'OUTGOING',
      purpose: 'FOR_INFORMATION',
      from: group,
      to: [group],
      date: '2026-02-01',
    };
    expect(await statusOf(postLiaison(request('POST', '/api/liaisons', liaison)))).toBe(201);
    const liaisonPatch = request('PATCH', '/x', { version: 1, title: 'Changed' });
    expect(await statusOf(patchLiaison(liaisonPatch, params({ reference: 'LS-role' })))).toBe(200);
    const csv = roadmapCsv([
      {
        identifier: 'Y.IMT2030-imported',
        number: '',
        title: 'Imported',
        kind: 'ITU_RECOMMENDATION',
        body: 'ITU-T',
        group,
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
      },
    ]);
    const imported = request('POST', `/api/import?group=${encodeURIComponent(group)}`, csv, 'text/csv');
    expect(await statusOf(postImport(imported))).toBe(200);
    expect(await statusOf(listItems(request('GET', '/api/items')))).toBe(200);
    expect(await statusOf(getXlsx(request('GET', '/api/items.xlsx')))).toBe(200);
    await deleteWorkItem({
      actor,
      identifier: 'Y.IMT2030-imported',
      input: { version: 1, confirm: 'Y.IMT2030-imported' },
    });

    expect(await statusOf(postEdition(request('POST', '/api/editions', { year: 2026 })))).toBe(201);
    const year = params({ year: '2026' });
    expect(await statusOf(postRefresh(request('POST', '/x', {}), year))).toBe(200);
    expect(await statusOf(postPublish(request('POST', '/x', {}), year))).toBe(200);
    expect(await statusOf(getPdf(request('GET', '/editions/2026/supplement.pdf'), year))).toBe(200);
    expect(await statusOf(listEditions(request('GET', '/api/editions')))).toBe(200);
    expect(await verifyAllEditions()).toMatchObject({ failures: [], verified: [{ label: '2026 edition' }] });
    expect(await signUnsealedEditions({ actor: scriptActor() })).toEqual({ signed: [] });
    const audit = await listAuditEvents({ actor, filters: EMPTY_AUDIT_FILTERS });
    expect(audit.events.map((e) => e.action)).toContain('edition.publish');
  }, 120_000);

  it('cannot switch the triggers off, replace them, or change a published edition', async () => {
    const refused: [string, RegExp][] = [
      ['ALTER TABLE edition DISABLE TRIGGER edition_published_no_update_delete', /must be owner/],
      ['ALTER TABLE edition DISABLE TRIGGER ALL', /must be owner/],
      ['ALTER TABLE edition_file DISABLE TRIGGER USER', /must be owner/],
      ['DROP TRIGGER edition_seal_permanent ON edition_seal', /must be owner/],
      [
        `CREATE OR REPLACE FUNCTION edition_published_is_immutable() RETURNS trigger LANGUAGE plpgsql
         AS $$ BEGIN RETURN NEW; END $$`,
        /must be owner|permission denied for schema/,
      ],
      ['SET session_replication_role = replica', /permission denied/],
      ['BEGIN; SET LOCAL session_replication_role = replica; COMMIT', /permission denied/],
      ['ALTER ROLE CURRENT_USER SUPERUSER', /permission denied/],
      ["UPDATE edition SET published_by_name = 'x' WHERE year = 2026", /is published and cannot be changed/],
      ['DELETE FROM edition WHERE year = 2026', /is published and cannot be deleted/],
      ['TRUNCATE edition CASCADE', /permission denied/],
      ['UPDATE edition_file SET bytes = bytes', /permission denied/],
      ['DELETE FROM edition_seal', /permission denied/],
      ['UPDATE audit_event SET comment = NULL', /permission denied/],
    ];
    for (const [sql, error] of refused) {
      await expect(app.query(sql), sql).rejects.toThrow(error);
      await app.query('ROLLBACK').catch(() => undefined);
    }
    const { rows } = await app.query<{ setting: string }>(
      `SELECT current_setting('session_replication_role') AS setting`,
    );
    expect(rows[0]!.setting).toBe('origin');
    expect(await verifyAllEditions()).toMatchObject({ failures: [] });
  });
});
