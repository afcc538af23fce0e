import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { topLevelStatements, transactionProblem } from './migration-sql.ts';
import { MIGRATIONS_DIR, readMigrations } from './migrations-list.ts';

describe('topLevelStatements', () => {
  it('splits on semicolons outside comments, strings, quoted names and dollar-quoted bodies', () => {
    const sql = `-- a; comment
      CREATE TABLE "a;b" (x text DEFAULT 'it''s; fine');
      /* block; comment */ INSERT INTO t VALUES (E'\\'; still a string');
      CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $body$ BEGIN RETURN NEW; END $body$;
      DO $$ BEGIN COMMIT; END $$`;
    expect(topLevelStatements(sql)).toEqual([
      'CREATE TABLE _ (x text DEFAULT _ )',
      'INSERT INTO t VALUES ( _ )',
      'CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS _',
      'DO _',
    ]);
  });

  it('keeps a SQL-standard function body (BEGIN ATOMIC ... END) as one statement', () => {
    const sql = 'CREATE FUNCTION one() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END; SELECT 2;';
    expect(topLevelStatements(sql)).toEqual([
      'CREATE FUNCTION one() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END',
      'SELECT 2',
    ]);
  });
});

describe('transactionProblem', () => {
  it.each([
    ['BEGIN;\nCREATE TABLE t (x int);\nCOMMIT;', 'BEGIN'],
    ['CREATE TABLE t (x int);\ncommit;', 'COMMIT'],
    ['CREATE TABLE t (x int);\n-- done\n/* really */ END;', 'END'],
    ['CREATE TABLE t (x int); START TRANSACTION;', 'START TRANSACTION'],
    ['CREATE INDEX CONCURRENTLY "t_x_idx" ON "t" ("x");', 'CONCURRENTLY'],
    ['DROP INDEX concurrently "t_x_idx";', 'CONCURRENTLY'],
  ])('refuses %j', (sql, word) => {
    expect(transactionProblem(sql)).toContain(word);
  });

  it.each([
    'CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN PERFORM 1; END $$;',
    "-- COMMIT; CREATE INDEX CONCURRENTLY\nCOMMENT ON TABLE t IS 'BEGIN; COMMIT; CONCURRENTLY';",
    'CREATE FUNCTION one() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END;',
    'CREATE TABLE "commit" ("concurrently" int);',
  ])('accepts %j', (sql) => {
    expect(transactionProblem(sql)).toBeUndefined();
  });

  it('accepts every migration of the project', async () => {
    for (const migration of await readMigrations())
      expect(transactionProblem(migration.sql), migration.name).toBeUndefined();
    expect(await readFile(path.join(MIGRATIONS_DIR, 'migration_lock.toml'), 'utf8')).toContain('postgresql');
  });
});
