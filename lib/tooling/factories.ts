// Factories for tests: the smallest valid rows, with overrides. Each call makes unique codes.
import type { PrismaClient } from './prisma.ts';
import { LIFECYCLES, type ApprovalProcess } from '../domain/lifecycle.ts';
import type { DocumentKind, Generation } from '../domain/labels.ts';

let counter = 0;
const next = () => ++counter;
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function makeBody(prisma: PrismaClient, overrides: { slug?: string; name?: string } = {}) {
  const n = next();
  const slug = overrides.slug ?? `body-${n}`;
  return prisma.body.create({
    data: { slug, name: overrides.name ?? `Body ${n}`, fullName: `Standards body ${n}`, sortOrder: n },
  });
}

export async function makeGroup(
  prisma: PrismaClient,
  options: {
    bodyId: number;
    bodySlug: string;
    parent?: { id: number; path: string };
    code?: string;
    kind?: 'STUDY_GROUP' | 'QUESTION' | 'WG';
  },
) {
  const n = next();
  const code = options.code ?? `G${n}`;
  const slug = code
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return prisma.group.create({
    data: {
      bodyId: options.bodyId,
      parentId: options.parent?.id ?? null,
      kind: options.kind ?? 'STUDY_GROUP',
      code,
      name: `Group ${code}`,
      path: `${options.parent?.path ?? options.bodySlug}/${slug}`,
    },
  });
}

export async function makeTopic(prisma: PrismaClient, overrides: { slug?: string; name?: string } = {}) {
  const n = next();
  return prisma.topic.create({
    data: {
      slug: overrides.slug ?? `topic-${n}`,
      name: overrides.name ?? `Topic ${n}`,
      description: `Topic ${n}`,
      sortOrder: n,
    },
  });
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
  approvedDate?: string;
  topicIds?: number[];
}

/** A work item with a one-row status history ending in its status. */
export async function makeWorkItem(prisma: PrismaClient, options: WorkItemOptions) {
  const n = next();
  const process = options.process ?? 'AAP';
  const statusCode = options.statusCode ?? LIFECYCLES[process][1]?.code ?? 'UNDER_STUDY';
  const number = options.number === undefined ? (options.identifier ?? `X.${1000 + n}`) : options.number;
  const workingName = options.workingName ?? null;
  return prisma.workItem.create({
    data: {
      identifier: number ?? workingName ?? `X.${n}`,
      number,
      workingName,
      title: options.title ?? `Work item ${n}`,
      summary: options.summary ?? '',
      kind: options.kind ?? 'ITU_RECOMMENDATION',
      generation: options.generation ?? 'IMT2020',
      groupId: options.groupId,
      process,
      statusCode,
      startDate: options.startDate ? utc(options.startDate) : null,
      targetDate: options.targetDate ? utc(options.targetDate) : null,
      approvedDate: options.approvedDate ? utc(options.approvedDate) : null,
      topics: { create: (options.topicIds ?? []).map((topicId) => ({ topicId })) },
      statusChanges: {
        create: [
          { process, toCode: statusCode, date: utc(options.startDate ?? '2024-01-01'), recordedBy: 'test' },
        ],
      },
    },
  });
}
