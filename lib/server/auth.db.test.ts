// Sign-in, sessions, invitation links and API tokens against PostgreSQL, through
// better-auth's HTTP handler as the app's forms and API use it (the limits: sign-in-limits.db.test.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { buildScenario } from '@/lib/tooling/scenario';
import { TEST_APP_URL, withTestDatabase } from '@/lib/tooling/with-test-database';
import { loadActor } from './actor';
import { auth, createPasswordLink } from './auth';
import { createApiToken } from './commands/create-api-token';
import { createUser } from './commands/create-user';
import { revokeApiToken } from './commands/revoke-api-token';
import { getApiActor, sessionUserId } from './current-actor';
import { AppError } from '@/lib/domain/errors';
import { scriptActor } from './script-actor';

const BASE = TEST_APP_URL;
const PASSWORD = 'correct horse battery';
const database = withTestDatabase();
let userId: string;

beforeAll(async () => {
  await buildScenario(database.prisma);
  const user = await createUser({
    actor: scriptActor(),
    email: 'Ann@Example.org',
    name: 'Ann Example',
    password: PASSWORD,
    groupRoles: [{ group: 'SG13', role: 'COORDINATOR' }],
  });
  userId = user.id;
});

function signIn(email: string, password: string, ip = '203.0.113.7'): Promise<Response> {
  return auth().handler(
    new Request(`${BASE}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: BASE, 'x-forwarded-for': ip },
      body: JSON.stringify({ email, password }),
    }),
  );
}

function cookieOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

describe('sign-in', () => {
  it('accepts the right password and the session loads the actor with their roles', async () => {
    const response = await signIn('ann@example.org', PASSWORD);
    expect(response.status).toBe(200);
    const cookie = cookieOf(response);
    expect(cookie).toMatch(/better-auth\.session_token=/);
    const id = await sessionUserId(new Headers({ cookie }));
    expect(id).toBe(userId);
    const actor = await loadActor(id ?? '', 'FORM');
    expect(actor).toMatchObject({ name: 'Ann Example', email: 'ann@example.org', isAdmin: false });
    expect(actor?.roles).toEqual([expect.objectContaining({ role: 'COORDINATOR', groupPath: 'itu-t/sg13' })]);
  });

  it('refuses a wrong password, and no cookie means no session (without a query)', async () => {
    const response = await signIn('ann@example.org', 'wrong password!!', '203.0.113.8');
    expect(response.status).toBe(401);
    expect(response.headers.getSetCookie()).toEqual([]);
    expect(await sessionUserId(new Headers())).toBeNull();
  });

  it('stores the password only as a scrypt hash', async () => {
    const { rows } = await database.sql<{ password: string }>(
      `SELECT password FROM account WHERE user_id = $1 AND provider_id = 'credential'`,
      [userId],
    );
    expect(rows[0]?.password).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
  });
});

describe('invitation links', () => {
  it('a user created without a password sets one with the link, once', async () => {
    const created = await createUser({ actor: scriptActor(), email: 'bob@example.org', name: 'Bob Example' });
    expect(created.invitationUrl).toMatch(
      new RegExp(`^${BASE}/api/auth/reset-password/[^?]+\\?callbackURL=%2Freset-password$`),
    );
    expect((await signIn('bob@example.org', 'bobs new password', '192.0.2.1')).status).toBe(401);
    const token = new URL(created.invitationUrl ?? '').pathname.split('/').at(-1) ?? '';
    // The token is stored hashed, never as it is.
    const { rows } = await database.sql<{ identifier: string }>(`SELECT identifier FROM verification`);
    expect(rows.map((r) => r.identifier).join(' ')).not.toContain(token);
    await auth().api.resetPassword({ body: { token, newPassword: 'bobs new password' } });
    expect((await signIn('bob@example.org', 'bobs new password', '192.0.2.1')).status).toBe(200);
    await expect(
      auth().api.resetPassword({ body: { token, newPassword: 'another password' } }),
    ).rejects.toThrow();
  });

  it('a new link for an existing user replaces their password', async () => {
    const { url, mailed } = await createPasswordLink('ann@example.org');
    expect(mailed).toBe(false);
    const token = new URL(url).pathname.split('/').at(-1) ?? '';
    await auth().api.resetPassword({ body: { token, newPassword: 'a brand new password' } });
    expect((await signIn('ann@example.org', 'a brand new password', '192.0.2.2')).status).toBe(200);
  });
});

async function unauthenticated(request: Request): Promise<string> {
  try {
    await getApiActor(request);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('UNAUTHENTICATED');
    return (error as AppError).message;
  }
  throw new Error('expected UNAUTHENTICATED');
}

const bearer = (token: string) =>
  new Request(`${BASE}/api/items`, { headers: { authorization: `Bearer ${token}` } });

describe('API tokens', () => {
  it('a valid token is its owner, on the API channel; only its hash is stored', async () => {
    const actor = await loadActor(userId, 'FORM');
    const created = await createApiToken({ actor, name: 'import script' });
    expect(created.token).toMatch(/^imt_[A-Za-z0-9_-]{43}$/);
    expect(await getApiActor(bearer(created.token))).toMatchObject({ userId, channel: 'API' });
    const { rows } = await database.sql<Record<string, unknown>>(`SELECT * FROM api_token WHERE id = $1`, [
      created.id,
    ]);
    expect(JSON.stringify(rows)).not.toContain(created.token);
    expect(rows[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]?.last_used_at).toBeInstanceOf(Date);
  });

  it('a revoked, expired, unknown or malformed token is refused with a reason', async () => {
    const actor = await loadActor(userId, 'FORM');
    const revoked = await createApiToken({ actor, name: 'old laptop' });
    await revokeApiToken({ actor, tokenId: revoked.id });
    expect(await unauthenticated(bearer(revoked.token))).toMatch(/revoked/);
    const expired = await createApiToken({ actor, name: 'short', expiresInDays: 1 });
    await database.sql(`UPDATE api_token SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      expired.id,
    ]);
    expect(await unauthenticated(bearer(expired.token))).toMatch(/expired/);
    expect(await unauthenticated(bearer(`imt_${'A'.repeat(43)}`))).toMatch(/Unknown/);
    expect(await unauthenticated(bearer('not-a-token'))).toMatch(/not an IMT Roadmap API token/);
    expect(await unauthenticated(new Request(BASE, { headers: { authorization: 'Basic abc' } }))).toMatch(
      /Bearer/,
    );
  });

  it('without an Authorization header: the session cookie, else nobody', async () => {
    expect(await getApiActor(new Request(`${BASE}/api/items`))).toBeNull();
    const cookie = cookieOf(await signIn('ann@example.org', 'a brand new password', '192.0.2.3'));
    expect(await getApiActor(new Request(`${BASE}/api/items`, { headers: { cookie } }))).toMatchObject({
      userId,
      channel: 'API',
    });
  });
});
