import 'server-only';
import { deleteWorkItemSchema } from '@/lib/domain/schemas/work-item';
import { recordAudit } from '../audit';
import { AppError } from '@/lib/domain/errors';
import { msg } from '@/lib/domain/messages/message';
import { authorize, type Actor } from '../permissions';
import { parseInput } from '../validation';
import { lockItem, stateChanges } from '../work-item-store';
import { assertVersion } from './update-work-item';
import { writeTransaction } from './write-transaction';

/**
 * Hard delete, for admins only (others withdraw or discontinue an item through its status).
 * The identifier must be typed again as confirmation; the audit row keeps every field's last value.
 */
export async function deleteWorkItem({
  actor,
  identifier,
  input,
}: {
  actor: Actor | null;
  identifier: string;
  input: unknown;
}) {
  authorize(actor, 'workItem.delete');
  const { version, confirm, comment } = parseInput(deleteWorkItemSchema, input);
  return writeTransaction(async (tx) => {
    const current = await lockItem(tx, identifier);
    await assertVersion(tx, current, version);
    if (confirm !== current.identifier) {
      throw new AppError(
        'INVALID_INPUT',
        msg('errors.workItem.confirmDelete', { identifier: current.identifier }),
        'confirm',
      );
    }
    const changes = Object.fromEntries(
      Object.entries(stateChanges(null, current.state)).map(([field, c]) => [
        field,
        { before: c.after, after: null },
      ]),
    );
    await recordAudit(tx, actor, {
      action: 'work_item.delete',
      entityType: 'work_item',
      entityId: current.id,
      entityLabel: current.identifier,
      version: null,
      changes,
      comment,
    });
    await tx.workItem.delete({ where: { id: current.id } });
    return { identifier: current.identifier, deleted: true };
  });
}
