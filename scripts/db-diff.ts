// npm run db:diff: the SQL that brings prisma/migrations up to prisma/schema.prisma, offline (no Prisma CLI).
//
//   npm run db:diff                      print it (empty when they agree); --exit-code: exit 2 if not empty
//   npm run db:diff -- --create <name>   write it to prisma/migrations/<UTC timestamp>_<name>/migration.sql
//   npm run db:diff -- --from-empty      print the SQL from an empty database (needs no database at all)
//   --schema <file>, --migrations <dir>  other than prisma/schema.prisma and prisma/migrations
//
// Replaying the migrations needs a throwaway database: with SHADOW_DATABASE_URL set, a temporary one is
// created on that server (its role needs CREATEDB) and dropped; otherwise an embedded PostgreSQL is started.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startEmbeddedPostgres } from '../lib/tooling/embedded-postgres.ts';
import { engineMigrationList, MIGRATIONS_DIR } from '../lib/tooling/migrations-list.ts';
import { createMigrationFolder, migrationSlug } from '../lib/tooling/new-migration.ts';
import { diffFromEmpty, diffFromMigrations, isEmptyMigration } from '../lib/tooling/schema-engine.ts';

const SCHEMA = path.resolve(import.meta.dirname, '../prisma/schema.prisma');

async function withShadowServer<T>(run: (url: string) => Promise<T>): Promise<T> {
  const url = process.env.SHADOW_DATABASE_URL;
  if (url) return run(url);
  console.error(
    'Starting a throwaway PostgreSQL to replay the migrations (set SHADOW_DATABASE_URL to use a server)',
  );
  const dir = await mkdtemp(path.join(os.tmpdir(), 'roadmap-diff-pg-'));
  try {
    const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), persistent: false });
    try {
      return await run(server.url());
    } finally {
      await server.stop();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Returns the exit code: 0, or 2 for a non-empty diff with --exit-code (as `prisma migrate diff`). */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      create: { type: 'string' },
      schema: { type: 'string', default: SCHEMA },
      migrations: { type: 'string', default: MIGRATIONS_DIR },
      'from-empty': { type: 'boolean', default: false },
      'exit-code': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    const header = (await readFile(import.meta.filename, 'utf8')).split('\nimport ')[0] ?? '';
    console.log(header.replace(/^\/\/ ?/gm, ''));
    return 0;
  }
  if (values.create !== undefined && !migrationSlug(values.create)) {
    throw new Error(
      `"${values.create}" is not a usable migration name: use letters and digits, e.g. add_liaison_notes`,
    );
  }
  const schema = await readFile(values.schema, 'utf8');
  if (values['from-empty']) {
    process.stdout.write(await diffFromEmpty(schema));
    return 0;
  }
  const migrations = await engineMigrationList(path.resolve(values.migrations));
  const sql = await withShadowServer(async (url) => {
    const started = performance.now();
    const script = await diffFromMigrations({ schema, migrations, shadowConnectionString: url });
    const took = Math.round(performance.now() - started);
    console.error(
      `Replayed ${migrations.migrationDirectories.length} migration(s) and compared in ${took} ms`,
    );
    return script;
  });
  const empty = isEmptyMigration(sql);
  if (values.create !== undefined) {
    if (empty) {
      throw new Error('prisma/schema.prisma and the migrations already agree: no migration to create');
    }
    const file = await createMigrationFolder({
      dir: path.resolve(values.migrations),
      name: values.create,
      sql,
      log: (line) => console.error(line),
    });
    console.error(
      `Wrote ${path.relative(process.cwd(), file)}: review it, add what Prisma cannot express, then npm run db:migrate`,
    );
    return 0;
  }
  process.stdout.write(empty ? '-- This is an empty migration.\n' : sql);
  if (empty)
    console.error(`No drift: the migrations produce exactly ${path.relative(process.cwd(), values.schema)}`);
  return !empty && values['exit-code'] ? 2 : 0;
}

// Exit explicitly, once stdout is flushed: embedded-postgres's exit hook (async-exit-hook) turns the
// natural end of the process into process.exit(0), which would hide a failure.
const exit = (code: number) => process.stdout.write('', () => process.exit(code));
main().then(exit, (error: unknown) => {
  // Engine errors and panics (SchemaEnginePanic) carry the engine's own message.
  console.error(error instanceof Error ? error.message : error);
  exit(1);
});
