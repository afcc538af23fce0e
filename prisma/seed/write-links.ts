// Relations between work items and liaison statements, upserted by natural keys (the two items and
// the type; the liaison reference). Relations and liaisons added by users are left alone.
import { liaisonRow, type LiaisonRow } from './liaison-rows.ts';
import type { LiaisonSeed, RelationSeed } from './types.ts';
import { sameValues, type ReferenceIds, type Tx } from './write-reference.ts';

function idOf(ids: ReadonlyMap<string, number>, key: string, what: string): number {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`unknown ${what} ${key}`);
  return id;
}

export async function writeRelations(
  tx: Tx,
  relations: readonly RelationSeed[],
  itemIds: Map<string, number>,
): Promise<void> {
  const existing = await tx.workItemRelation.findMany({ where: { fromId: { in: [...itemIds.values()] } } });
  const byKey = new Map(existing.map((row) => [`${row.fromId} ${row.toId} ${row.type}`, row]));
  const inserts = [];
  for (const relation of relations) {
    const wanted = {
      fromId: idOf(itemIds, relation.from, 'work item'),
      toId: idOf(itemIds, relation.to, 'work item'),
      type: relation.type,
      note: relation.note ?? null,
    };
    const row = byKey.get(`${wanted.fromId} ${wanted.toId} ${wanted.type}`);
    if (!row) inserts.push(wanted);
    else if (row.note !== wanted.note)
      await tx.workItemRelation.update({ where: { id: row.id }, data: { note: wanted.note } });
  }
  if (inserts.length > 0) await tx.workItemRelation.createMany({ data: inserts });
}

const sortedIds = (values: number[]) => [...new Set(values)].sort((a, b) => a - b);

interface Planned {
  liaison: LiaisonSeed;
  recipients: number[];
  workItems: number[];
}

/** Writes the liaisons (a reply after the statement it answers); returns how many there are. */
export async function writeLiaisons(
  tx: Tx,
  liaisons: readonly LiaisonSeed[],
  ids: ReferenceIds,
  itemIds: Map<string, number>,
): Promise<number> {
  // Separate queries rather than `include`, which Prisma would run concurrently on the transaction.
  const existing = await tx.liaison.findMany({
    where: { reference: { in: liaisons.map((l) => l.reference) } },
  });
  const where = { liaisonId: { in: existing.map((row) => row.id) } };
  const recipientRows = await tx.liaisonRecipient.findMany({ where });
  const itemRows = await tx.liaisonWorkItem.findMany({ where });
  const byReference = new Map(existing.map((row) => [row.reference, row]));
  const liaisonIds = new Map(existing.map((row) => [row.reference, row.id]));
  const rowOf = (liaison: LiaisonSeed) =>
    liaisonRow(liaison, {
      fromGroupId: idOf(ids.groups, liaison.from, 'group'),
      inReplyToId: liaison.inReplyTo ? idOf(liaisonIds, liaison.inReplyTo, 'liaison') : null,
    });

  let pending: Planned[] = liaisons.map((liaison) => ({
    liaison,
    recipients: sortedIds(liaison.to.map((path) => idOf(ids.groups, path, 'group'))),
    workItems: sortedIds(
      (liaison.workItems ?? []).map((identifier) => idOf(itemIds, identifier, 'work item')),
    ),
  }));
  const created: Planned[] = [];
  // Round by round: a liaison is written once the one it answers has an id.
  while (pending.length > 0) {
    const ready = pending.filter(({ liaison }) => !liaison.inReplyTo || liaisonIds.has(liaison.inReplyTo));
    if (ready.length === 0)
      throw new Error(
        `liaisons reply to unknown statements: ${pending.map((p) => p.liaison.reference).join(', ')}`,
      );
    pending = pending.filter((p) => !ready.includes(p));
    const fresh = ready.filter(({ liaison }) => !byReference.has(liaison.reference));
    const inserted = await tx.liaison.createManyAndReturn({
      data: fresh.map(({ liaison }) => rowOf(liaison)),
      select: { id: true, reference: true },
    });
    for (const row of inserted) liaisonIds.set(row.reference, row.id);
    created.push(...fresh);
    for (const planned of ready.filter((p) => !fresh.includes(p)))
      await updateLiaison(tx, planned, rowOf(planned.liaison));
  }
  const recipients = created.flatMap((p) =>
    p.recipients.map((groupId) => ({ liaisonId: idOf(liaisonIds, p.liaison.reference, 'liaison'), groupId })),
  );
  const workItems = created.flatMap((p) =>
    p.workItems.map((workItemId) => ({
      liaisonId: idOf(liaisonIds, p.liaison.reference, 'liaison'),
      workItemId,
    })),
  );
  if (recipients.length > 0) await tx.liaisonRecipient.createMany({ data: recipients });
  if (workItems.length > 0) await tx.liaisonWorkItem.createMany({ data: workItems });
  return liaisons.length;

  async function updateLiaison(tx: Tx, planned: Planned, row: LiaisonRow): Promise<void> {
    const current = byReference.get(row.reference);
    if (!current) return;
    const id = current.id;
    const recipientsDiffer =
      sortedIds(recipientRows.filter((r) => r.liaisonId === id).map((r) => r.groupId)).join() !==
      planned.recipients.join();
    const itemsDiffer =
      sortedIds(itemRows.filter((w) => w.liaisonId === id).map((w) => w.workItemId)).join() !==
      planned.workItems.join();
    if (recipientsDiffer) {
      await tx.liaisonRecipient.deleteMany({ where: { liaisonId: id } });
      await tx.liaisonRecipient.createMany({
        data: planned.recipients.map((groupId) => ({ liaisonId: id, groupId })),
      });
    }
    if (itemsDiffer) {
      await tx.liaisonWorkItem.deleteMany({ where: { liaisonId: id } });
      if (planned.workItems.length > 0)
        await tx.liaisonWorkItem.createMany({
          data: planned.workItems.map((workItemId) => ({ liaisonId: id, workItemId })),
        });
    }
    if (!sameValues(current, row) || recipientsDiffer || itemsDiffer) {
      await tx.liaison.update({ where: { id }, data: { ...row, version: { increment: 1 } } });
    }
  }
}
