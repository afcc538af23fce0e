// Test support: a fingerprint of every row of every table, to prove that a refused write changed
// nothing ("nothing written" means equal fingerprints before and after).
import type { TestDatabase } from './test-database.ts';

/**
 * Columns that change on reads rather than writes: getApiActor stamps an API token's
 * `last_used_at` on its first use in a minute, even when the request is then refused.
 */
const VOLATILE_COLUMNS: Record<string, readonly string[]> = {
  api_token: ['last_used_at'],
};

/**
 * Tables of scratch rows that a read may add: an import dry run stores its preview (issue 10 item
 * 3) so that the apply can name it. The preview tests check those rows themselves.
 */
const SCRATCH_TABLES: readonly string[] = ['import_preview'];

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** Every table of the public schema (migration bookkeeping and scratch aside), sorted by name. */
async function tableNames(database: Pick<TestDatabase, 'sql'>): Promise<string[]> {
  const { rows } = await database.sql<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
     ORDER BY table_name`,
  );
  return rows.map((r) => r.name).filter((name) => !SCRATCH_TABLES.includes(name));
}

/**
 * "<row count>:<md5 of the sorted rows as JSON>" per table. Equal fingerprints mean that no row
 * was inserted, updated or deleted (volatile columns aside). Read in one statement, so that it is
 * a consistent snapshot.
 */
export async function databaseFingerprint(
  database: Pick<TestDatabase, 'sql'>,
): Promise<Record<string, string>> {
  const tables = await tableNames(database);
  const parts = tables.map((table) => {
    const drop = (VOLATILE_COLUMNS[table] ?? []).map((c) => ` - ${literal(c)}`).join('');
    const row = `(to_jsonb(t)${drop})::text`;
    return `SELECT ${literal(table)} AS t, count(*)::text || ':' || md5(coalesce(string_agg(${row}, E'\\n' ORDER BY ${row}), '')) AS f FROM ${quote(table)} t`;
  });
  const { rows } = await database.sql<{ t: string; f: string }>(parts.join('\nUNION ALL\n'));
  return Object.fromEntries(rows.map((r) => [r.t, r.f]));
}
