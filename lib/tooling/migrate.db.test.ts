// The migration runner against a real PostgreSQL: Prisma's bookkeeping, refusals, rollback, the lock.
import { createHash, randomBytes } from 'node:crypto';
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, MigrationError, MIGRATIONS_DIR } from './migrate.ts';
import { adminQuery, databaseUrl } from './test-database.ts';

const server = () => process.env.TEST_DATABASE_SERVER_URL ?? '';
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

type Query = <T extends pg.QueryResultRow = Record<string, unknown>>(sql: string) => Promise<T[]>;

/** A row of Prisma's _prisma_migrations table. */
interface MigrationRow {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  started_at: Date;
  applied_steps_count: number;
}

/** An empty database of our own on the test server, dropped after the test. */
async function emptyDatabase(): Promise<{ url: string; query: Query }> {
  const name = `migrate_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE "${name}"`, server());
  const url = databaseUrl(server(), name);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  cleanups.push(async () => {
    await client.end();
    await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`, server());
  });
  const query: Query = async <T extends pg.QueryResultRow>(sql: string) => (await client.query<T>(sql)).rows;
  return { url, query };
}

/** A copy of prisma/migrations that a test may edit, with extra migrations `{ name: sql }`. */
async function migrationsCopy(extra: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'roadmap-migrations-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  await cp(MIGRATIONS_DIR, dir, { recursive: true });
  for (const [name, sql] of Object.entries(extra)) {
    await mkdir(path.join(dir, name));
    await writeFile(path.join(dir, name, 'migration.sql'), sql);
  }
  return dir;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const tableExists = async (query: Query, table: string) =>
  (await query<{ oid: string | null }>(`SELECT to_regclass('public.${table}') AS oid`))[0]?.oid !== null;

const migrationNames = async () =>
  (await readdir(MIGRATIONS_DIR, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();

describe('migrate', () => {
  it('applies every migration to an empty database and records it as Prisma does', async () => {
    const db = await emptyDatabase();
    const started = performance.now();
    const first = await migrate({ connectionString: db.url });
    console.info(`migrate of an empty database: ${Math.round(performance.now() - started)} ms`);
    const names = await migrationNames();
    expect(first).toEqual({ applied: names, alreadyApplied: 0 });

    const columns = await db.query<{ column_name: string; data_type: string; is_nullable: string }>(
      `SELECT column_name, data_type, is_nullable FROM information_schema.columns
       WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    expect(columns.map((c) => `${c.column_name} ${c.data_type} ${c.is_nullable}`)).toEqual([
      'id character varying NO',
      'checksum character varying NO',
      'finished_at timestamp with time zone YES',
      'migration_name character varying NO',
      'logs text YES',
      'rolled_back_at timestamp with time zone YES',
      'started_at timestamp with time zone NO',
      'applied_steps_count integer NO',
    ]);
    const rows = await db.query<MigrationRow>('SELECT * FROM "_prisma_migrations" ORDER BY started_at');
    expect(rows.map((row) => row.migration_name)).toEqual(names);
    for (const row of rows) {
      const sql = await readFile(path.join(MIGRATIONS_DIR, row.migration_name, 'migration.sql'), 'utf8');
      expect(row.checksum).toBe(sha256(sql));
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row).toMatchObject({ applied_steps_count: 1, logs: null, rolled_back_at: null });
    }

    expect(await migrate({ connectionString: db.url })).toEqual({
      applied: [],
      alreadyApplied: names.length,
    });
    expect(await db.query('SELECT count(*)::int AS n FROM "_prisma_migrations"')).toEqual([
      { n: names.length },
    ]);
  });

  it('refuses to go on when an applied migration was edited, and applies nothing', async () => {
    const db = await emptyDatabase();
    const dir = await migrationsCopy();
    await migrate({ connectionString: db.url, dir });
    const [init] = await migrationNames();
    await appendFile(path.join(dir, String(init), 'migration.sql'), '\n-- an innocent-looking edit\n');
    await mkdir(path.join(dir, '29990101000000_later'));
    await writeFile(
      path.join(dir, '29990101000000_later', 'migration.sql'),
      'CREATE TABLE "later" (id int);\n',
    );

    const error = await migrate({ connectionString: db.url, dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).message).toContain(`Migration ${init} was edited after it was applied`);
    expect((error as MigrationError).migration).toBe(init);
    expect(await tableExists(db.query, 'later')).toBe(false);
    expect(
      await db.query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '29990101000000_later'`),
    ).toEqual([]);
  });

  it('accepts a file whose line endings changed (git on Windows), as Prisma does', async () => {
    const db = await emptyDatabase();
    const dir = await migrationsCopy();
    await migrate({ connectionString: db.url, dir });
    const file = path.join(dir, String((await migrationNames())[0]), 'migration.sql');
    await writeFile(file, (await readFile(file, 'utf8')).replaceAll('\n', '\r\n'));
    expect((await migrate({ connectionString: db.url, dir })).applied).toEqual([]);
  });

  it('rolls a failing migration back completely and names it', async () => {
    const db = await emptyDatabase();
    const broken = '29990101000000_broken';
    const dir = await migrationsCopy({
      [broken]:
        'CREATE TABLE "partial_a" (id int);\nCREATE TABLE "partial_b" (id int);\nSELECT * FROM "no_such_table";\n',
    });
    const error = await migrate({ connectionString: db.url, dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).migration).toBe(broken);
    expect((error as Error).message).toMatch(
      new RegExp(
        `^Migration ${broken} failed and was rolled back: relation "no_such_table" does not exist \\(migration.sql, line 3\\)`,
      ),
    );
    expect(await tableExists(db.query, 'partial_a')).toBe(false);
    expect(await tableExists(db.query, 'partial_b')).toBe(false);
    const recorded = await db.query<MigrationRow>('SELECT migration_name FROM "_prisma_migrations"');
    expect(recorded.map((row) => row.migration_name)).toEqual(await migrationNames());

    // Nothing was recorded for it, so once fixed it simply applies.
    await writeFile(path.join(dir, broken, 'migration.sql'), 'CREATE TABLE "partial_a" (id int);\n');
    expect((await migrate({ connectionString: db.url, dir })).applied).toEqual([broken]);
  });

  it('refuses, before applying anything, a migration that cannot run in a transaction', async () => {
    const db = await emptyDatabase();
    const name = '29990101000000_concurrent_index';
    const dir = await migrationsCopy({
      [name]: 'CREATE INDEX CONCURRENTLY "topic_name_idx" ON "topic" ("name");\n',
    });
    await expect(migrate({ connectionString: db.url, dir })).rejects.toThrow(
      new RegExp(`^Migration ${name} cannot be applied: .*CONCURRENTLY`),
    );
    expect(await db.query('SELECT count(*)::int AS n FROM "_prisma_migrations"')).toEqual([{ n: 0 }]);
  });

  it('refuses to run after a migration that Prisma left half-applied', async () => {
    const db = await emptyDatabase();
    await migrate({ connectionString: db.url });
    await db.query(`UPDATE "_prisma_migrations" SET finished_at = NULL, logs = 'boom'`);
    await expect(migrate({ connectionString: db.url })).rejects.toThrow(/started but did not finish/);
  });

  it('lets two concurrent runs both succeed, applying each migration once (advisory lock)', async () => {
    const db = await emptyDatabase();
    const [a, b] = await Promise.all([
      migrate({ connectionString: db.url }),
      migrate({ connectionString: db.url }),
    ]);
    const names = await migrationNames();
    expect([...a.applied, ...b.applied].sort()).toEqual(names);
    expect([a.applied.length, b.applied.length].sort((x, y) => x - y)).toEqual([0, names.length]);
    const counts = await db.query(
      'SELECT migration_name, count(*)::int AS n FROM "_prisma_migrations" GROUP BY 1 ORDER BY 1',
    );
    expect(counts).toEqual(names.map((name) => ({ migration_name: name, n: 1 })));
  });

  it('gives up with a clear message when another run holds the lock too long', async () => {
    const db = await emptyDatabase();
    await db.query('SELECT pg_advisory_lock(72707369)'); // Prisma's key, held by the test's own connection.
    await expect(migrate({ connectionString: db.url, lockTimeoutMs: 200 })).rejects.toThrow(
      /Another migration run .* has held the migration lock for over 200 ms/,
    );
    await db.query('SELECT pg_advisory_unlock(72707369)');
    expect((await migrate({ connectionString: db.url })).applied).toEqual(await migrationNames());
  });
});
