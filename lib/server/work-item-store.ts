import 'server-only';
import { diffFields, type FieldChanges } from '@/lib/domain/field-changes';
import { identifierProblem } from '@/lib/domain/identifier';
import { THREEGPP_VERSION } from '@/lib/domain/lifecycle';
import { currentIdentifier, normaliseState, type WorkItemState } from '@/lib/domain/work-item-state';
import { isoDate, utcDate } from '@/lib/domain/calendar-date';
import type { Tx } from './audit';
import { AppError } from '@/lib/domain/errors';
import { msg } from '@/lib/domain/messages/message';

// Reading and writing a work item as a WorkItemState inside a transaction: shared by the commands
// (form, API) and the spreadsheet import, so that all of them write the same rows the same way.

export const storedItemSelect = {
  id: true,
  identifier: true,
  version: true,
  workingName: true,
  number: true,
  title: true,
  kind: true,
  generation: true,
  process: true,
  statusCode: true,
  startDate: true,
  targetDate: true,
  approvedDate: true,
  summary: true,
  baseTextUrl: true,
  publicationUrl: true,
  documentVersion: true,
  group: { select: { path: true } },
  topics: { select: { topic: { select: { slug: true } } } },
  editors: {
    select: { name: true, affiliation: true, email: true, role: true },
    orderBy: { position: 'asc' },
  },
  relationsFrom: { select: { type: true, note: true, to: { select: { identifier: true } } } },
} as const;

export interface StoredItem {
  id: number;
  identifier: string;
  version: number;
  state: WorkItemState;
}

type StoredRow = {
  id: number;
  identifier: string;
  version: number;
  workingName: string | null;
  number: string | null;
  title: string;
  kind: WorkItemState['kind'];
  generation: WorkItemState['generation'];
  process: WorkItemState['process'];
  statusCode: string;
  startDate: Date | null;
  targetDate: Date | null;
  approvedDate: Date | null;
  summary: string;
  baseTextUrl: string | null;
  publicationUrl: string | null;
  documentVersion: string | null;
  group: { path: string };
  topics: { topic: { slug: string } }[];
  editors: WorkItemState['editors'];
  relationsFrom: {
    type: WorkItemState['relations'][number]['type'];
    note: string | null;
    to: { identifier: string };
  }[];
};

export function toStoredItem(row: StoredRow): StoredItem {
  return {
    id: row.id,
    identifier: row.identifier,
    version: row.version,
    state: normaliseState({
      workingName: row.workingName,
      number: row.number,
      title: row.title,
      kind: row.kind,
      generation: row.generation,
      group: row.group.path,
      topics: row.topics.map((t) => t.topic.slug),
      process: row.process,
      status: row.statusCode,
      startDate: isoDate(row.startDate),
      targetDate: isoDate(row.targetDate),
      approvedDate: isoDate(row.approvedDate),
      summary: row.summary,
      baseTextUrl: row.baseTextUrl,
      publicationUrl: row.publicationUrl,
      documentVersion: row.documentVersion,
      editors: row.editors,
      relations: row.relationsFrom.map((r) => ({ type: r.type, identifier: r.to.identifier, note: r.note })),
    }),
  };
}

/**
 * Locks an item (by current or former identifier) for the rest of the transaction and reads it.
 * Parallel writers queue here, so the version check below is exact.
 */
export async function lockItem(tx: Tx, identifier: string): Promise<StoredItem> {
  // No item can have such an identifier, and some (a NUL byte) PostgreSQL would refuse with a 500.
  if (identifierProblem(identifier) !== null)
    throw new AppError('NOT_FOUND', msg('errors.workItem.notFound', { identifier }), 'identifier');
  const rows = await tx.$queryRaw<{ id: number }[]>`
    SELECT w.id FROM work_item w
    WHERE w.id = (SELECT work_item_id FROM work_item_identifier WHERE identifier = ${identifier})
       OR w.identifier = ${identifier}
    LIMIT 1 FOR UPDATE OF w`;
  const id = rows[0]?.id;
  if (id === undefined)
    throw new AppError('NOT_FOUND', msg('errors.workItem.notFound', { identifier }), 'identifier');
  const row = await tx.workItem.findUniqueOrThrow({ where: { id }, select: storedItemSelect });
  return toStoredItem(row);
}

export interface References {
  groupId: number;
  topicIds: number[];
  relations: { toId: number; type: WorkItemState['relations'][number]['type']; note: string | null }[];
}

