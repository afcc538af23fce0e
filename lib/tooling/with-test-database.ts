// The database of a test file: `const db = withTestDatabase()` at the top of a *.db.test.ts clones
// the migrated template in beforeAll, points the app at it (DATABASE_URL and BETTER_AUTH_URL, read
// by lib/server/env.ts) and drops it in afterAll. Hooks registered after it (a scenario, say) run
// after the clone exists and before it is dropped.
import { afterAll, beforeAll } from 'vitest';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

/** The app's address in tests (BETTER_AUTH_URL: better-auth checks origins and builds links on it). */
export const TEST_APP_URL = 'http://localhost:3000';

export type TestDatabaseHandle = Omit<TestDatabase, 'drop'>;

export function withTestDatabase(options: { template?: string } = {}): TestDatabaseHandle {
  let database: TestDatabase | undefined;
  const current = (): TestDatabase => {
    if (!database) throw new Error('withTestDatabase(): the database exists from beforeAll on, not before');
    return database;
  };
  beforeAll(async () => {
    database = await createTestDatabase(options.template);
    process.env.DATABASE_URL = database.url;
    process.env.BETTER_AUTH_URL = TEST_APP_URL;
  });
  afterAll(async () => {
    await database?.drop();
    database = undefined;
  });
  return {
    get url() {
      return current().url;
    },
    get prisma() {
      return current().prisma;
    },
    sql: (text, values) => current().sql(text, values),
  };
}
