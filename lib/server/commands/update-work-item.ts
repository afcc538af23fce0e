import 'server-only';
import { normaliseState } from '@/lib/domain/work-item-state';
import { updateWorkItemSchema } from '@/lib/domain/schemas/work-item';
import { describeChangesSince, recordAudit } from '../audit';
import { AppError } from '@/lib/domain/errors';
import { msg } from '@/lib/domain/messages/message';
import { authorize, type Actor } from '../permissions';
import { parseInput } from '../validation';
import { checkState, lockItem, resolveReferences, stateChanges, writeItem } from '../work-item-store';
import { assertIdentifierFree, identifierTaken } from './identifier-free';
import { writeTransaction } from './write-transaction';

export interface UpdateWorkItemOptions {
  actor: Actor | null;
  /** Current (or former) identifier of the item. */
  identifier: string;
  input: unknown;
}

/**
 * Changes any of an item's fields (not its status: see changeStatus). The write is based on a
 * version: when the item changed since, nothing is written and the 409 says what changed.
 * Renaming (working name to number) keeps the old identifier as a redirecting permalink.
 */
export async function updateWorkItem({ actor, identifier, input }: UpdateWorkItemOptions) {
  if (!actor) authorize(actor, 'workItem.edit');
  const { version, comment, ...patch } = parseInput(updateWorkItemSchema, input);
  return writeTransaction(async (tx) => {
    const current = await lockItem(tx, identifier);
    const groupPaths = [current.state.group, ...(patch.group ? [patch.group] : [])];
    authorize(actor, 'workItem.edit', { groupPaths });
    await assertVersion(tx, current, version);
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const next = normaliseState({ ...current.state, ...defined });
    checkState(next);
    const changes = stateChanges(current.state, next);
    if (Object.keys(changes).length === 0) {
      return { identifier: current.identifier, version: current.version, changed: false };
    }
    if (changes.number || changes.workingName) await assertIdentifierFree(tx, next, current.id);
    const refs = await resolveReferences(tx, next, current.id);
    const written = await writeItem(tx, current, next, refs).catch(identifierTaken(next));
    await recordAudit(tx, actor, {
      action: 'work_item.update',
      entityType: 'work_item',
      entityId: current.id,
      entityLabel: written.identifier,
      version: written.version,
      changes,
      comment,
    });
    return { identifier: written.identifier, version: written.version, changed: true };
  });
}

/** 409 when the item's version is not the one the write was based on. */
export async function assertVersion(
  tx: Parameters<typeof describeChangesSince>[0],
  current: { id: number; version: number },
  baseVersion: number,
  entityType: 'work_item' | 'liaison' = 'work_item',
): Promise<void> {
  if (current.version === baseVersion) return;
  if (baseVersion > current.version) {
    throw new AppError(
      'CONFLICT',
      msg('errors.workItem.versionAhead', { version: String(baseVersion), current: String(current.version) }),
      'version',
    );
  }
  throw new AppError(
    'CONFLICT',
    msg('errors.workItem.changedSince', {
      changes: await describeChangesSince(tx, entityType, current.id, baseVersion, current.version),
    }),
    'version',
  );
}
