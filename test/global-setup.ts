// Vitest global setup: one throwaway PostgreSQL for the whole run, with a migrated template
// database that each *.db.test.ts file clones (lib/tooling/test-database.ts).
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../lib/tooling/embedded-postgres.ts';
import { migrate } from '../lib/tooling/migrate.ts';
import { adminQuery, databaseUrl, TEMPLATE_DATABASE } from '../lib/tooling/test-database.ts';

export default async function setup(): Promise<() => Promise<void>> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'roadmap-test-pg-'));
  const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'data'), persistent: false });
  const admin = server.url('postgres');
  await adminQuery(`CREATE DATABASE "${TEMPLATE_DATABASE}"`, admin);
  await migrate({ connectionString: databaseUrl(admin, TEMPLATE_DATABASE) });
  // Nobody may stay connected to a template while it is cloned.
  await adminQuery(
    `ALTER DATABASE "${TEMPLATE_DATABASE}" WITH ALLOW_CONNECTIONS false IS_TEMPLATE true`,
    admin,
  );
  process.env.TEST_DATABASE_SERVER_URL = admin;
  // Tests get their own key for sealing editions (a test that needs another sets its own).
  process.env.EDITION_SIGNING_KEY ??= randomBytes(32).toString('base64url');
  return async () => {
    await server.stop();
  };
}
