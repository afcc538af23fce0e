// Prisma Migrate's bookkeeping table, _prisma_migrations, read and written exactly as Prisma does,
// so that `prisma migrate deploy` / `prisma migrate status` and our runner agree about a database.
import type pg from 'pg';
import { checksumMatches, MigrationError, type MigrationFileInfo } from './migrations-list.ts';

// Prisma Migrate's own definition of its table.
const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

/**
 * Creates the table if needed and returns the names of the migrations already applied. Refuses when
 * an applied migration's file was edited, or when an earlier run (Prisma's) failed half-way.
 */
export async function appliedMigrations(
  client: pg.Client,
  migrations: MigrationFileInfo[],
  log?: (line: string) => void,
): Promise<Set<string>> {
  await client.query(CREATE_TABLE);
  const { rows } = await client.query<AppliedRow>(
    'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at',
  );
  return checkHistory(migrations, rows, log);
}

/** Records a migration as Prisma does: a row when it starts, finished_at and one step when it ends. */
export async function recordStarted(
  client: pg.Client,
  id: string,
  migration: MigrationFileInfo,
): Promise<void> {
  await client.query(
    'INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())',
    [id, migration.checksum, migration.name],
  );
}

export async function recordFinished(client: pg.Client, id: string): Promise<void> {
  await client.query(
    'UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1',
    [id],
  );
}

function checkHistory(
  migrations: MigrationFileInfo[],
  rows: AppliedRow[],
  log?: (line: string) => void,
): Set<string> {
  const onDisk = new Map(migrations.map((migration) => [migration.name, migration]));
  const done = new Set<string>();
  for (const row of rows) {
    if (row.rolled_back_at) continue;
    if (!row.finished_at) {
      throw new MigrationError(
        `Migration ${row.migration_name} started but did not finish (an earlier run failed). ` +
          'Repair the database, then record it with `prisma migrate resolve --rolled-back` or `--applied`.',
        row.migration_name,
      );
    }
    const file = onDisk.get(row.migration_name);
    if (!file) {
      log?.(`Note: ${row.migration_name} is recorded in the database but is not in the migrations folder`);
    } else if (!checksumMatches(file.sql, row.checksum)) {
      throw new MigrationError(
        `Migration ${row.migration_name} was edited after it was applied (its checksum differs from the database's). ` +
          'Restore the file and put the change in a new migration.',
        row.migration_name,
      );
    }
    done.add(row.migration_name);
  }
  return done;
}
