import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { normaliseList } from '@/lib/domain/field-changes';
import type { LiaisonFields } from '@/lib/domain/schemas/liaison';
import { isoDate, utcDate } from '@/lib/domain/calendar-date';
import type { Tx } from './audit';
import { AppError } from '@/lib/domain/errors';
import { msg } from '@/lib/domain/messages/message';

// Reading and writing a liaison statement as its editable fields, inside a transaction.

export type LiaisonState = LiaisonFields;

export interface StoredLiaison {
  id: number;
  reference: string;
  version: number;
  state: LiaisonState;
}

export function normaliseLiaison<S extends Partial<LiaisonState>>(state: S): S {
  const out = { ...state };
  if (out.to) out.to = normaliseList(out.to);
  if (out.workItems) out.workItems = normaliseList(out.workItems);
  return out;
}

/** The columns of a liaison's editable fields, with its reference and version. */
export const liaisonFieldsSelect = {
  reference: true,
  version: true,
  title: true,
  direction: true,
  purpose: true,
  date: true,
  deadline: true,
  state: true,
  documentUrl: true,
  fromGroup: { select: { path: true } },
  inReplyTo: { select: { reference: true } },
  recipients: { select: { group: { select: { path: true } } } },
  workItems: { select: { workItem: { select: { identifier: true } } } },
} satisfies Prisma.LiaisonSelect;

/** A liaison's editable fields as stored (lists in no particular order). */
export function toLiaisonFields(
  row: Prisma.LiaisonGetPayload<{ select: typeof liaisonFieldsSelect }>,
): LiaisonState {
  return {
    title: row.title,
    direction: row.direction,
    purpose: row.purpose,
    from: row.fromGroup.path,
    to: row.recipients.map((r) => r.group.path),
    date: isoDate(row.date),
    deadline: isoDate(row.deadline),
    state: row.state,
    inReplyTo: row.inReplyTo?.reference ?? null,
    documentUrl: row.documentUrl,
    workItems: row.workItems.map((w) => w.workItem.identifier),
  };
}

/** Locks a liaison for the rest of the transaction and reads it. */
export async function lockLiaison(tx: Tx, reference: string): Promise<StoredLiaison> {
  // As getLiaison: no reference is like this, and PostgreSQL would refuse a NUL byte with a 500.
  if (reference.length > 120 || /[\u0000-\u001f\u007f]/.test(reference))
    throw new AppError('NOT_FOUND', msg('errors.liaison.notFound', { reference }), 'reference');
  const rows = await tx.$queryRaw<
    { id: number }[]
  >`SELECT id FROM liaison WHERE reference = ${reference} FOR UPDATE`;
  const id = rows[0]?.id;
  if (id === undefined)
    throw new AppError('NOT_FOUND', msg('errors.liaison.notFound', { reference }), 'reference');
  const row = await tx.liaison.findUniqueOrThrow({ where: { id }, select: liaisonFieldsSelect });
  return {
    id,
    reference: row.reference,
    version: row.version,
    state: normaliseLiaison(toLiaisonFields(row)),
  };
}

interface LiaisonReferences {
  fromGroupId: number;
  recipientIds: number[];
  inReplyToId: number | null;
  workItemIds: number[];
}

/** Resolves groups, the replied-to liaison and work items; unknown ones are 422 naming the field. */
async function resolve(tx: Tx, state: LiaisonState, selfId?: number): Promise<LiaisonReferences> {
  const paths = [state.from, ...state.to];
  // One after the other: the queries of a transaction share one connection (pg refuses overlap).
  const groups = await tx.group.findMany({
    where: { path: { in: paths } },
    select: { id: true, path: true },
  });
  const replyTo = state.inReplyTo
    ? await tx.liaison.findUnique({ where: { reference: state.inReplyTo }, select: { id: true } })
    : null;
  const items = await tx.workItemIdentifier.findMany({
    where: { identifier: { in: state.workItems } },
    select: { identifier: true, workItemId: true },
  });
  const groupId = (path: string, field: string) => {
    const g = groups.find((x) => x.path === path);
    if (!g) throw new AppError('UNPROCESSABLE', msg('errors.liaison.groupMissing', { field, path }), field);
    return g.id;
  };
  if (state.inReplyTo && !replyTo) {
    throw new AppError(
      'UNPROCESSABLE',
      msg('errors.liaison.replyUnknown', { reference: state.inReplyTo }),
      'inReplyTo',
    );
  }
  if (replyTo && replyTo.id === selfId)
    throw new AppError('UNPROCESSABLE', msg('errors.liaison.replySelf'), 'inReplyTo');
  const workItemIds = state.workItems.map((identifier, index) => {
    const found = items.find((x) => x.identifier === identifier);
    if (!found)
      throw new AppError(
        'UNPROCESSABLE',
        msg('errors.liaison.workItemUnknown', { index, identifier }),
        `workItems.${index}`,
      );
    return found.workItemId;
  });
  return {
    fromGroupId: groupId(state.from, 'from'),
    recipientIds: state.to.map((p, i) => groupId(p, `to.${i}`)),
    inReplyToId: replyTo?.id ?? null,
    workItemIds: [...new Set(workItemIds)],
  };
}

/** Writes the liaison row, its recipients and work items; returns id and version. */
export async function writeLiaison(
  tx: Tx,
  target: { id: number; version: number } | { reference: string },
  state: LiaisonState,
): Promise<{ id: number; version: number }> {
  const refs = await resolve(tx, state, 'id' in target ? target.id : undefined);
  const data = {
    title: state.title,
    direction: state.direction,
    purpose: state.purpose,
    fromGroupId: refs.fromGroupId,
    date: utcDate(state.date)!,
    deadline: utcDate(state.deadline),
    state: state.state,
    inReplyToId: refs.inReplyToId,
    documentUrl: state.documentUrl,
  };
  const row =
    'id' in target
      ? await tx.liaison.update({
          where: { id: target.id },
          data: { ...data, version: target.version + 1 },
          select: { id: true, version: true },
        })
      : await tx.liaison.create({
          data: { ...data, reference: target.reference },
          select: { id: true, version: true },
        });
  if ('id' in target) {
    await tx.liaisonRecipient.deleteMany({ where: { liaisonId: row.id } });
    await tx.liaisonWorkItem.deleteMany({ where: { liaisonId: row.id } });
  }
  await tx.liaisonRecipient.createMany({
    data: [...new Set(refs.recipientIds)].map((groupId) => ({ liaisonId: row.id, groupId })),
  });
  await tx.liaisonWorkItem.createMany({
    data: refs.workItemIds.map((workItemId) => ({ liaisonId: row.id, workItemId })),
  });
  return row;
}
