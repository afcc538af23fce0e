import 'server-only';
import { addDays, todayUtc } from '@/lib/domain/liaisons';
import { canTransition, findStatus, nextStatuses } from '@/lib/domain/lifecycle';
import { changeStatusSchema } from '@/lib/domain/schemas/work-item';
import { recordAudit } from '../audit';
import { AppError } from '@/lib/domain/errors';
import { msg } from '@/lib/domain/messages/message';
import { authorize, type Actor } from '../permissions';
import { parseInput } from '../validation';
import { lockItem } from '../work-item-store';
import { assertVersion } from './update-work-item';
import { userRef, writeTransaction } from './write-transaction';

export interface ChangeStatusOptions {
  actor: Actor | null;
  identifier: string;
  input: unknown;
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Moves an item to one of the statuses its lifecycle allows next, writing the history row (date,
 * meeting or reference, note) in the same transaction. Reaching an approved status sets the
 * approval date when the item has none.
 */
export async function changeStatus({ actor, identifier, input }: ChangeStatusOptions) {
  if (!actor) authorize(actor, 'workItem.edit');
  const data = parseInput(changeStatusSchema, input);
  if (data.date > addDays(todayUtc(), 1)) {
    throw new AppError('INVALID_INPUT', msg('errors.workItem.dateInFuture'), 'date');
  }
  return writeTransaction(async (tx) => {
    const current = await lockItem(tx, identifier);
    authorize(actor, 'workItem.edit', { groupPaths: [current.state.group] });
    await assertVersion(tx, current, data.version);
    const { process, status: from } = current.state;
    if (!canTransition(process, from, data.status)) {
      const allowed = nextStatuses(process, from).map((s) => s.code);
      throw new AppError(
        'UNPROCESSABLE',
        msg(allowed.length ? 'errors.workItem.cannotMove' : 'errors.workItem.finalStatus', {
          from: findStatus(process, from)?.name ?? from,
          to: data.status,
          allowed: allowed.join(', '),
        }),
        'status',
      );
    }
    const last = await tx.statusChange.findFirst({
      where: { workItemId: current.id },
      orderBy: [{ date: 'desc' }, { id: 'desc' }],
      select: { date: true },
    });
    const lastDate = last?.date.toISOString().slice(0, 10);
    if (lastDate && data.date < lastDate) {
      throw new AppError(
        'UNPROCESSABLE',
        msg('errors.workItem.dateBeforePrevious', { previous: lastDate }),
        'date',
      );
    }
    const approves =
      findStatus(process, data.status)?.stage === 'APPROVED' && current.state.approvedDate === null;
    const updated = await tx.workItem.update({
      where: { id: current.id },
      data: {
        statusCode: data.status,
        version: current.version + 1,
        ...(approves ? { approvedDate: utc(data.date) } : {}),
      },
      select: { version: true },
    });
    await tx.statusChange.create({
      data: {
        workItemId: current.id,
        process,
        fromCode: from,
        toCode: data.status,
        date: utc(data.date),
        reference: data.reference,
        note: data.note,
        recordedBy: actor.name,
        recordedById: userRef(actor),
      },
    });
    await recordAudit(tx, actor, {
      action: 'work_item.status',
      entityType: 'work_item',
      entityId: current.id,
      entityLabel: current.identifier,
      version: updated.version,
      changes: {
        status: { before: from, after: data.status },
        ...(approves ? { approvedDate: { before: null, after: data.date } } : {}),
      },
      comment: [data.reference, data.note, data.comment].filter(Boolean).join(' — ') || null,
    });
    return { identifier: current.identifier, version: updated.version, status: data.status };
  });
}
