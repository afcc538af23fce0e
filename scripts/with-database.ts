// Runs a command (next dev, next start) against a database. With DATABASE_URL set it uses that
// server and starts nothing. Without it, it starts an embedded PostgreSQL whose files live in
// .data/ (kept between runs), applies pending migrations and, on first start, loads the demo data.
//
//   tsx scripts/with-database.ts next dev
import { spawn } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedServer } from '../lib/tooling/embedded-postgres.ts';
import { migrate } from '../lib/tooling/migrate.ts';
import { createPrisma } from '../lib/tooling/prisma.ts';
import { seedDemo } from '../prisma/seed/seed.ts';

const DATA_DIR = path.resolve(import.meta.dirname, '../.data/postgres');
const DATABASE = 'roadmap';

async function prepareEmbedded(): Promise<{ url: string; server: EmbeddedServer }> {
  console.log('No DATABASE_URL: starting the embedded PostgreSQL in .data/postgres');
  const server = await startEmbeddedPostgres({ dataDir: DATA_DIR, persistent: true });
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
  const [command, ...args] = process.argv.slice(2);
  if (!command) throw new Error('usage: tsx scripts/with-database.ts <command> [args...]');
  let server: EmbeddedServer | undefined;
  let url = process.env.DATABASE_URL;
  if (!url) ({ url, server } = await prepareEmbedded());
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, DATABASE_URL: url }, shell: false });
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
