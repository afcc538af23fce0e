import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import {
  editionLabel,
  inScope,
  SNAPSHOT_FORMAT,
  type EditionScope,
  type Snapshot,
  type SnapshotItem,
  type SnapshotLiaison,
} from '@/lib/domain/edition/snapshot';
import { isoDate } from '@/lib/domain/calendar-date';
import type { Tx } from '../audit';

// Reads the live roadmap into an edition snapshot: every work item in scope with its status
// history and relations, and the liaison statements of the year (and those still open) that concern
// them or the groups in scope. Sorted throughout, so that equal data gives an equal snapshot.

const byText = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

const itemSelect = {
  id: true,
  identifier: true,
  workingName: true,
  number: true,
  title: true,
  kind: true,
  generation: true,
  process: true,
  startDate: true,
  targetDate: true,
  approvedDate: true,
  documentVersion: true,
  summary: true,
  baseTextUrl: true,
  publicationUrl: true,
  status: { select: { code: true, name: true, stage: true } },
  group: { select: { path: true, body: { select: { slug: true } } } },
  topics: { select: { topic: { select: { slug: true } } } },
  editors: { select: { name: true, affiliation: true, role: true }, orderBy: { position: 'asc' } },
  identifiers: { select: { identifier: true } },
  statusChanges: {
    select: { fromCode: true, toCode: true, date: true, reference: true, note: true },
    orderBy: [{ date: 'asc' }, { id: 'asc' }],
  },
  relationsFrom: { select: { type: true, note: true, to: { select: { identifier: true } } } },
} satisfies Prisma.WorkItemSelect;

type ItemRow = Prisma.WorkItemGetPayload<{ select: typeof itemSelect }>;

function toItem(row: ItemRow): SnapshotItem {
  return {
    key: row.id,
    identifier: row.identifier,
    previousIdentifiers: row.identifiers
      .map((i) => i.identifier)
      .filter((i) => i !== row.identifier)
      .sort(byText),
    workingName: row.workingName,
    number: row.number,
    title: row.title,
    kind: row.kind,
    generation: row.generation,
    body: row.group.body.slug,
    group: row.group.path,
    topics: row.topics.map((t) => t.topic.slug).sort(),
    process: row.process,
    status: row.status.code,
    statusName: row.status.name,
    stage: row.status.stage,
    startDate: isoDate(row.startDate),
    targetDate: isoDate(row.targetDate),
    approvedDate: isoDate(row.approvedDate),
    documentVersion: row.documentVersion,
    summary: row.summary,
    baseTextUrl: row.baseTextUrl,
    publicationUrl: row.publicationUrl,
    editors: row.editors,
    history: row.statusChanges.map((c) => ({
      from: c.fromCode,
      to: c.toCode,
      date: isoDate(c.date),
      reference: c.reference,
      note: c.note,
    })),
    relations: row.relationsFrom
      .map((r) => ({ type: r.type, identifier: r.to.identifier, note: r.note }))
      .sort((a, b) => byText(`${a.type} ${a.identifier}`, `${b.type} ${b.identifier}`)),
  };
}

export interface TakeSnapshotOptions {
  year: number;
  revision: number;
  scope: EditionScope;
  /** Benchmarks snapshot generated items too; real editions never do. */
  includeSynthetic?: boolean;
}

export async function takeSnapshot(
  tx: Tx,
  { year, revision, scope, includeSynthetic = false }: TakeSnapshotOptions,
): Promise<Snapshot> {
  const takenAt = new Date();
  const where: Prisma.WorkItemWhereInput = {
    ...(includeSynthetic ? {} : { synthetic: false }),
    ...(scope.bodies.length ? { group: { body: { slug: { in: scope.bodies } } } } : {}),
  };
  const rows = await tx.workItem.findMany({ where, select: itemSelect, orderBy: { identifier: 'asc' } });
  const items = rows
    .map(toItem)
    .filter((item) => inScope(item, scope))
    .sort((a, b) => byText(a.identifier, b.identifier));
  const itemIds = items.map((i) => i.key);
  // One after the other: the queries of a transaction share one connection (pg refuses overlap).
  const bodies = await tx.body.findMany({
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    select: { slug: true, name: true, fullName: true, url: true },
  });
  const topics = await tx.topic.findMany({
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    select: { slug: true, name: true, description: true },
  });
  const liaisonRows = await tx.liaison.findMany({
    where: {
      workItems: { some: { workItemId: { in: itemIds } } },
      OR: [
        { state: 'OPEN' },
        { date: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } },
      ],
    },
    orderBy: [{ date: 'asc' }, { reference: 'asc' }],
    select: {
      reference: true,
      title: true,
      direction: true,
      purpose: true,
      state: true,
      date: true,
      deadline: true,
      documentUrl: true,
      fromGroup: { select: { path: true } },
      recipients: { select: { group: { select: { path: true } } } },
      inReplyTo: { select: { reference: true } },
      workItems: { select: { workItem: { select: { identifier: true } } } },
    },
  });
  const liaisons: SnapshotLiaison[] = liaisonRows.map((l) => ({
    reference: l.reference,
    title: l.title,
    direction: l.direction,
    purpose: l.purpose,
    state: l.state,
    date: isoDate(l.date),
    deadline: isoDate(l.deadline),
    from: l.fromGroup.path,
    to: l.recipients.map((r) => r.group.path).sort(),
    inReplyTo: l.inReplyTo?.reference ?? null,
    documentUrl: l.documentUrl,
    workItems: l.workItems.map((w) => w.workItem.identifier).sort(byText),
  }));
  const groupPaths = new Set([...items.map((i) => i.group), ...liaisons.flatMap((l) => [l.from, ...l.to])]);
  const groups = await tx.group.findMany({
    where: { path: { in: [...groupPaths] } },
    orderBy: { path: 'asc' },
    select: { path: true, code: true, name: true, url: true, body: { select: { slug: true } } },
  });
  const usedBodies = new Set(groups.map((g) => g.body.slug));
  return {
    format: SNAPSHOT_FORMAT,
    year,
    revision,
    title: `IMT-2020 and IMT-2030 standardization roadmap, ${editionLabel(year, revision)}`,
    takenAt: takenAt.toISOString(),
    scope,
    bodies: bodies.filter((b) => usedBodies.has(b.slug)),
    groups: groups.map((g) => ({ path: g.path, code: g.code, name: g.name, body: g.body.slug, url: g.url })),
    topics,
    items,
    liaisons,
  };
}
