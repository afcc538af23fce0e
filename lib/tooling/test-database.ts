// Test databases: vitest's global setup starts one throwaway PostgreSQL server and migrates a
// template database; each test file clones the template (CREATE DATABASE ... TEMPLATE), so files
// run in parallel and never see each other's rows.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createPrisma, type PrismaClient } from './prisma.ts';

export const TEMPLATE_DATABASE = 'roadmap_template';

export interface TestDatabase {
  url: string;
  prisma: PrismaClient;
  /** Runs SQL as the test database's owner, bypassing Prisma (to prove constraints hold). */
  sql<T extends pg.QueryResultRow = pg.QueryResultRow>(
    text: string,
    values?: unknown[],
  ): Promise<pg.QueryResult<T>>;
  drop(): Promise<void>;
}

function serverUrl(): string {
  const url = process.env.TEST_DATABASE_SERVER_URL;
  if (!url)
    throw new Error(
      'TEST_DATABASE_SERVER_URL is not set: run the tests with `npm test` (vitest global setup)',
    );
  return url;
}

export function databaseUrl(server: string, name: string): string {
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function adminQuery(sql: string, server = serverUrl()): Promise<void> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database cloned from the migrated template (or from `template`). */
export async function createTestDatabase(template = TEMPLATE_DATABASE): Promise<TestDatabase> {
  const server = serverUrl();
  const name = `test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${template}"`, server);
  const url = databaseUrl(server, name);
  const prisma = createPrisma(url, 4);
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  return {
    url,
    prisma,
    sql: (text, values) => pool.query(text, values),
    drop: async () => {
      await prisma.$disconnect();
      await pool.end();
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`, server);
    },
  };
}
