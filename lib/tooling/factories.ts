// Factories for tests: the smallest valid rows, with overrides, one at a time. Each call makes
// unique codes. The rows come from the seed's row builders (prisma/seed/*-rows.ts), so a test's
// item is built exactly like a demo or synthetic one.
import type { GroupKind } from '../generated/prisma/enums.ts';
import { LIFECYCLES, type ApprovalProcess } from '../domain/lifecycle.ts';
import type { DocumentKind, Generation } from '../domain/labels.ts';
import { liaisonRow, type LiaisonFacts } from '../../prisma/seed/liaison-rows.ts';
import { bodyRow, groupRow, groupSlug, topicRow } from '../../prisma/seed/reference-rows.ts';
import type { EditorSeed } from '../../prisma/seed/types.ts';
import { editorRows, historyRows, itemRow } from '../../prisma/seed/work-item-rows.ts';
import type { PrismaClient } from './prisma.ts';

let counter = 0;
const next = () => ++counter;
/** Who the status changes of a factory's items say recorded them. */
const RECORDED_BY = 'test';

export async function makeBody(
  prisma: PrismaClient,
  overrides: { slug?: string; name?: string; fullName?: string; url?: string } = {},
) {
  const n = next();
  const slug = overrides.slug ?? `body-${n}`;
  const body = { slug, name: `Body ${n}`, fullName: `Standards body ${n}`, ...overrides };
  return prisma.body.create({ data: bodyRow(body, n) });
}

export async function makeGroup(
  prisma: PrismaClient,
  options: {
    bodyId: number;
    bodySlug: string;
    parent?: { id: number; path: string };
    code?: string;
    name?: string;
    kind?: GroupKind;
  },
) {
  const n = next();
  const code = options.code ?? `G${n}`;
  const path = `${options.parent?.path ?? options.bodySlug}/${groupSlug(code)}`;
  const group = { path, kind: options.kind ?? 'STUDY_GROUP', code, name: options.name ?? `Group ${code}` };
  // After every group already there (a scenario's), so lists in sort order put a test's groups last.
  const { _max } = await prisma.group.aggregate({ _max: { sortOrder: true } });
  const sortOrder = (_max.sortOrder ?? 0) + 1;
  return prisma.group.create({
    data: groupRow(group, { bodyId: options.bodyId, parentId: options.parent?.id ?? null, sortOrder }),
  });
}

export async function makeTopic(prisma: PrismaClient, overrides: { slug?: string; name?: string } = {}) {
  const n = next();
  const topic = { slug: `topic-${n}`, name: `Topic ${n}`, description: `Topic ${n}`, ...overrides };
  return prisma.topic.create({ data: topicRow(topic, n) });
}

export interface WorkItemOptions {
  groupId: number;
  identifier?: string;
  workingName?: string | null;
  number?: string | null;
  title?: string;
  summary?: string;
  kind?: DocumentKind;
  generation?: Generation;
  process?: ApprovalProcess;
  statusCode?: string;
  startDate?: string;
  targetDate?: string;
  /** Only where given (a factory's item in an approved status has no approval date otherwise). */
  approvedDate?: string;
  topicIds?: number[];
  editors?: readonly EditorSeed[];
}

/** A work item with a one-row status history ending in its status, dated its start (or 2024-01-01). */
export async function makeWorkItem(prisma: PrismaClient, options: WorkItemOptions) {
  const n = next();
  const process = options.process ?? 'AAP';
  const statusCode = options.statusCode ?? LIFECYCLES[process][1]?.code ?? 'UNDER_STUDY';
  const number = options.number === undefined ? (options.identifier ?? `X.${1000 + n}`) : options.number;
  const facts = {
    number,
    workingName: options.workingName ?? (number === null ? `X.${n}` : null),
    title: options.title ?? `Work item ${n}`,
    summary: options.summary ?? '',
    kind: options.kind ?? 'ITU_RECOMMENDATION',
    generation: options.generation ?? 'IMT2020',
    process,
    history: [{ to: statusCode, date: options.startDate ?? '2024-01-01' }],
    startDate: options.startDate,
    targetDate: options.targetDate,
    approvedDate: options.approvedDate ?? null,
    editors: options.editors,
  };
  return prisma.workItem.create({
    data: {
      ...itemRow(facts, options.groupId),
      topics: { create: (options.topicIds ?? []).map((topicId) => ({ topicId })) },
      editors: { create: editorRows(facts) },
      statusChanges: { create: historyRows(facts, RECORDED_BY) },
    },
  });
}

export interface LiaisonOptions extends Partial<LiaisonFacts> {
  fromGroupId: number;
  toGroupIds?: readonly number[];
  inReplyToId?: number;
  workItemIds?: readonly number[];
}

/** An incoming liaison statement for action, dated 2026-01-01, unless told otherwise. */
export async function makeLiaison(prisma: PrismaClient, options: LiaisonOptions) {
  const n = next();
  const { fromGroupId, toGroupIds = [], inReplyToId, workItemIds = [], ...given } = options;
  const reference = given.reference ?? `LS-${n}`;
  const facts: LiaisonFacts = {
    reference,
    direction: 'INCOMING',
    title: reference,
    purpose: 'FOR_ACTION',
    date: '2026-01-01',
    state: 'OPEN',
    ...given,
  };
  return prisma.liaison.create({
    data: {
      ...liaisonRow(facts, { fromGroupId, inReplyToId: inReplyToId ?? null }),
      recipients: { create: toGroupIds.map((groupId) => ({ groupId })) },
      workItems: { create: workItemIds.map((workItemId) => ({ workItemId })) },
    },
  });
}
