import 'server-only';
import { identifierProblem } from '@/lib/domain/identifier';
import type { WorkItemState } from '@/lib/domain/work-item-state';
import { db } from '../db';
import { storedItemSelect, toStoredItem } from '../work-item-store';

export interface WorkItemEditState {
  identifier: string;
  version: number;
  state: WorkItemState;
}

export type EditStateLookup =
  { kind: 'found'; item: WorkItemEditState } | { kind: 'moved'; identifier: string } | { kind: 'missing' };

/** An item's editable fields and version (what the edit and status forms start from). */
export async function getWorkItemEditState(identifier: string): Promise<EditStateLookup> {
  if (identifierProblem(identifier) !== null) return { kind: 'missing' };
  const row = await db().workItem.findUnique({ where: { identifier }, select: storedItemSelect });
  if (row) {
    const { identifier: current, version, state } = toStoredItem(row);
    return { kind: 'found', item: { identifier: current, version, state } };
  }
  // A former identifier (or the current one in another case) leads to the item's current one.
  const previous = await db().workItemIdentifier.findFirst({
    where: { identifier: { equals: identifier, mode: 'insensitive' } },
    select: { workItem: { select: { identifier: true } } },
  });
  return previous && previous.workItem.identifier !== identifier
    ? { kind: 'moved', identifier: previous.workItem.identifier }
    : { kind: 'missing' };
}
