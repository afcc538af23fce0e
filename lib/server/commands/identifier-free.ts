import 'server-only';
import { currentIdentifier, type WorkItemState } from '@/lib/domain/work-item-state';
import type { Tx } from '../audit';
import { AppError } from '@/lib/domain/errors';
import { msg } from '@/lib/domain/messages/message';
import { translateDatabaseError } from './write-transaction';

/**
 * An identifier is never given to a second item, even one it belonged to before (old permalinks
 * must keep pointing to the right item). Checked first for a clear message; the database's
 * unique index is the guarantee.
 */
export async function assertIdentifierFree(
  tx: Tx,
  state: Pick<WorkItemState, 'number' | 'workingName'>,
  selfId?: number,
): Promise<void> {
  const identifier = currentIdentifier(state);
  if (identifier === null) return;
  const holder = await tx.workItemIdentifier.findFirst({
    where: { identifier: { equals: identifier, mode: 'insensitive' } },
    select: { workItemId: true, workItem: { select: { identifier: true } } },
  });
  if (holder && holder.workItemId !== selfId) throw identifierTakenError(state, holder.workItem.identifier);
}

function identifierTakenError(
  state: Pick<WorkItemState, 'number' | 'workingName'>,
  holder: string,
): AppError {
  const identifier = currentIdentifier(state) ?? '';
  const field = state.number !== null ? 'number' : 'workingName';
  return new AppError(
    'CONFLICT',
    holder.toLowerCase() === identifier.toLowerCase()
      ? msg('errors.workItem.identifierTaken', { field, identifier })
      : msg('errors.workItem.identifierFormer', { field, identifier, holder }),
    field,
  );
}

/**
 * For `.catch()` on the write after assertIdentifierFree: when a parallel transaction took the
 * identifier in between, the unique index refuses the row; answer the same 409 naming the field
 * (not the index's generic "number is already used").
 */
export function identifierTaken(state: Pick<WorkItemState, 'number' | 'workingName'>) {
  return (error: unknown): never => {
    const translated = translateDatabaseError(error);
    if (translated instanceof AppError && translated.code === 'CONFLICT' && translated.field === 'number')
      throw identifierTakenError(state, currentIdentifier(state) ?? '');
    throw error;
  };
}
