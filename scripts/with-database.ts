// Runs a command (next dev, next start) against a database. With DATABASE_URL set it uses that
// server and starts nothing. Without it, it starts an embedded PostgreSQL whose files live in
// .data/ (kept between runs), applies pending migrations and, on first start, loads the demo data.
//
//   tsx scripts/with-database.ts next dev
//   tsx scripts/with-database.ts --ephemeral next start -p 3100   (throwaway database: end-to-end tests)
import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedServer } from '../lib/tooling/embedded-postgres.ts';
import { migrate } from '../lib/tooling/migrate.ts';
import { createPrisma } from '../lib/tooling/prisma.ts';
import { seedDemo } from '../prisma/seed/seed.ts';

const DATA_DIR = path.resolve(import.meta.dirname, '../.data/postgres');
const DATABASE = 'roadmap';

async function prepareEmbedded(ephemeral: boolean): Promise<{ url: string; server: EmbeddedServer }> {
  const dataDir = ephemeral
    ? path.join(await mkdtemp(path.join(os.tmpdir(), 'roadmap-pg-')), 'data')
    : DATA_DIR;
  console.log(
    `No DATABASE_URL: starting the embedded PostgreSQL in ${ephemeral ? 'a throwaway directory' : '.data/postgres'}`,
  );
  const server = await startEmbeddedPostgres({ dataDir, persistent: !ephemeral });
  const admin = new pg.Client({ connectionString: server.url() });
  await admin.connect();
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${DATABASE}"`);
  await admin.end();
  const url = server.url(DATABASE);
  const { applied } = await migrate({ connectionString: url, log: (line) => console.log(line) });
  if (applied.length === 0) console.log('Database schema is up to date');
  const prisma = createPrisma(url, 2);
  try {
    if ((await prisma.body.count()) === 0) {
      console.log('Empty database: loading the demo roadmap');
      const summary = await seedDemo(prisma);
      console.log(`Loaded ${summary.workItems} work items and ${summary.liaisons} liaison statements`);
    }
  } finally {
    await prisma.$disconnect();
  }
  return { url, server };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const ephemeral = argv[0] === '--ephemeral';
  const [command, ...args] = ephemeral ? argv.slice(1) : argv;
  if (!command) throw new Error('usage: tsx scripts/with-database.ts [--ephemeral] <command> [args...]');
  let server: EmbeddedServer | undefined;
  let url = process.env.DATABASE_URL;
  if (!url) ({ url, server } = await prepareEmbedded(ephemeral));
  // `next` runs as Node with Next's own entry point (not through npx or a shell), so that the
  // signals forwarded below reach the server itself.
  const [file, fileArgs] =
    command === 'next'
      ? [process.execPath, [path.resolve(import.meta.dirname, '../node_modules/next/dist/bin/next'), ...args]]
      : [command, args];
  const child = spawn(file, fileArgs, { stdio: 'inherit', env: { ...process.env, DATABASE_URL: url } });
  const stop = async (code: number) => {
    await server?.stop().catch(() => undefined);
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => void stop(code ?? (signal ? 1 : 0)));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
