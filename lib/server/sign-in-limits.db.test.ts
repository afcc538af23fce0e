// Sign-in and reset limits per account and per client address, through better-auth's HTTP
// handler as the sign-in form and the API use it (issue 10 item 1). Each address below stands
// for a client whose socket address client-address.ts has put into X-Forwarded-For.
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_APP_URL, withTestDatabase } from '@/lib/tooling/with-test-database';
import { auth, createPasswordLink } from './auth';
import { createUser } from './commands/create-user';
import { deviceCookieName } from './device-cookie';
import { scriptActor } from './script-actor';

const BASE = TEST_APP_URL;
const PASSWORD = 'correct horse battery';
const database = withTestDatabase();

beforeAll(async () => {
  for (const name of ['admin', 'owner', 'other', 'resetter', 'fresh'])
    await createUser({ actor: scriptActor(), email: `${name}@example.org`, name, password: PASSWORD });
});

function post(path: string, body: object, ip: string, cookie = ''): Promise<Response> {
  return auth().handler(
    new Request(`${BASE}/api/auth${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: BASE, 'x-forwarded-for': ip, cookie },
      body: JSON.stringify(body),
    }),
  );
}
const signIn = (email: string, password: string, ip: string, cookie = '') =>
  post('/sign-in/email', { email, password }, ip, cookie);
const requestReset = (email: string, ip: string) =>
  post('/request-password-reset', { email, redirectTo: '/reset-password' }, ip);

function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/** `count` wrong passwords for `email`, each from its own address (a rotated X-Forwarded-For). */
async function wrongFromManyAddresses(email: string, count: number, net: string): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 1; i <= count; i++)
    statuses.push((await signIn(email, 'wrong password!!', `${net}.${i}`)).status);
  return statuses;
}

describe('per account', () => {
  it('40 wrong passwords from 40 addresses: at most 10 are tried, then 429 whoever asks', async () => {
    const statuses = await wrongFromManyAddresses('admin@example.org', 40, '198.51.100');
    expect(statuses.slice(0, 10)).toEqual(Array<number>(10).fill(401));
    expect(statuses.slice(10)).toEqual(Array<number>(30).fill(429));
    // The right password from a new address is refused too (it is not even checked)...
    const locked = await signIn('admin@example.org', PASSWORD, '192.0.2.50');
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('x-retry-after'))).toBeGreaterThan(800);
    // ...while other accounts are not affected.
    expect((await signIn('other@example.org', PASSWORD, '198.51.100.41')).status).toBe(200);
  });

  it('answers an unknown address exactly as an existing one, and counts it the same', async () => {
    const known = await wrongFromManyAddresses('owner@example.org', 11, '203.0.113');
    const unknown = await wrongFromManyAddresses('nobody@example.org', 11, '203.0.114');
    expect(unknown).toEqual(known);
    expect(known.at(-1)).toBe(429);
    const [a, b] = await Promise.all([
      signIn('owner@example.org', 'wrong password!!', '203.0.115.1'),
      signIn('nobody@example.org', 'wrong password!!', '203.0.115.2'),
    ]);
    expect(await a.json()).toEqual(await b.json());
  });

  it('a browser that signed in before gets past the account limit (its own count)', async () => {
    const first = await signIn('resetter@example.org', PASSWORD, '192.0.2.60');
    expect(first.status).toBe(200);
    const device = cookiesOf(first)
      .split('; ')
      .filter((c) => c.startsWith(`${deviceCookieName('resetter@example.org')}=`))
      .join('');
    expect(device).not.toBe('');
    expect(await wrongFromManyAddresses('resetter@example.org', 11, '198.18.0')).toContain(429);
    expect((await signIn('resetter@example.org', PASSWORD, '192.0.2.61')).status).toBe(429);
    expect((await signIn('resetter@example.org', PASSWORD, '192.0.2.61', device)).status).toBe(200);
    // The device cookie counts its own failures: 10, then it is locked too.
    const fromDevice: number[] = [];
    for (let i = 0; i < 11; i++)
      fromDevice.push(
        (await signIn('resetter@example.org', 'wrong password!!', '192.0.2.62', device)).status,
      );
    expect(fromDevice).toEqual([...Array<number>(10).fill(401), 429]);
  });

  it('a device cookie works only for its own account, and only as signed', async () => {
    const other = cookiesOf(await signIn('other@example.org', PASSWORD, '192.0.2.70'));
    const otherDevice = other.split('; ').find((c) => c.startsWith(deviceCookieName('other@example.org')));
    const value = otherDevice?.split('=')[1] ?? '';
    // Renamed to the admin's cookie, or with a changed signature: the admin stays locked.
    const renamed = `${deviceCookieName('admin@example.org')}=${value}`;
    expect((await signIn('admin@example.org', PASSWORD, '192.0.2.71', renamed)).status).toBe(429);
    const forged = `${deviceCookieName('other@example.org')}=${value.slice(0, -2)}xx`;
    await wrongFromManyAddresses('other@example.org', 11, '198.18.1');
    expect((await signIn('other@example.org', PASSWORD, '192.0.2.72', forged)).status).toBe(429);
  });

  it('a reset link lets its browser past the limit of a locked account', async () => {
    const { url } = await createPasswordLink('admin@example.org');
    const token = new URL(url).pathname.split('/').at(-1) ?? '';
    // As the reset page's Server Action does it (POST /reset-password is not open over HTTP).
    const reset = await auth().api.resetPassword({
      body: { token, newPassword: 'a new admin password' },
      headers: new Headers({ 'x-forwarded-for': '192.0.2.80' }),
      returnHeaders: true,
    });
    expect(reset.response).toEqual({ status: true });
    const cookie = reset.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    expect(cookie).toContain(deviceCookieName('admin@example.org'));
    expect((await signIn('admin@example.org', 'a new admin password', '192.0.2.81')).status).toBe(429);
    expect((await signIn('admin@example.org', 'a new admin password', '192.0.2.81', cookie)).status).toBe(
      200,
    );
  });

  it('parallel attempts cannot exceed the limit', async () => {
    await createUser({ actor: scriptActor(), email: 'busy@example.org', name: 'busy', password: PASSWORD });
    const statuses = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        signIn('busy@example.org', 'wrong password!!', `198.18.2.${i + 1}`),
      ),
    ).then((all) => all.map((r) => r.status));
    expect(statuses.filter((s) => s === 401)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
  });
});

describe('per client address', () => {
  it('30 attempts a minute from one address, whatever the e-mail; other addresses unaffected', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++)
      statuses.push((await signIn(`guess${i}@example.org`, 'wrong password!!', '100.64.0.1')).status);
    expect(statuses.slice(0, 30)).toEqual(Array<number>(30).fill(401));
    expect(statuses.slice(30)).toEqual([429, 429]);
    expect((await signIn('fresh@example.org', PASSWORD, '100.64.0.2')).status).toBe(200);
  });
});

describe('reset requests', () => {
  it('the same answer for an address with or without an account, and the same limits', async () => {
    const known = await requestReset('owner@example.org', '100.64.1.1');
    const unknown = await requestReset('no-account@example.org', '100.64.1.2');
    expect(known.status).toBe(200);
    expect(unknown.status).toBe(known.status);
    expect(await unknown.json()).toEqual(await known.json());
    const perAccount = async (email: string, net: string) => {
      const statuses: number[] = [];
      for (let i = 1; i <= 11; i++) statuses.push((await requestReset(email, `${net}.${i}`)).status);
      return statuses;
    };
    // One was asked above: nine more, then 429, for both.
    const knownStatuses = await perAccount('owner@example.org', '100.64.2');
    expect(knownStatuses).toEqual([...Array<number>(9).fill(200), 429, 429]);
    expect(await perAccount('no-account@example.org', '100.64.3')).toEqual(knownStatuses);
    // Ten reset links were made for the account, not one more.
    const { rows } = await database.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM verification
       WHERE value = (SELECT id FROM "user" WHERE email = 'owner@example.org')`,
    );
    expect(rows[0]?.n).toBe(10);
  });

  it('30 a minute from one address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++)
      statuses.push((await requestReset(`r${i}@example.org`, '100.64.4.1')).status);
    expect(statuses.slice(0, 30)).toEqual(Array<number>(30).fill(200));
    expect(statuses[30]).toBe(429);
  });
});
