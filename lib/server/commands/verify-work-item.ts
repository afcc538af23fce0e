import 'server-only';
import { verifyWorkItemSchema } from '@/lib/domain/schemas/work-item';
import { recordAudit } from '../audit';
import { authorize, type Actor } from '../permissions';
import { parseInput } from '../validation';
import { lockItem } from '../work-item-store';
import { assertVersion } from './update-work-item';
import { userRef, writeTransaction } from './write-transaction';

/** "Last verified": a rapporteur confirms that the entry is current as it is. */
export async function verifyWorkItem({
  actor,
  identifier,
  input,
}: {
  actor: Actor | null;
  identifier: string;
  input: unknown;
}) {
  if (!actor) authorize(actor, 'workItem.edit');
  const { version, comment } = parseInput(verifyWorkItemSchema, input);
  return writeTransaction(async (tx) => {
    const current = await lockItem(tx, identifier);
    authorize(actor, 'workItem.edit', { groupPaths: [current.state.group] });
    await assertVersion(tx, current, version);
    const before = await tx.workItem.findUniqueOrThrow({
      where: { id: current.id },
      select: { lastVerifiedAt: true },
    });
    const now = new Date();
    const updated = await tx.workItem.update({
      where: { id: current.id },
      data: { lastVerifiedAt: now, lastVerifiedById: userRef(actor), version: current.version + 1 },
      select: { version: true },
    });
    await recordAudit(tx, actor, {
      action: 'work_item.verify',
      entityType: 'work_item',
      entityId: current.id,
      entityLabel: current.identifier,
      version: updated.version,
      changes: {
        lastVerifiedAt: { before: before.lastVerifiedAt?.toISOString() ?? null, after: now.toISOString() },
      },
      comment,
    });
    return { identifier: current.identifier, version: updated.version, lastVerifiedAt: now.toISOString() };
  });
}
