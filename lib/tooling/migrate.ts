// Applies prisma/migrations to a database as `prisma migrate deploy` would, without Prisma's
// native engine: same folder layout, same _prisma_migrations table and checksums, same advisory
// lock key, so both tools agree. Unlike Prisma, each migration runs in a transaction of its own
// (docs/decisions/003-migrations-without-the-prisma-cli.md).
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { transactionProblem } from './migration-sql.ts';
import {
  checkLockfileProvider,
  MigrationError,
  readLockfile,
  readMigrations,
  type MigrationFileInfo,
} from './migrations-list.ts';
import { appliedMigrations, recordFinished, recordStarted } from './migrations-table.ts';

export {
  checksumOf,
  MIGRATIONS_DIR,
  MigrationError,
  readMigrations,
  type MigrationFileInfo,
} from './migrations-list.ts';

/** The key Prisma Migrate takes its advisory lock on: our runner and Prisma's exclude each other. */
const PRISMA_ADVISORY_LOCK = 72707369;

export interface MigrateOptions {
  connectionString: string;
  /** The migrations folder (default prisma/migrations). */
  dir?: string;
  log?: (line: string) => void;
  /** How long to wait for another run (ours or Prisma's) to release the lock; default one minute. */
  lockTimeoutMs?: number;
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: number;
}

/**
 * Applies pending migrations in order, each in its own transaction. Refuses, before applying
 * anything, when an applied migration's file was edited, when an earlier run (Prisma's) failed
 * half-way, or when a pending migration cannot run inside a transaction.
 */
export async function migrate(options: MigrateOptions): Promise<MigrateResult> {
  const migrations = await readMigrations(options.dir);
  checkLockfileProvider(await readLockfile(options.dir));
  const client = new pg.Client({ connectionString: options.connectionString });
  await client.connect();
  try {
    await lock(client, options.lockTimeoutMs ?? 60_000);
    const done = await appliedMigrations(client, migrations, options.log);
    const pending = migrations.filter((migration) => !done.has(migration.name));
    for (const migration of pending) {
      const problem = transactionProblem(migration.sql);
      if (problem) {
        throw new MigrationError(`Migration ${migration.name} cannot be applied: ${problem}`, migration.name);
      }
    }
    for (const migration of pending) {
      const started = performance.now();
      await applyOne(client, migration);
      options.log?.(`Applied ${migration.name} (${Math.round(performance.now() - started)} ms)`);
    }
    return { applied: pending.map((migration) => migration.name), alreadyApplied: done.size };
  } finally {
    // Closing the session releases the advisory lock too; unlocking first frees it at once.
    await client.query('SELECT pg_advisory_unlock_all()').catch(() => undefined);
    await client.end();
  }
}

async function lock(client: pg.Client, timeoutMs: number): Promise<void> {
  await client.query(`SET lock_timeout = ${Math.max(1, Math.round(timeoutMs))}`);
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PRISMA_ADVISORY_LOCK]);
  } catch (error) {
    if ((error as { code?: string }).code !== '55P03') throw error;
    throw new MigrationError(
      `Another migration run (this runner or Prisma's) has held the migration lock for over ${timeoutMs} ms; try again when it ends`,
      undefined,
      { cause: error },
    );
  }
  // The timeout was for the lock only: migrations themselves may wait for their table locks.
  await client.query('RESET lock_timeout');
}

/** One migration and its _prisma_migrations row in one transaction: all of it happens, or none. */
async function applyOne(client: pg.Client, migration: MigrationFileInfo): Promise<void> {
  const id = randomUUID();
  try {
    await client.query('BEGIN');
    await recordStarted(client, id, migration);
    // Sent as one simple query (no parameters), so PostgreSQL runs the whole script, $$ bodies included.
    await client.query(migration.sql);
    await recordFinished(client, id);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    const message = `Migration ${migration.name} failed and was rolled back: ${describe(error, migration.sql)}`;
    throw new MigrationError(message, migration.name, { cause: error });
  }
}

/** PostgreSQL's message, with the line of migration.sql it points at. */
function describe(error: unknown, sql: string): string {
  if (!(error instanceof Error)) return String(error);
  // `position` is a 1-based character offset into the script that failed.
  const position = Number((error as { position?: string }).position);
  if (!Number.isInteger(position) || position < 1) return error.message;
  const line = sql.slice(0, position - 1).split('\n').length;
  return `${error.message} (migration.sql, line ${line})`;
}
