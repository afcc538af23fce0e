import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { isoDate } from '@/lib/domain/calendar-date';
import type { WorkItemSummary } from './roadmap-types';

// The columns of a work item that the roadmap shows, and their mapping to a plain object.

export const workItemSummarySelect = {
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
  synthetic: true,
  version: true,
  updatedAt: true,
  lastVerifiedAt: true,
  status: { select: { code: true, name: true, stage: true } },
  group: { select: { code: true, name: true, path: true, body: { select: { slug: true, name: true } } } },
  topics: { select: { topic: { select: { slug: true, name: true, sortOrder: true } } } },
  editors: {
    select: { name: true, affiliation: true, email: true, role: true },
    orderBy: { position: 'asc' },
  },
} satisfies Prisma.WorkItemSelect;

export type WorkItemSummaryRow = Prisma.WorkItemGetPayload<{ select: typeof workItemSummarySelect }>;

export function toWorkItemSummary(row: WorkItemSummaryRow): WorkItemSummary {
  return {
    identifier: row.identifier,
    workingName: row.workingName,
    number: row.number,
    title: row.title,
    kind: row.kind,
    generation: row.generation,
    body: { slug: row.group.body.slug, name: row.group.body.name },
    group: { code: row.group.code, name: row.group.name, path: row.group.path },
    process: row.process,
    status: { code: row.status.code, name: row.status.name },
    stage: row.status.stage,
    topics: row.topics
      .map((t) => t.topic)
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map(({ slug, name }) => ({ slug, name })),
    startDate: isoDate(row.startDate),
    targetDate: isoDate(row.targetDate),
    approvedDate: isoDate(row.approvedDate),
    documentVersion: row.documentVersion,
    summary: row.summary,
    editors: row.editors,
    baseTextUrl: row.baseTextUrl,
    publicationUrl: row.publicationUrl,
    synthetic: row.synthetic,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    lastVerifiedAt: row.lastVerifiedAt?.toISOString() ?? null,
  };
}
