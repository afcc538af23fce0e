// No drift: the database the migrations build is exactly what prisma/schema.prisma describes.
// Also proves the check can fail, and that the engine works without a database and explains its panics.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { engineMigrationList } from './migrations-list.ts';
import {
  diffFromEmpty,
  diffFromMigrations,
  isEmptyMigration,
  lastEnginePanic,
  openSchemaEngine,
  SchemaEnginePanic,
} from './schema-engine.ts';

const SCHEMA_FILE = path.resolve(import.meta.dirname, '../../prisma/schema.prisma');
const server = () => process.env.TEST_DATABASE_SERVER_URL ?? '';

/** Shadow databases left on the server (other test files create and drop their own databases meanwhile). */
async function shadowDatabases(): Promise<string[]> {
  const client = new pg.Client({ connectionString: server() });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE 'prisma\\_migrate\\_shadow\\_db\\_%'",
    );
    return rows.map((row) => row.datname);
  } finally {
    await client.end();
  }
}

async function diffAgainst(schema: string): Promise<string> {
  const migrations = await engineMigrationList();
  return diffFromMigrations({ schema, migrations, shadowConnectionString: server() });
}

describe('drift between prisma/migrations and prisma/schema.prisma', () => {
  it('is none: replaying the migrations gives exactly the schema', { timeout: 60_000 }, async () => {
    const started = performance.now();
    const sql = await diffAgainst(await readFile(SCHEMA_FILE, 'utf8'));
    console.info(`drift check: ${Math.round(performance.now() - started)} ms`);
    expect(isEmptyMigration(sql), `the migrations differ from schema.prisma; add a migration:\n${sql}`).toBe(
      true,
    );
    // The shadow database was a temporary one, dropped afterwards.
    expect(await shadowDatabases()).toEqual([]);
  });

  it('is found when the schema changes (negative control)', { timeout: 60_000 }, async () => {
    const schema = (await readFile(SCHEMA_FILE, 'utf8')).replace(/^model Topic \{\n/m, '$&  extra String?\n');
    expect(schema).toContain('extra String?');
    const sql = await diffAgainst(schema);
    expect(isEmptyMigration(sql)).toBe(false);
    expect(sql).toMatch(/ALTER TABLE "topic" ADD COLUMN\s+"extra" TEXT/);
  });
});

describe('isEmptyMigration', () => {
  it('treats the engine’s empty script and blank text as empty, and SQL as not', () => {
    expect(isEmptyMigration('-- This is an empty migration.\n')).toBe(true);
    expect(isEmptyMigration('  \n')).toBe(true);
    expect(isEmptyMigration('-- This is an empty migration.\nDROP TABLE "x";\n')).toBe(false);
  });
});

describe('the schema engine without a database', () => {
  it('writes the SQL from an empty database to the schema', async () => {
    const sql = await diffFromEmpty(await readFile(SCHEMA_FILE, 'utf8'));
    expect(sql).toContain('CREATE TABLE "work_item" (');
    expect(sql).toContain(
      'CREATE INDEX "work_item_identifier_trgm_idx" ON "work_item" USING GIN ("identifier" gin_trgm_ops);',
    );
  });

  it('reports schema errors with the engine’s message', async () => {
    const schema =
      'datasource db {\n  provider = "postgresql"\n}\nmodel Broken {\n  id Int @id\n  other Missing\n}\n';
    const error = await diffFromEmpty(schema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/Type "Missing" is neither a built-in type/);
    // The engine's Rust span trace is noise for a reader: it is cut off.
    expect((error as Error).message).not.toMatch(/schema_engine_wasm::/);
  });

  it('turns a panic into a SchemaEnginePanic carrying its message, then recovers', async () => {
    const engine = await openSchemaEngine({ schema: await readFile(SCHEMA_FILE, 'utf8') });
    expect(() => engine.debugPanic()).toThrow(SchemaEnginePanic);
    expect(() => engine.debugPanic()).toThrow(/panicked: [\s\S]*artificial panic/);
    expect(lastEnginePanic()).toMatch(/artificial panic/);
    expect(await diffFromEmpty(await readFile(SCHEMA_FILE, 'utf8'))).toContain('CREATE TABLE "topic"');
  });
});
