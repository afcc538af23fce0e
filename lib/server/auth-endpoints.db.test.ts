// better-auth's endpoints over HTTP (issue 10 item 4): only those the app uses answer; the
// self-service ones (update-user, change-email, delete-user, ...) are 404 and change nothing.
// Names change through renameUser only, with an audit row naming who did it.
import { beforeAll, describe, expect, it } from 'vitest';
import { databaseFingerprint } from '@/lib/tooling/fingerprint';
import { buildScenario } from '@/lib/tooling/scenario';
import { TEST_APP_URL, withTestDatabase } from '@/lib/tooling/with-test-database';
import { loadActor } from './actor';
import { auth } from './auth';
import { HTTP_ENDPOINTS, isHttpEndpoint } from './auth-endpoints';
import { createUser } from './commands/create-user';
import { renameUser } from './commands/rename-user';
import { AppError } from '@/lib/domain/errors';
import { scriptActor } from './script-actor';

const BASE = TEST_APP_URL;
const PASSWORD = 'correct horse battery';
const database = withTestDatabase();
let rapporteurId: string;
let cookie: string;

beforeAll(async () => {
  await buildScenario(database.prisma);
  await createUser({
    actor: scriptActor(),
    email: 'admin@example.org',
    name: 'Demo Admin',
    password: PASSWORD,
    isAdmin: true,
  });
  const rapporteur = await createUser({
    actor: scriptActor(),
    email: 'rapporteur@example.org',
    name: 'Demo Rapporteur',
    password: PASSWORD,
    groupRoles: [{ group: 'SG13', role: 'RAPPORTEUR' }],
  });
  rapporteurId = rapporteur.id;
  const signedIn = await call('POST', '/sign-in/email', {
    email: 'rapporteur@example.org',
    password: PASSWORD,
  });
  expect(signedIn.status).toBe(200);
  cookie = signedIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
});

/** The database's rows, the per-address request counter (rate_limit) aside. */
async function rows(): Promise<Record<string, string>> {
  const { rate_limit: _counter, ...rest } = await databaseFingerprint(database);
  return rest;
}

function call(
  method: string,
  path: string,
  body?: object,
  headers: Record<string, string> = {},
): Promise<Response> {
  return auth().handler(
    new Request(`${BASE}/api/auth${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        origin: BASE,
        'x-forwarded-for': '192.0.2.1',
        ...headers,
      },
      body: body ? JSON.stringify(body) : undefined,
    }),
  );
}

/** Every endpoint the library mounts: its method(s) and path, from auth().api itself. */
function libraryEndpoints(): { method: string; path: string }[] {
  const api = auth().api as unknown as Record<
    string,
    { path?: string; options?: { method?: string | string[] } }
  >;
  return Object.values(api).flatMap((endpoint) => {
    if (!endpoint.path) return [];
    const declared = endpoint.options?.method ?? 'GET';
    const methods = declared === '*' ? ['GET', 'POST'] : Array.isArray(declared) ? declared : [declared];
    return methods.map((method) => ({ method, path: endpoint.path! }));
  });
}

describe('better-auth over HTTP', () => {
  it('POST /api/auth/update-user {"name":"Demo Admin"} as a rapporteur is refused and changes nothing', async () => {
    const before = await rows();
    const response = await call('POST', '/update-user', { name: 'Demo Admin' }, { cookie });
    expect(response.status).toBe(404);
    expect(await rows()).toEqual(before);
    const user = await database.prisma.user.findUnique({ where: { id: rapporteurId } });
    expect(user?.name).toBe('Demo Rapporteur');
  });

  it('answers 404 on every endpoint the app does not use, signed in or not', async () => {
    const endpoints = libraryEndpoints();
    const unused = endpoints.filter((e) => !isHttpEndpoint(e.method, e.path));
    // The library's self-service endpoints are among them (the list is the library's own).
    const paths = new Set(unused.map((e) => e.path));
    for (const path of ['/update-user', '/change-email', '/delete-user', '/list-sessions', '/link-social'])
      expect(paths).toContain(path);
    expect(unused.length).toBeGreaterThan(20);
    const before = await rows();
    for (const { method, path } of unused) {
      const concrete = path.replace(/:[a-z]+/gi, 'x');
      for (const headers of [{}, { cookie }] as Record<string, string>[]) {
        const response = await call(method, concrete, method === 'GET' ? undefined : {}, headers);
        expect([method, path, response.status]).toEqual([method, path, 404]);
      }
    }
    expect(await rows()).toEqual(before);
  });

  it('every endpoint the app does use exists in the library', () => {
    const endpoints = libraryEndpoints();
    for (const entry of HTTP_ENDPOINTS) {
      const [method, path] = entry.split(' ');
      expect(
        endpoints.some((e) => e.path === path && e.method === method),
        entry,
      ).toBe(true);
    }
  });

  it('keeps the ones the app uses', async () => {
    const wrong = await call('POST', '/sign-in/email', {
      email: 'admin@example.org',
      password: 'wrong password!!',
    });
    expect(wrong.status).toBe(401);
    const link = await call('GET', '/reset-password/not-a-token?callbackURL=%2Freset-password');
    expect(link.status).toBe(302);
  });
});

describe('renameUser', () => {
  it('a person renames themselves, audited with their name and e-mail', async () => {
    const actor = await loadActor(rapporteurId, 'FORM');
    expect(await renameUser({ actor, userId: rapporteurId, name: 'Rita Rapporteur' })).toEqual({
      changed: true,
    });
    const { rows } = await database.sql<Record<string, unknown>>(
      `SELECT actor_name, actor_email, action, entity_label, changes FROM audit_event WHERE action = 'user.rename'`,
    );
    expect(rows).toEqual([
      {
        actor_name: 'Demo Rapporteur',
        actor_email: 'rapporteur@example.org',
        action: 'user.rename',
        entity_label: 'rapporteur@example.org',
        changes: { name: { before: 'Demo Rapporteur', after: 'Rita Rapporteur' } },
      },
    ]);
  });

  it('only admins rename someone else; a blank name is refused naming the field', async () => {
    const rapporteur = await loadActor(rapporteurId, 'FORM');
    const admin = await database.prisma.user.findUniqueOrThrow({ where: { email: 'admin@example.org' } });
    await expect(
      renameUser({ actor: rapporteur, userId: admin.id, name: 'Not Admin' }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const adminActor = await loadActor(admin.id, 'FORM');
    expect(await renameUser({ actor: adminActor, userId: rapporteurId, name: 'R. Rapporteur' })).toEqual({
      changed: true,
    });
    const blank = await renameUser({ actor: adminActor, userId: rapporteurId, name: '  ' }).catch(
      (e: unknown) => e,
    );
    expect(blank).toBeInstanceOf(AppError);
    expect((blank as AppError).field).toBe('name');
  });
});
