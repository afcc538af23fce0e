// Driver adapters for the WebAssembly schema engine (lib/tooling/schema-engine.ts): @prisma/adapter-pg
// patched to serve the engine, with a working shadow database, or a stub when no database is needed.
import { randomUUID } from 'node:crypto';
import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';

/** A factory for the engine, and a way to release every connection and database it opened. */
export interface EngineAdapters {
  factory: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
}

/**
 * Connects the engine to the PostgreSQL database at `connectionString`. Its shadow database (used to
 * replay the migrations for a diff) is a fresh database created on the same server and dropped after.
 * PrismaPg's own connectToShadowDb cannot be used: it creates the temporary database, then opens its
 * pool with `{ connectionString, database }`, where pg lets the connection string win, so the
 * migrations were replayed into the main database itself.
 */
export function postgresAdapters(connectionString: string): EngineAdapters {
  const open = new Set<SqlDriverAdapter>();
  const track = (adapter: SqlDriverAdapter, after?: () => Promise<void>): SqlDriverAdapter => {
    open.add(adapter);
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      if (!open.delete(adapter)) return;
      await dispose();
      await after?.();
    };
    return adapter;
  };
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect: async () => track(patchForEngine(await new PrismaPg({ connectionString, max: 2 }).connect())),
    connectToShadowDb: async () => {
      const name = `prisma_migrate_shadow_db_${randomUUID().replaceAll('-', '')}`;
      await serverQuery(connectionString, `CREATE DATABASE "${name}"`);
      const url = new URL(connectionString);
      url.pathname = `/${name}`;
      const adapter = await new PrismaPg({ connectionString: url.toString(), max: 2 }).connect();
      // FORCE: the engine may leave a connection behind when a migration fails on the shadow database.
      return track(patchForEngine(adapter), () =>
        serverQuery(connectionString, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      );
    },
  };
  return {
    factory,
    close: async () => {
      for (const adapter of [...open]) await adapter.dispose();
    },
  };
}

async function serverQuery(connectionString: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

interface PgAdapterInternals {
  executeScript(script: string): Promise<void>;
  onError(error: unknown): never;
  client: { query(sql: string): Promise<unknown> };
  performIO(query: unknown): Promise<{ fields: { dataTypeID: number }[]; rows: unknown[][] }>;
  queryRaw(query: unknown): Promise<{ columnTypes: number[]; rows: unknown[][] }>;
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * Two gaps of @prisma/adapter-pg when it serves the schema engine (it was made for queries):
 * - it runs a script by splitting it on ";", which breaks the PL/pgSQL functions ($$ ... $$) of our
 *   migrations: send each script whole instead (PostgreSQL's simple query protocol runs it);
 * - it refuses the catalog's one-byte "char" columns (pg_class.relkind, ...) that introspection
 *   reads: they arrive as strings, so let them through as text and report them as Character.
 */
function patchForEngine(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const runner = adapter as unknown as PgAdapterInternals;
  // Keyed by the rows array, which queryRaw passes through unchanged: no state shared between queries.
  const charColumns = new WeakMap<unknown[][], number[]>();
  const performIO = runner.performIO.bind(runner);
  runner.performIO = async (query) => {
    const result = await performIO(query);
    const indexes: number[] = [];
    result.fields.forEach((field, index) => {
      if (field.dataTypeID !== PG_CHAR_OID) return;
      field.dataTypeID = PG_TEXT_OID;
      indexes.push(index);
    });
    if (indexes.length > 0) charColumns.set(result.rows, indexes);
    return result;
  };
  const queryRaw = runner.queryRaw.bind(runner);
  runner.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const index of charColumns.get(result.rows) ?? [])
      result.columnTypes[index] = ColumnTypeEnum.Character;
    return result;
  };
  runner.executeScript = async (script) => {
    try {
      await runner.client.query(script);
    } catch (error) {
      runner.onError(error);
    }
  };
  return adapter;
}

/** For work that needs no database (a diff from empty to a schema): every query answers no rows. */
export function stubAdapters(): EngineAdapters {
  const adapter: SqlDriverAdapter = {
    provider: 'postgres',
    adapterName: 'stub',
    queryRaw: () => Promise.resolve({ columnNames: [], columnTypes: [], rows: [] }),
    executeRaw: () => Promise.resolve(0),
    executeScript: () => Promise.resolve(),
    startTransaction: () => Promise.reject(new Error('no database')),
    getConnectionInfo: () => ({ supportsRelationJoins: true, schemaName: 'public' }),
    dispose: () => Promise.resolve(),
  };
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: 'postgres',
    adapterName: 'stub',
    connect: () => Promise.resolve(adapter),
    connectToShadowDb: () =>
      Promise.reject(new Error('this diff needs a database: pass a connection string')),
  };
  return { factory, close: () => Promise.resolve() };
}
