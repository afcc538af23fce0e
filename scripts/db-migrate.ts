// npm run db:migrate: applies the pending migrations of prisma/migrations to DATABASE_URL (what `prisma migrate deploy` does).
import { migrate, MigrationError } from '../lib/tooling/migrate.ts';

/** Where we migrate, without the password, for messages. */
function target(url: string): string {
  try {
    const { host, pathname } = new URL(url);
    return `${host}${pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}

async function main(): Promise<void> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new MigrationError(
      'DATABASE_URL is not set: set it to the PostgreSQL database to migrate, e.g. ' +
        'DATABASE_URL=postgresql://user:password@host:5432/roadmap npm run db:migrate',
    );
  }
  const started = performance.now();
  const log = (line: string) => console.log(line);
  const { applied, alreadyApplied } = await migrate({ connectionString, log }).catch((error: unknown) => {
    // A MigrationError names the migration and says what to do; a connection error needs the target.
    if (error instanceof MigrationError || !(error instanceof Error)) throw error;
    throw new Error(`Cannot migrate ${target(connectionString)}: ${error.message}`, { cause: error });
  });
  const took = `${Math.round(performance.now() - started)} ms`;
  if (applied.length > 0)
    console.log(`Applied ${applied.length} migration(s) to ${target(connectionString)} in ${took}`);
  else
    console.log(
      `${target(connectionString)} is up to date (${alreadyApplied} migration(s) applied before; ${took})`,
    );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
