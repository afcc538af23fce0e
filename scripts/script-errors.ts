// Runs a command-line script and exits: an AppError (bad input, unknown group, existing account)
// prints as one line naming its field, any other error as its message; both exit 1.
import { AppError } from '@/lib/domain/errors';

/** `flags` names the command-line option of a field ("email" -> "--email"), by the field's first part. */
export function runScript(main: () => Promise<void>, flags: Record<string, string> = {}): void {
  main().then(
    // Explicit exit: better-auth and the database pool may keep timers alive.
    () => process.exit(0),
    (error: unknown) => {
      if (error instanceof AppError) {
        const field = error.field ? (flags[error.field.split('.')[0] ?? ''] ?? error.field) : null;
        console.error(`Error${field ? ` (${field})` : ''}: ${error.message}`);
      } else console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
