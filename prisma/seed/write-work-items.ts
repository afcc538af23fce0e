// Work items with their topics, editors and status history, upserted by identifier. An item is
// found under any name it has had (work_item_identifier), so a renamed item is updated, not
// duplicated. Rows are written only where they differ from the data, and an item that changes
// gets its optimistic-concurrency version bumped, as every write must.
import type { WorkItemSeed } from './types.ts';
import {
  editorRows,
  historyRows,
  identifierOf,
  itemRow,
  type EditorRow,
  type HistoryRow,
  type ItemRow,
} from './work-item-rows.ts';
import { sameValues, type ReferenceIds, type Tx } from './write-reference.ts';

const RECORDED_BY = 'Demo data';

const sameRows = (current: readonly object[], wanted: readonly Record<string, unknown>[]) =>
  current.length === wanted.length && wanted.every((row, index) => sameValues(current[index] ?? {}, row));

// Children are read with separate queries rather than `include`: Prisma runs the parts of an
// include concurrently, which a transaction's single connection only queues (with a pg warning).
async function existingItems(tx: Tx, items: readonly WorkItemSeed[]) {
  const names = items
    .flatMap((item) => [item.number, item.workingName])
    .filter((n): n is string => n !== undefined);
  const known = await tx.workItemIdentifier.findMany({ where: { identifier: { in: names } } });
  const idByName = new Map(known.map((row) => [row.identifier, row.workItemId]));
  const where = { workItemId: { in: [...new Set(idByName.values())] } };
  const rows = await tx.workItem.findMany({ where: { id: where.workItemId } });
  const topics = await tx.workItemTopic.findMany({
    where,
    orderBy: [{ workItemId: 'asc' }, { topicId: 'asc' }],
  });
  const editors = await tx.workItemEditor.findMany({
    where,
    orderBy: [{ workItemId: 'asc' }, { position: 'asc' }],
  });
  const changes = await tx.statusChange.findMany({
    where,
    orderBy: [{ workItemId: 'asc' }, { date: 'asc' }, { id: 'asc' }],
  });
  const byId = new Map(
    rows.map((row) => [
      row.id,
      {
        row,
        topicIds: topics.filter((t) => t.workItemId === row.id).map((t) => t.topicId),
        editors: editors.filter((e) => e.workItemId === row.id),
        history: changes.filter((c) => c.workItemId === row.id),
      },
    ]),
  );
  return (item: WorkItemSeed) => {
    const id = [item.number, item.workingName]
      .map((name) => (name ? idByName.get(name) : undefined))
      .find((i) => i !== undefined);
    return id === undefined ? undefined : byId.get(id);
  };
}

interface Children {
  topicIds: number[];
  editors: EditorRow[];
  history: HistoryRow[];
}

async function writeChildren(tx: Tx, rows: { workItemId: number; children: Children }[]): Promise<void> {
  const topics = rows.flatMap(({ workItemId, children }) =>
    children.topicIds.map((topicId) => ({ workItemId, topicId })),
  );
  const editors = rows.flatMap(({ workItemId, children }) =>
    children.editors.map((e) => ({ ...e, workItemId })),
  );
  const history = rows.flatMap(({ workItemId, children }) =>
    children.history.map((h) => ({ ...h, workItemId })),
  );
  if (topics.length > 0) await tx.workItemTopic.createMany({ data: topics });
  if (editors.length > 0) await tx.workItemEditor.createMany({ data: editors });
  if (history.length > 0) await tx.statusChange.createMany({ data: history });
}

const isRenamed = (item: WorkItemSeed) => item.number !== undefined && item.workingName !== undefined;

/**
 * New items in one INSERT. A numbered item with a working name goes in under the working name and
 * is then numbered, so that the identifier trigger records both and the old permalink redirects.
 */
async function insertItems(
  tx: Tx,
  fresh: { item: WorkItemSeed; row: ItemRow; children: Children }[],
  ids: Map<string, number>,
) {
  if (fresh.length === 0) return;
  const asFirstNamed = fresh.map(({ item, row }) =>
    isRenamed(item) ? { ...row, number: null, identifier: item.workingName ?? '' } : row,
  );
  const created = await tx.workItem.createManyAndReturn({
    data: asFirstNamed,
    select: { id: true, identifier: true },
  });
  const idByIdentifier = new Map(created.map((row) => [row.identifier, row.id]));
  for (const [index, { item, row }] of fresh.entries()) {
    const id = idByIdentifier.get(asFirstNamed[index]?.identifier ?? '');
    if (id === undefined) throw new Error(`work item ${row.identifier} was not created`);
    if (isRenamed(item))
      await tx.workItem.update({
        where: { id },
        data: { number: row.number, identifier: row.identifier, version: { increment: 1 } },
      });
    ids.set(row.identifier, id);
  }
  await writeChildren(
    tx,
    fresh.map(({ row, children }) => ({ workItemId: ids.get(row.identifier) ?? -1, children })),
  );
}

/** Writes the demo work items; returns their ids by identifier. */
export async function writeWorkItems(
  tx: Tx,
  items: readonly WorkItemSeed[],
  ids: ReferenceIds,
): Promise<Map<string, number>> {
  const find = await existingItems(tx, items);
  const result = new Map<string, number>();
  const fresh: { item: WorkItemSeed; row: ItemRow; children: Children }[] = [];
  for (const item of items) {
    const groupId = ids.groups.get(item.group);
    if (groupId === undefined)
      throw new Error(`work item ${identifierOf(item)}: unknown group ${item.group}`);
    const row = itemRow(item, groupId);
    const topicIds = [...new Set(item.topics.map((slug) => ids.topics.get(slug) ?? -1))].sort(
      (a, b) => a - b,
    );
    const children = { topicIds, editors: editorRows(item), history: historyRows(item, RECORDED_BY) };
    const current = find(item);
    if (!current) {
      fresh.push({ item, row, children });
      continue;
    }
    const id = current.row.id;
    const differs = {
      topics: current.topicIds.join() !== topicIds.join(),
      editors: !sameRows(current.editors, children.editors),
      history: !sameRows(current.history, children.history),
    };
    if (differs.topics) await tx.workItemTopic.deleteMany({ where: { workItemId: id } });
    if (differs.editors) await tx.workItemEditor.deleteMany({ where: { workItemId: id } });
    if (differs.history) await tx.statusChange.deleteMany({ where: { workItemId: id } });
    const replaced = {
      topicIds: differs.topics ? topicIds : [],
      editors: differs.editors ? children.editors : [],
      history: differs.history ? children.history : [],
    };
    await writeChildren(tx, [{ workItemId: id, children: replaced }]);
    const childrenChanged = differs.topics || differs.editors || differs.history;
    if (!sameValues(current.row, row) || childrenChanged) {
      await tx.workItem.update({ where: { id }, data: { ...row, version: { increment: 1 } } });
    }
    result.set(row.identifier, id);
  }
  await insertItems(tx, fresh, result);
  return result;
}
