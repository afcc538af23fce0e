// Prisma's schema engine, compiled to WebAssembly, driven without the Prisma CLI.
// The CLI downloads a native engine at every run, which fails offline
// (docs/decisions/003-migrations-without-the-prisma-cli.md). This uses an internal Prisma API:
// @prisma/schema-engine-wasm is pinned to the version that matches the installed prisma package.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { DiffTarget, MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';
import { postgresAdapters, stubAdapters, type EngineAdapters } from './engine-adapters.ts';
import { guard, panicRegistry } from './engine-panics.ts';

export { lastEnginePanic, SchemaEnginePanic } from './engine-panics.ts';

let initialised: Promise<void> | undefined;

/** Node 20 cannot import .wasm modules: instantiate the engine's module by hand, once. */
function initWasm(): Promise<void> {
  initialised ??= (async () => {
    // The engine reports a Rust panic's message here just before it traps.
    (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = panicRegistry;
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
  /**
   * Database the engine may use. Diffs from migrations replay them into a temporary shadow database
   * created on the same server (the role needs CREATEDB) and dropped afterwards.
   */
  connectionString?: string;
  /** Receives the engine's log lines (JSON). */
  log?: (line: string) => void;
}

async function open(options: EngineOptions, adapters: EngineAdapters): Promise<SchemaEngine> {
  await initWasm();
  const engine = await guard(
    () =>
      bindings.SchemaEngine.new(
        { datamodels: [['schema.prisma', options.schema]] },
        (line: string) => options.log?.(line),
        bindMigrationAwareSqlAdapterFactory(adapters.factory),
      ) as Promise<SchemaEngine>,
  ).catch(async (error: unknown) => {
    await adapters.close();
    throw error;
  });
  // Every method goes through guard(); free() also closes the connections the engine opened.
  return new Proxy(engine, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      if (property === 'free') {
        return () => {
          try {
            target.free();
          } catch {
            // An engine that panicked may not free cleanly; its memory stays with the module.
          }
          void adapters.close();
        };
      }
      return (...args: unknown[]) => guard(() => (value as (...a: unknown[]) => unknown).apply(target, args));
    },
  });
}

/** An engine bound to a PostgreSQL database, or to none (a stub that answers empty rows). */
export function openSchemaEngine(options: EngineOptions): Promise<SchemaEngine> {
  return open(
    options,
    options.connectionString ? postgresAdapters(options.connectionString) : stubAdapters(),
  );
}

export const noFilters = { externalTables: [], externalEnums: [] };

async function diff(options: EngineOptions, from: DiffTarget): Promise<string> {
  const adapters = options.connectionString ? postgresAdapters(options.connectionString) : stubAdapters();
  try {
    const engine = await open(options, adapters);
    try {
      const result = await engine.diff({
        from,
        to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: options.schema }] },
        script: true,
        exitCode: null,
        filters: noFilters,
      });
      return result.stdout ?? '';
    } finally {
      engine.free();
    }
  } finally {
    await adapters.close();
  }
}

/** SQL that takes an empty database to the schema (for the first migration). Needs no database. */
export function diffFromEmpty(schema: string): Promise<string> {
  return diff({ schema }, { tag: 'empty' });
}

/**
 * SQL that takes the database the migrations produce to the schema; an empty script (see
 * isEmptyMigration) when they agree. The migrations are replayed in a temporary database created
 * on the server of `shadowConnectionString`, which is left untouched.
 */
export function diffFromMigrations(options: {
  schema: string;
  migrations: MigrationList;
  shadowConnectionString: string;
  log?: (line: string) => void;
}): Promise<string> {
  const { schema, shadowConnectionString, log } = options;
  return diff(
    { schema, connectionString: shadowConnectionString, log },
    { tag: 'migrations', ...options.migrations },
  );
}

/** The engine says "-- This is an empty migration." when there is nothing to do. */
export function isEmptyMigration(sql: string): boolean {
  return sql.replace(/^\s*-- This is an empty migration\.\s*$/m, '').trim() === '';
}
