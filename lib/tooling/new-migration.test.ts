import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createMigrationFolder,
  destructiveStatements,
  migrationSlug,
  migrationTimestamp,
} from './new-migration.ts';

describe('migration names', () => {
  it('makes the name part as Prisma does', () => {
    expect(migrationSlug('Add liaison notes')).toBe('add_liaison_notes');
    expect(migrationSlug('  Société générale / v2 ')).toBe('societe_generale_v2');
    expect(migrationSlug('!!!')).toBe('');
  });

  it('stamps UTC seconds', () => {
    expect(migrationTimestamp(new Date('2026-11-23T21:05:09.999Z'))).toBe('20261123210509');
  });

  it('points out statements that may lose data', () => {
    const sql =
      'ALTER TABLE "topic" DROP COLUMN "x";\nALTER TABLE "topic" ALTER COLUMN "y" DROP NOT NULL;\nDROP TABLE "z";';
    expect(destructiveStatements(sql)).toEqual(['ALTER TABLE "topic" DROP COLUMN "x";', 'DROP TABLE "z";']);
  });
});

describe('createMigrationFolder', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'roadmap-new-migration-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes <timestamp>_<name>/migration.sql and the lock file', async () => {
    const file = await createMigrationFolder({
      dir,
      name: 'add notes',
      sql: 'SELECT 1;\n',
      now: new Date('2026-12-01T10:00:00Z'),
    });
    expect(path.relative(dir, file)).toBe(path.join('20261201100000_add_notes', 'migration.sql'));
    expect(await readFile(file, 'utf8')).toBe('SELECT 1;\n');
    expect(await readFile(path.join(dir, 'migration_lock.toml'), 'utf8')).toContain(
      'provider = "postgresql"',
    );
  });

  it('keeps the new migration after the last one when the clock is behind', async () => {
    await mkdir(path.join(dir, '20261201100000_init'));
    const file = await createMigrationFolder({
      dir,
      name: 'next',
      sql: 'SELECT 1;\n',
      now: new Date('2026-11-30T00:00:00Z'),
    });
    expect(path.basename(path.dirname(file))).toBe('20261201100001_next');
    expect((await readdir(dir)).sort()).toEqual([
      '20261201100000_init',
      '20261201100001_next',
      'migration_lock.toml',
    ]);
  });

  it('gives two migrations made in the same second distinct, ordered names', async () => {
    const now = new Date('2026-12-01T10:00:00Z');
    const first = await createMigrationFolder({ dir, name: 'same', sql: 'SELECT 1;\n', now });
    const second = await createMigrationFolder({ dir, name: 'same', sql: 'SELECT 2;\n', now });
    expect([first, second].map((file) => path.basename(path.dirname(file)))).toEqual([
      '20261201100000_same',
      '20261201100001_same',
    ]);
    expect(await readFile(first, 'utf8')).toBe('SELECT 1;\n');
  });

  it('refuses a name without letters or digits', async () => {
    await expect(createMigrationFolder({ dir, name: '???', sql: 'SELECT 1;\n' })).rejects.toThrow(
      /not a usable migration name/,
    );
  });
});
