// create-user, set-user-roles, create-api-token and revoke-api-token: who may, what is written,
// and what the audit trail keeps (never a password or a token).
import { beforeAll, describe, expect, it } from 'vitest';
import { buildScenario } from '@/lib/tooling/scenario';
import { withTestDatabase } from '@/lib/tooling/with-test-database';
import { loadActor } from '../actor';
import { AppError } from '@/lib/domain/errors';
import type { Actor } from '../permissions';
import { scriptActor } from '../script-actor';
import { createApiToken } from './create-api-token';
import { createUser } from './create-user';
import { revokeApiToken } from './revoke-api-token';
import { setUserRoles } from './set-user-roles';

const database = withTestDatabase();
let admin: Actor;
let reader: Actor;

beforeAll(async () => {
  const world = await buildScenario(database.prisma);
  // Two groups with one code, in two bodies: a role by that code is ambiguous.
  await world.addGroup({ code: 'TC1' });
  await world.addGroup({ code: 'TC1', body: await world.addBody({ slug: 'etsi' }) });
  // People of their own, with addresses the commands below name.
  const a = await createUser({
    actor: scriptActor(),
    email: 'admin@example.org',
    name: 'Ada Admin',
    password: 'admin password 1',
    isAdmin: true,
  });
  const r = await createUser({
    actor: scriptActor(),
    email: 'reader@example.org',
    name: 'Rea Reader',
    password: 'reader password 1',
  });
  admin = (await loadActor(a.id, 'FORM')) as Actor;
  reader = (await loadActor(r.id, 'FORM')) as Actor;
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error.code;
}

const counts = async () => ({
  users: await database.prisma.user.count(),
  roles: await database.prisma.groupRole.count(),
  tokens: await database.prisma.apiToken.count(),
  audit: await database.prisma.auditEvent.count(),
});

describe('create-user', () => {
  it('an admin creates a rapporteur by group code, with an invitation link, audited without secrets', async () => {
    const created = await createUser({
      actor: admin,
      email: ' Rita@Example.ORG ',
      name: 'Rita Rapporteur',
      groupRoles: [{ group: 'q6/13', role: 'RAPPORTEUR' }],
    });
    expect(created.invitationUrl).toMatch(/^http:\/\/localhost:3000\/api\/auth\/reset-password\//);
    const user = await database.prisma.user.findUniqueOrThrow({
      where: { email: 'rita@example.org' },
      include: { groupRoles: { include: { group: true } }, accounts: true },
    });
    expect(user).toMatchObject({ emailVerified: true, isAdmin: false, accounts: [] });
    expect(user.groupRoles.map((r) => [r.role, r.group.path])).toEqual([
      ['RAPPORTEUR', 'itu-t/sg13/wp1-13/q6-13'],
    ]);
    const event = await database.prisma.auditEvent.findFirstOrThrow({ where: { entityId: user.id } });
    expect(event).toMatchObject({
      action: 'user.create',
      entityType: 'user',
      actorId: admin.userId,
      channel: 'FORM',
    });
    expect(event.changes).toMatchObject({
      roles: { after: ['RAPPORTEUR itu-t/sg13/wp1-13/q6-13'] },
      password: { after: 'invitation' },
    });
  });

  it('with a password: a credential account, and the audit says only "set"', async () => {
    const created = await createUser({
      actor: scriptActor(),
      email: 'carl@example.org',
      name: 'Carl',
      password: 'a secret password',
    });
    const account = await database.prisma.account.findFirstOrThrow({ where: { userId: created.id } });
    expect(account).toMatchObject({ providerId: 'credential', accountId: created.id });
    const event = await database.prisma.auditEvent.findFirstOrThrow({ where: { entityId: created.id } });
    expect(JSON.stringify(event.changes)).not.toContain('a secret password');
    expect(event).toMatchObject({ channel: 'SCRIPT', actorId: 'script' });
    expect(event.actorName).toMatch(/^command line \(/);
  });

  it('refuses a reader (FORBIDDEN), nobody (UNAUTHENTICATED), and writes nothing', async () => {
    const before = await counts();
    expect(
      await codeOf(createUser({ actor: reader, email: 'x@example.org', name: 'X', isAdmin: true })),
    ).toBe('FORBIDDEN');
    expect(await codeOf(createUser({ actor: null, email: 'x@example.org', name: 'X' }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(await counts()).toEqual(before);
  });

  it('refuses an existing e-mail, a short password, an unknown or ambiguous group; nothing is written', async () => {
    const before = await counts();
    expect(await codeOf(createUser({ actor: admin, email: 'READER@example.org', name: 'Again' }))).toBe(
      'CONFLICT',
    );
    expect(
      await codeOf(createUser({ actor: admin, email: 'y@example.org', name: 'Y', password: 'short' })),
    ).toBe('INVALID_INPUT');
    const unknown = createUser({
      actor: admin,
      email: 'y@example.org',
      name: 'Y',
      groupRoles: [{ group: 'SG99', role: 'RAPPORTEUR' }],
    });
    await expect(unknown).rejects.toThrow(/no group with the path or code "SG99"/);
    const ambiguous = createUser({
      actor: admin,
      email: 'y@example.org',
      name: 'Y',
      groupRoles: [{ group: 'TC1', role: 'COORDINATOR' }],
    });
    await expect(ambiguous).rejects.toThrow(/names several groups \(etsi\/tc1, itu-t\/tc1\)/);
    expect(await counts()).toEqual(before);
  });
});

describe('set-user-roles', () => {
  it('an admin replaces roles; the audit keeps before and after; the same roles again change nothing', async () => {
    await setUserRoles({
      actor: admin,
      userId: reader.userId,
      groupRoles: [{ group: 'itu-t/sg13', role: 'COORDINATOR' }],
    });
    expect((await loadActor(reader.userId, 'FORM'))?.roles).toEqual([
      expect.objectContaining({ role: 'COORDINATOR', groupPath: 'itu-t/sg13' }),
    ]);
    const event = await database.prisma.auditEvent.findFirstOrThrow({ where: { action: 'user.roles' } });
    expect(event.changes).toEqual({ roles: { before: [], after: ['COORDINATOR itu-t/sg13'] } });
    const before = await counts();
    expect(
      await setUserRoles({
        actor: admin,
        userId: reader.userId,
        groupRoles: [{ group: 'SG13', role: 'COORDINATOR' }],
      }),
    ).toEqual({ changed: false });
    expect(await counts()).toEqual(before);
    await setUserRoles({ actor: admin, userId: reader.userId, groupRoles: [] });
  });

  it('refuses a non-admin and an admin removing their own admin role', async () => {
    const before = await counts();
    expect(await codeOf(setUserRoles({ actor: reader, userId: reader.userId, isAdmin: true }))).toBe(
      'FORBIDDEN',
    );
    expect(await codeOf(setUserRoles({ actor: admin, userId: admin.userId, isAdmin: false }))).toBe(
      'INVALID_INPUT',
    );
    expect(await codeOf(setUserRoles({ actor: admin, userId: 'nobody', isAdmin: false }))).toBe('NOT_FOUND');
    expect(await counts()).toEqual(before);
  });
});

describe('API tokens', () => {
  it('anyone signed in creates their own; only admins and scripts for someone else', async () => {
    const own = await createApiToken({ actor: reader, name: 'my script' });
    expect(own.prefix).toBe(own.token.slice(0, 12));
    const event = await database.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'api_token.create', entityId: String(own.id) },
    });
    expect(JSON.stringify(event.changes)).not.toContain(own.token);
    const before = await counts();
    expect(
      await codeOf(createApiToken({ actor: reader, name: 'theirs', userEmail: 'admin@example.org' })),
    ).toBe('FORBIDDEN');
    expect(await codeOf(createApiToken({ actor: null, name: 'nobody' }))).toBe('UNAUTHENTICATED');
    expect(await counts()).toEqual(before);
    const forReader = await createApiToken({
      actor: scriptActor(),
      name: 'made by CLI',
      userEmail: 'Reader@example.org',
    });
    expect((await database.prisma.apiToken.findUniqueOrThrow({ where: { id: forReader.id } })).userId).toBe(
      reader.userId,
    );
  });

  it('one revokes one’s own; another user’s is "not found" except to admins', async () => {
    const mine = await createApiToken({ actor: admin, name: 'admin token' });
    const before = await counts();
    expect(await codeOf(revokeApiToken({ actor: reader, tokenId: mine.id }))).toBe('NOT_FOUND');
    expect(await counts()).toEqual(before);
    const readers = await createApiToken({ actor: reader, name: 'reader token' });
    expect(await revokeApiToken({ actor: reader, tokenId: readers.id })).toEqual({ revoked: true });
    expect(await revokeApiToken({ actor: reader, tokenId: readers.id })).toEqual({ revoked: false });
    const other = await createApiToken({ actor: reader, name: 'lost laptop' });
    expect(await revokeApiToken({ actor: admin, tokenId: other.id })).toEqual({ revoked: true });
    expect(
      (await database.prisma.apiToken.findUniqueOrThrow({ where: { id: other.id } })).revokedAt,
    ).toBeInstanceOf(Date);
  });
});
