import 'server-only';
import { todayUtc } from '@/lib/domain/liaisons';
import { createWorkItemSchema } from '@/lib/domain/schemas/work-item';
import { recordAudit } from '../audit';
import { authorize, type Actor } from '../permissions';
import { parseInput } from '../validation';
import { assertIdentifierFree, identifierTaken } from './identifier-free';
import { checkState, resolveReferences, stateChanges, writeItem } from '../work-item-store';
import { userRef, writeTransaction } from './write-transaction';

export interface CreateWorkItemOptions {
  actor: Actor | null;
  input: unknown;
}

/** Creates a work item with its first status (recorded in its history) and an audit row. */
export async function createWorkItem({ actor, input }: CreateWorkItemOptions) {
  if (!actor) authorize(actor, 'workItem.edit');
  const { comment, ...state } = parseInput(createWorkItemSchema, input);
  authorize(actor, 'workItem.edit', { groupPaths: [state.group] });
  checkState(state);
  return writeTransaction(async (tx) => {
    const refs = await resolveReferences(tx, state);
    await assertIdentifierFree(tx, state);
    const written = await writeItem(tx, null, state, refs).catch(identifierTaken(state));
    await tx.statusChange.create({
      data: {
        workItemId: written.id,
        process: state.process,
        fromCode: null,
        toCode: state.status,
        // The item's start is when it reached its first status, when known.
        date: new Date(`${state.startDate ?? todayUtc()}T00:00:00Z`),
        reference: null,
        note: 'Created',
        recordedBy: actor.name,
        recordedById: userRef(actor),
      },
    });
    await recordAudit(tx, actor, {
      action: 'work_item.create',
      entityType: 'work_item',
      entityId: written.id,
      entityLabel: written.identifier,
      version: written.version,
      changes: stateChanges(null, state),
      comment,
    });
    return { identifier: written.identifier, version: written.version };
  });
}
