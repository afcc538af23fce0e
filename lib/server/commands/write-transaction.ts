import 'server-only';
import type { Tx } from '../audit';
import { db } from '../db';
import { AppError } from '@/lib/domain/errors';
import { msg } from '@/lib/domain/messages/message';
import type { Actor } from '../permissions';

// Every write runs in one transaction; a database rule the code did not foresee (a check, a unique
// index, a foreign key) becomes a 4xx naming the field, never a 500.

const CONSTRAINT_FIELDS: Record<string, string> = {
  work_item_identifier_format: 'number',
  work_item_identifier_pkey: 'number',
  work_item_identifier_lower_key: 'number',
  work_item_identifier_key: 'number',
  work_item_target_after_start: 'targetDate',
  work_item_approved_after_start: 'approvedDate',
  work_item_3gpp_version_format: 'documentVersion',
  work_item_urls_are_web: 'publicationUrl',
  work_item_editor_email_format: 'editors',
  liaison_reference_key: 'reference',
  liaison_reference_format: 'reference',
  liaison_deadline_after_date: 'deadline',
  liaison_not_reply_to_self: 'inReplyTo',
};

interface PgLikeError {
  code?: string;
  constraint?: string;
  message?: string;
  cause?: unknown;
  meta?: { driverAdapterError?: { cause?: { originalCode?: string; constraint?: unknown } } };
}

/** Finds the PostgreSQL error code and constraint name anywhere in the error's cause chain. */
function pgError(error: unknown): { code: string; constraint?: string } | null {
  for (
    let e = error as PgLikeError | undefined, depth = 0;
    e && depth < 6;
    e = e.cause as PgLikeError, depth++
  ) {
    const adapter = e.meta?.driverAdapterError?.cause;
    if (adapter?.originalCode) {
      const c = adapter.constraint as { index?: string; name?: string } | string | undefined;
      const name = typeof c === 'string' ? c : (c?.index ?? c?.name);
      return { code: adapter.originalCode, constraint: name };
    }
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code))
      return { code: e.code, constraint: e.constraint };
  }
  return null;
}

export function translateDatabaseError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const pg = pgError(error);
  if (!pg) return error;
  const field = pg.constraint ? CONSTRAINT_FIELDS[pg.constraint] : undefined;
  const what = pg.constraint ? ` (${pg.constraint})` : '';
  switch (pg.code) {
    case '23505':
      return new AppError(
        'CONFLICT',
        msg('errors.database.taken', { field: field ?? 'value', constraint: what }),
        field,
      );
    case '23514':
    case '23502':
    case '22001':
    case '22007':
    case '22008':
      return new AppError(
        'INVALID_INPUT',
        msg('errors.database.rule', { field: field ?? 'input', constraint: what }),
        field,
      );
    case '23503':
      return new AppError(
        'UNPROCESSABLE',
        msg('errors.database.dangling', { field: field ?? 'a reference', constraint: what }),
        field,
      );
    case '40001':
    case '40P01':
      return new AppError('CONFLICT', msg('errors.database.concurrent'));
    default:
      return error;
  }
}

/** Runs `work` in one transaction with the actor; database rule violations become AppErrors. */
export async function writeTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await db().$transaction(work, { timeout: 60_000, maxWait: 10_000 });
  } catch (error) {
    throw translateDatabaseError(error);
  }
}

/** The user row an actor stands for (scripts act without one). */
export function userRef(actor: Actor): string | null {
  return actor.channel === 'SCRIPT' ? null : actor.userId;
}
