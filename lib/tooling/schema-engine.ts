// Prisma's schema engine, compiled to WebAssembly, driven without the Prisma CLI.
// The CLI downloads a native engine at every run, which fails offline (docs/decisions/003-migrations.md).
// This uses an internal Prisma API: @prisma/schema-engine-wasm is pinned to the version
// that matches the installed prisma package.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from '@prisma/driver-adapter-utils';
import { PrismaPg } from '@prisma/adapter-pg';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine, MigrationList } from '@prisma/schema-engine-wasm';

let initialised: Promise<void> | undefined;
let lastPanic: string | undefined;

/** The message of the engine's last internal panic, to explain a "RuntimeError: unreachable". */
export function lastEnginePanic(): string | undefined {
  return lastPanic;
}

/** Node 20 cannot import .wasm modules: instantiate the engine's module by hand, once. */
function initWasm(): Promise<void> {
  initialised ??= (async () => {
    // The engine reports a Rust panic's message here before it throws.
    (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
      set_message: (message: string) => {
        lastPanic = message;
      },
    };
    const require = createRequire(import.meta.url);
    const glue = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = await readFile(path.join(path.dirname(glue), 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bindings });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  })();
  return initialised;
}

export interface EngineOptions {
  /** Text of schema.prisma. */
  schema: string;
  /** Database the engine may use; also used as shadow database for diffs from migrations. */
  connectionString?: string;
  /** Receives the engine's log lines. */
  log?: (line: string) => void;
}

/** An engine bound to a PostgreSQL database, or to none (a stub that answers empty rows). */
export async function openSchemaEngine(options: EngineOptions): Promise<SchemaEngine> {
  await initWasm();
  const factory = options.connectionString
    ? wholeScripts(new PrismaPg({ connectionString: options.connectionString }))
    : stubFactory();
  const adapter = bindMigrationAwareSqlAdapterFactory(factory);
  return bindings.SchemaEngine.new(
    { datamodels: [['schema.prisma', options.schema]] },
    (line: string) => options.log?.(line),
    adapter,
  ) as Promise<SchemaEngine>;
}

export const noFilters = { externalTables: [], externalEnums: [] };

/** SQL that takes an empty database to the schema (for the first migration). */
export async function diffFromEmpty(schema: string): Promise<string> {
  const engine = await openSchemaEngine({ schema });
  const result = await engine.diff({
    from: { tag: 'empty' },
    to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: schema }] },
    script: true,
    exitCode: null,
    filters: noFilters,
  });
  return result.stdout ?? '';
}

/** SQL that takes the database the migrations produce to the schema; empty when they agree. */
export async function diffFromMigrations(options: {
  schema: string;
  migrations: MigrationList;
  shadowConnectionString: string;
}): Promise<string> {
  const engine = await openSchemaEngine({ schema: options.schema, connectionString: options.shadowConnectionString });
  const result = await engine.diff({
    from: { tag: 'migrations', ...options.migrations },
    to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: options.schema }] },
    script: true,
    exitCode: null,
    filters: noFilters,
  });
  return result.stdout ?? '';
}

interface PgAdapterInternals {
  executeScript(script: string): Promise<void>;
  onError(error: unknown): never;
  client: { query(sql: string): Promise<unknown> };
  performIO(query: unknown): Promise<{ fields: { dataTypeID: number }[] }>;
  queryRaw(query: unknown): Promise<{ columnTypes: number[] }>;
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * Two gaps of @prisma/adapter-pg when it serves the schema engine (it was made for queries):
 * it runs a script by splitting it on ";", which breaks the PL/pgSQL functions in our migrations
 * (send each script whole: PostgreSQL's simple query protocol runs them), and it refuses the
 * catalog's one-byte "char" columns that introspection reads (they arrive as strings: call them text).
 */
function wholeScripts(factory: PrismaPg): PrismaPg {
  const patch = <T>(adapter: T): T => {
    const runner = adapter as unknown as PgAdapterInternals;
    // The engine sends one query at a time on a connection, so the last result's "char"
    // columns belong to the query being answered.
    let charColumns: number[] = [];
    const performIO = runner.performIO.bind(runner);
    runner.performIO = async (query) => {
      const result = await performIO(query);
      charColumns = [];
      result.fields.forEach((field, index) => {
        if (field.dataTypeID !== PG_CHAR_OID) return;
        field.dataTypeID = PG_TEXT_OID;
        charColumns.push(index);
      });
      return result;
    };
    const queryRaw = runner.queryRaw.bind(runner);
    runner.queryRaw = async (query) => {
      const result = await queryRaw(query);
      for (const index of charColumns) result.columnTypes[index] = ColumnTypeEnum.Character;
      return result;
    };
    runner.executeScript = async (script: string) => {
      try {
        await runner.client.query(script);
      } catch (error) {
        runner.onError(error);
      }
    };
    return adapter;
  };
  const connect = factory.connect.bind(factory);
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connect = async () => patch(await connect());
  factory.connectToShadowDb = async () => patch(await connectToShadowDb());
  return factory;
}

function stubFactory() {
  const queryable = {
    provider: 'postgres' as const,
    adapterName: 'stub',
    queryRaw: () => Promise.resolve({ columnNames: [], columnTypes: [], rows: [] }),
    executeRaw: () => Promise.resolve(0),
  };
  const adapter = {
    ...queryable,
    executeScript: () => Promise.resolve(),
    startTransaction: () => Promise.reject(new Error('no database')),
    getConnectionInfo: () => ({ supportsRelationJoins: true, schemaName: 'public' }),
    dispose: () => Promise.resolve(),
  };
  return {
    provider: 'postgres' as const,
    adapterName: 'stub',
    connect: () => Promise.resolve(adapter),
    connectToShadowDb: () => Promise.resolve(adapter),
  };
}