/** Resolves group, topics, status and related items; unknown ones are 422 errors naming the field. */
export async function resolveReferences(tx: Tx, state: WorkItemState, selfId?: number): Promise<References> {
  // One after the other: the queries of a transaction share one connection (pg refuses overlap).
  const group = await tx.group.findUnique({ where: { path: state.group }, select: { id: true } });
  const topics = await tx.topic.findMany({
    where: { slug: { in: state.topics } },
    select: { id: true, slug: true },
  });
  const status = await tx.processStatus.findUnique({
    where: { process_code: { process: state.process, code: state.status } },
    select: { code: true },
  });
  const related = await tx.workItemIdentifier.findMany({
    where: { identifier: { in: state.relations.map((r) => r.identifier) } },
    select: { identifier: true, workItemId: true },
  });
  if (!group)
    throw new AppError('UNPROCESSABLE', msg('errors.workItem.groupMissing', { group: state.group }), 'group');
  const unknownTopic = state.topics.find((slug) => !topics.some((t) => t.slug === slug));
  if (unknownTopic)
    throw new AppError(
      'UNPROCESSABLE',
      msg('errors.workItem.topicUnknown', { topic: unknownTopic }),
      'topics',
    );
  if (!status) {
    throw new AppError(
      'UNPROCESSABLE',
      msg('errors.workItem.statusOfOtherProcess', { status: state.status, process: state.process }),
      'status',
    );
  }
  const relations: References['relations'] = [];
  for (const [index, r] of state.relations.entries()) {
    const found = related.find((x) => x.identifier === r.identifier);
    if (!found)
      throw new AppError(
        'UNPROCESSABLE',
        msg('errors.workItem.relationUnknown', { identifier: r.identifier }),
        `relations.${index}.identifier`,
      );
    if (found.workItemId === selfId)
      throw new AppError(
        'UNPROCESSABLE',
        msg('errors.workItem.relationSelf'),
        `relations.${index}.identifier`,
      );
    relations.push({ toId: found.workItemId, type: r.type, note: r.note });
  }
  return { groupId: group.id, topicIds: topics.map((t) => t.id), relations };
}

/** Rules across fields that a PATCH can only check on the merged result. */
export function checkState(state: WorkItemState): void {
  if (currentIdentifier(state) === null)
    throw new AppError('INVALID_INPUT', msg('errors.workItem.numberOrName'), 'number');
  if (state.startDate && state.targetDate && state.targetDate < state.startDate)
    throw new AppError('INVALID_INPUT', msg('errors.workItem.targetBeforeStart'), 'targetDate');
  if (state.startDate && state.approvedDate && state.approvedDate < state.startDate)
    throw new AppError('INVALID_INPUT', msg('errors.workItem.approvedBeforeStart'), 'approvedDate');
  if (state.process === 'THREEGPP' && state.documentVersion && !THREEGPP_VERSION.test(state.documentVersion))
    throw new AppError('INVALID_INPUT', msg('errors.workItem.documentVersion3gpp'), 'documentVersion');
}

/** Writes the item's own row and its topics, editors and relations; returns the item id. */
export async function writeItem(
  tx: Tx,
  target: { id: number; version: number } | null,
  state: WorkItemState,
  refs: References,
): Promise<{ id: number; identifier: string; version: number }> {
  const identifier = currentIdentifier(state)!;
  const data = {
    identifier,
    workingName: state.workingName,
    number: state.number,
    title: state.title,
    kind: state.kind,
    generation: state.generation,
    groupId: refs.groupId,
    startDate: utcDate(state.startDate),
    targetDate: utcDate(state.targetDate),
    approvedDate: utcDate(state.approvedDate),
    summary: state.summary,
    baseTextUrl: state.baseTextUrl,
    publicationUrl: state.publicationUrl,
    documentVersion: state.documentVersion,
  };
  const row = target
    ? await tx.workItem.update({
        where: { id: target.id },
        data: { ...data, statusCode: state.status, version: target.version + 1 },
        select: { id: true, version: true },
      })
    : await tx.workItem.create({
        data: { ...data, process: state.process, statusCode: state.status },
        select: { id: true, version: true },
      });
  if (target) {
    await tx.workItemTopic.deleteMany({ where: { workItemId: row.id } });
    await tx.workItemEditor.deleteMany({ where: { workItemId: row.id } });
    await tx.workItemRelation.deleteMany({ where: { fromId: row.id } });
  }
  await tx.workItemTopic.createMany({
    data: refs.topicIds.map((topicId) => ({ workItemId: row.id, topicId })),
  });
  await tx.workItemEditor.createMany({
    data: state.editors.map((e, position) => ({ workItemId: row.id, position, ...e })),
  });
  await tx.workItemRelation.createMany({
    data: refs.relations.map((r) => ({ fromId: row.id, ...r })),
  });
  return { id: row.id, identifier, version: row.version };
}

/** The changed fields between two states (both normalised). */
export function stateChanges(before: WorkItemState | null, after: WorkItemState): FieldChanges {
  return diffFields(before, normaliseState(after));
}
