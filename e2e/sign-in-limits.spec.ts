import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD as PASSWORD } from '../prisma/seed/data/accounts';

// Sign-in limits over real HTTP against the built app (issue 10 item 1). The shared e2e server
// runs without the per-address limit (every spec signs in from 127.0.0.1), so this spec starts
// its own, with the limits on and 127.0.0.9 as a trusted proxy. Linux routes all of 127/8 to
// loopback: 127.0.0.2 and up are separate clients.
const PORT = Number(process.env.E2E_PORT ?? 3100) + 50;
const BASE = `http://127.0.0.1:${PORT}`;
let server: ChildProcess;

test.describe.configure({ mode: 'serial', timeout: 120_000 });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  server = spawn(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'scripts/with-database.ts', '--ephemeral', 'next', 'start'].concat([
      '-H',
      '127.0.0.1',
      '-p',
      String(PORT),
    ]),
    { env: { ...process.env, AUTH_RATE_LIMIT: 'on', TRUSTED_PROXIES: '127.0.0.9' }, stdio: 'ignore' },
  );
  for (let i = 0; ; i++) {
    const up = await fetch(`${BASE}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (i > 400 || server.exitCode !== null) throw new Error('the server for sign-in-limits did not start');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
});

test.afterAll(async () => {
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
});

interface Answer {
  status: number;
  body: string;
  cookies: string[];
}

/** A POST to better-auth from the client address `from`. */
function post(
  from: string,
  path: string,
  body: object,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${BASE}/api/auth${path}`,
      {
        method: 'POST',
        localAddress: from,
        agent: false,
        headers: { 'content-type': 'application/json', origin: BASE, ...headers },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            body: text,
            cookies: (response.headers['set-cookie'] ?? []).map((c) => c.split(';')[0] ?? ''),
          }),
        );
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}
// A sign-in over HTTP from a client address (the limits under test), not a person at the form.
const postSignIn = (from: string, email: string, password: string, headers?: Record<string, string>) =>
  post(from, '/sign-in/email', { email, password }, headers);

test('a rotated X-Forwarded-For does not get past the limits, and the owner still signs in', async ({
  page,
}) => {
  // The owner signed in on this browser before: it holds a device cookie.
  const before = await postSignIn('127.0.0.5', 'admin@example.org', PASSWORD);
  expect(before.status).toBe(200);
  const device = before.cookies.filter((c) => c.includes('imt.device.')).join('; ');
  expect(device).not.toBe('');

  const statuses: number[] = [];
  for (let i = 1; i <= 40; i++)
    statuses.push(
      (
        await postSignIn('127.0.0.2', 'admin@example.org', 'wrong password!!', {
          'x-forwarded-for': `198.51.100.${i}`,
        })
      ).status,
    );
  expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(10);
  expect(statuses.slice(10)).toEqual(Array<number>(30).fill(429));

  // Another client, without the device cookie: the account is locked; with it: signed in.
  expect((await postSignIn('127.0.0.6', 'admin@example.org', PASSWORD)).status).toBe(429);
  expect((await postSignIn('127.0.0.6', 'admin@example.org', PASSWORD, { cookie: device })).status).toBe(200);

  // The sign-in form (a Server Action) answers the same from the browser.
  await page.goto(`${BASE}/sign-in`);
  await page.getByLabel('E-mail').fill('admin@example.org');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(/Too many attempts/)).toBeVisible();
});

test('each client address has its own bucket of 30 a minute', async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 31; i++)
    statuses.push((await postSignIn('127.0.0.3', `guess${i}@example.org`, 'wrong!!!!!!!')).status);
  expect(statuses.slice(0, 30)).toEqual(Array<number>(30).fill(401));
  expect(statuses[30]).toBe(429);
  // Someone else, at another address, is not affected.
  expect((await postSignIn('127.0.0.4', 'coordinator@example.org', PASSWORD)).status).toBe(200);
});

test('behind a trusted proxy, the address it forwards is the client', async () => {
  const via = (client: string, i: number) =>
    postSignIn('127.0.0.9', `proxied${i}@example.org`, 'wrong!!!!!!!', { 'x-forwarded-for': client });
  const statuses: number[] = [];
  for (let i = 0; i < 31; i++) statuses.push((await via('192.0.2.10', i)).status);
  expect(statuses[29]).toBe(401);
  expect(statuses[30]).toBe(429);
  expect((await via('192.0.2.11', 99)).status).toBe(401);
});

test('a reset request answers alike for an address with and without an account', async () => {
  const known = await post('127.0.0.7', '/request-password-reset', { email: 'reader@example.org' });
  const unknown = await post('127.0.0.8', '/request-password-reset', { email: 'nobody@example.org' });
  expect(known.status).toBe(200);
  expect([unknown.status, unknown.body]).toEqual([known.status, known.body]);
  const statuses: number[] = [];
  for (let i = 1; i <= 10; i++)
    statuses.push(
      (
        await post(
          '127.0.0.10',
          '/request-password-reset',
          { email: 'reader@example.org' },
          {
            'x-forwarded-for': `203.0.113.${i}`,
          },
        )
      ).status,
    );
  expect(statuses).toEqual([...Array<number>(9).fill(200), 429]);
});
