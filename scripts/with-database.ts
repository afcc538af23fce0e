// Runs a command (next dev, next start) against a database. With DATABASE_URL set it uses that
// server and starts nothing. Without it, it starts an embedded PostgreSQL whose files live in
// .data/ (kept between runs), applies pending migrations and, on first start, loads the demo data.
//
//   tsx scripts/with-database.ts next dev
//   tsx scripts/with-database.ts --ephemeral next start -p 3100   (throwaway database: end-to-end tests)
//   tsx scripts/with-database.ts tsx --conditions=react-server scripts/user-create.ts ...
//
// With the embedded database it also supplies what sign-in needs, unless set: BETTER_AUTH_URL
// (http://localhost:<port>) and BETTER_AUTH_SECRET (random, kept in .data/auth-secret), and the key
// that seals published editions, EDITION_SIGNING_KEY (random, kept in .data/edition-signing-key),
// so that the quick start needs no setup. Against a real DATABASE_URL nothing is made up.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedServer } from '../lib/tooling/embedded-postgres.ts';
import { migrate } from '../lib/tooling/migrate.ts';
import { createPrisma } from '../lib/tooling/prisma.ts';
import { seedDemo } from '../prisma/seed/seed.ts';

const DATA_DIR = path.resolve(import.meta.dirname, '../.data/postgres');
const SECRET_FILE = path.resolve(import.meta.dirname, '../.data/auth-secret');
const SIGNING_KEY_FILE = path.resolve(import.meta.dirname, '../.data/edition-signing-key');
const DATABASE = 'roadmap';

/**
 * A secret of the local embedded setup: random, and kept in `file` so that sessions (and the seals
 * of published editions) survive restarts.
 */
async function localSecret(ephemeral: boolean, file: string): Promise<string> {
  if (ephemeral) return randomBytes(32).toString('base64url');
  const kept = await readFile(file, 'utf8').catch(() => '');
  if (kept.trim().length >= 32) return kept.trim();
  const secret = randomBytes(32).toString('base64url');
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** The address the app will answer on: `-H`/`-p` of `next`, else PORT, else 3000. */
function localUrl(args: readonly string[]): string {
  const option = (short: string, long: string) => {
    const i = args.findIndex((a) => a === short || a === long);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const given = option('-H', '--hostname');
  const host = !given || given === '0.0.0.0' || given === '::' ? 'localhost' : given;
  const port = option('-p', '--port') ?? process.env.PORT ?? '3000';
  return `http://${host}:${port}`;
}

/**
 * The embedded server that another process (e.g. `npm run dev`) already runs on .data/postgres:
 * a second one cannot start on the same files, so scripts such as user:create connect to it.
 */
async function alreadyRunning(): Promise<string | null> {
  const pidFile = await readFile(path.join(DATA_DIR, 'postmaster.pid'), 'utf8').catch(() => null);
  const [pid, , , port] = pidFile?.split('\n') ?? [];
  if (!pid || !port) return null;
  try {
    process.kill(Number(pid), 0);
  } catch (error) {
    // EPERM: alive, but run by another user (the "postgres" user when we are root).
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return null;
  }
  // The credentials lib/tooling/embedded-postgres.ts gives every embedded server.
  return `postgresql://postgres:postgres@127.0.0.1:${port.trim()}/${DATABASE}`;
}

async function prepareEmbedded(ephemeral: boolean): Promise<{ url: string; server?: EmbeddedServer }> {
  const running = ephemeral ? null : await alreadyRunning();
  if (running) {
    console.log('No DATABASE_URL: using the embedded PostgreSQL that is already running on .data/postgres');
    return { url: running };
  }
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
    // Editions published before seals existed are not served until someone signs them (decision 011).
    const unsigned = await prisma.edition.count({ where: { status: 'PUBLISHED', seal: { is: null } } });
    if (unsigned > 0)
      console.warn(
        `${unsigned} published edition(s) are not signed and will not be served: check them, then run \`npm run edition -- sign\``,
      );
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
  const auth: Record<string, string> = {};
  if (!url) {
    ({ url, server } = await prepareEmbedded(ephemeral));
    auth.BETTER_AUTH_URL = process.env.BETTER_AUTH_URL ?? localUrl(command === 'next' ? args : []);
    auth.BETTER_AUTH_SECRET = process.env.BETTER_AUTH_SECRET ?? (await localSecret(ephemeral, SECRET_FILE));
    auth.EDITION_SIGNING_KEY =
      process.env.EDITION_SIGNING_KEY ?? (await localSecret(ephemeral, SIGNING_KEY_FILE));
  }
  // `next` runs as Node with Next's own entry point (not through npx or a shell), so that the
  // signals forwarded below reach the server itself.
  const [file, fileArgs] =
    command === 'next'
      ? [process.execPath, [path.resolve(import.meta.dirname, '../node_modules/next/dist/bin/next'), ...args]]
      : [command, args];
  const child = spawn(file, fileArgs, {
    stdio: 'inherit',
    env: { ...process.env, ...auth, DATABASE_URL: url },
  });
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
