import 'server-only';
import { currentIdentifier, type WorkItemState } from '@/lib/domain/work-item-state';
import type { Tx } from '../audit';
import { AppError } from '../errors';

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
  if (holder && holder.workItemId !== selfId) {
    const field = state.number !== null ? 'number' : 'workingName';
    const now = holder.workItem.identifier;
    throw new AppError(
      'CONFLICT',
      `${field}: "${identifier}" is ${now.toLowerCase() === identifier.toLowerCase() ? '' : `a former identifier of "${now}", `}already used by another work item`,
      field,
    );
  }
}
