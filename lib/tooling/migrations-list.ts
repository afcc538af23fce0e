// The migrations folder as Prisma Migrate lays it out: prisma/migrations/<timestamp>_<name>/migration.sql
// plus migration_lock.toml, read for our runner (lib/tooling/migrate.ts) and for the schema engine.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { MigrationList } from '@prisma/schema-engine-wasm';

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../prisma/migrations');
export const LOCKFILE = 'migration_lock.toml';

export interface MigrationFileInfo {
  name: string;
  sql: string;
  checksum: string;
}

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly migration?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'MigrationError';
  }
}

/** What Prisma stores in _prisma_migrations.checksum: the SHA-256 of migration.sql, in hex. */
export function checksumOf(sql: string): string {
  return createHash('sha256').update(sql, 'utf8').digest('hex');
}

/**
 * Whether a file still matches the checksum recorded when it was applied, as Prisma decides it:
 * line endings may differ (git on Windows), and old Prisma versions stored hex bytes without zero padding.
 */
export function checksumMatches(sql: string, recorded: string): boolean {
  const variants = [sql, sql.replaceAll('\r\n', '\n'), sql.replaceAll('\n', '\r\n')];
  return variants.some((variant) => {
    const digest = createHash('sha256').update(variant, 'utf8').digest();
    if (recorded.length === 64 || recorded === '') return digest.toString('hex') === recorded;
    return [...digest].map((byte) => byte.toString(16)).join('') === recorded;
  });
}

/** Every migration folder, in name (that is, timestamp) order, as `prisma migrate deploy` sees them. */
export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationFileInfo[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, name, 'migration.sql');
      const sql = await readFile(file, 'utf8').catch((error: unknown) => {
        throw new MigrationError(`Migration ${name} has no readable migration.sql (${file})`, name, {
          cause: error,
        });
      });
      return { name, sql, checksum: checksumOf(sql) };
    }),
  );
}

/** The text of migration_lock.toml, or null when the folder has none. */
export async function readLockfile(dir = MIGRATIONS_DIR): Promise<string | null> {
  return readFile(path.join(dir, LOCKFILE), 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
}

/** Prisma refuses to apply migrations written for another database (error P3019): so do we. */
export function checkLockfileProvider(lockfile: string | null): void {
  if (lockfile === null) return;
  const provider = /^\s*provider\s*=\s*"([^"]*)"/m.exec(lockfile)?.[1];
  if (provider !== undefined && provider !== 'postgresql') {
    throw new MigrationError(
      `prisma/migrations/${LOCKFILE} says the migrations are for "${provider}", not "postgresql"`,
    );
  }
}

/** The migrations as the schema engine takes them (diffs from migrations). */
export async function engineMigrationList(dir = MIGRATIONS_DIR): Promise<MigrationList> {
  const [migrations, lockfile] = await Promise.all([readMigrations(dir), readLockfile(dir)]);
  return {
    baseDir: dir,
    lockfile: { path: LOCKFILE, content: lockfile },
    shadowDbInitScript: '',
    migrationDirectories: migrations.map((migration) => ({
      path: migration.name,
      migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: migration.sql } },
    })),
  };
}
