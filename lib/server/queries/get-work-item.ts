import 'server-only';
import { identifierProblem } from '@/lib/domain/identifier';
import { RELATION_LABELS } from '@/lib/domain/labels';
import { isoDate } from '@/lib/domain/calendar-date';
import { db } from '../db';
import type { WorkItemDetail } from './roadmap-types';
import { toWorkItemSummary, workItemSummarySelect } from './work-item-summary';

export type WorkItemLookup =
  { kind: 'found'; item: WorkItemDetail } | { kind: 'moved'; identifier: string } | { kind: 'missing' };

const relatedSelect = {
  identifier: true,
  title: true,
  status: { select: { name: true, stage: true } },
  group: { select: { code: true, body: { select: { name: true } } } },
} as const;

/**
 * A work item by its current identifier. An identifier it had before (or the current one in
 * another case) answers `moved`, so that old permalinks redirect permanently.
 */
export async function getWorkItem(identifier: string): Promise<WorkItemLookup> {
  // No item can have such an identifier, and some (a NUL byte) PostgreSQL would refuse outright.
  if (identifierProblem(identifier) !== null) return { kind: 'missing' };
  const row = await db().workItem.findUnique({
    where: { identifier },
    select: {
      ...workItemSummarySelect,
      statusChanges: {
        select: {
          fromCode: true,
          toCode: true,
          from: { select: { name: true } },
          to: { select: { name: true, stage: true } },
          date: true,
          reference: true,
          note: true,
          recordedBy: true,
        },
        orderBy: [{ date: 'asc' }, { id: 'asc' }],
      },
      relationsFrom: { select: { type: true, note: true, to: { select: relatedSelect } } },
      relationsTo: { select: { type: true, note: true, from: { select: relatedSelect } } },
      liaisons: {
        select: {
          liaison: {
            select: {
              reference: true,
              title: true,
              direction: true,
              purpose: true,
              date: true,
              deadline: true,
              state: true,
              fromGroup: { select: { code: true, body: { select: { name: true } } } },
            },
          },
        },
      },
      identifiers: { select: { identifier: true }, orderBy: { createdAt: 'asc' } },
    },
  });
  if (!row) return findMoved(identifier);
  type Related = (typeof row.relationsFrom)[number]['to'];
  const related = (item: Related) => ({
    identifier: item.identifier,
    title: item.title,
    body: item.group.body.name,
    group: item.group.code,
    status: item.status.name,
    stage: item.status.stage,
  });
  return {
    kind: 'found',
    item: {
      ...toWorkItemSummary(row),
      history: row.statusChanges.map((c) => ({
        fromCode: c.fromCode,
        fromName: c.from?.name ?? null,
        toCode: c.toCode,
        toName: c.to.name,
        stage: c.to.stage,
        date: isoDate(c.date) ?? '',
        reference: c.reference,
        note: c.note,
        recordedBy: c.recordedBy,
      })),
      relations: [
        ...row.relationsFrom.map((r) => ({
          type: r.type,
          label: RELATION_LABELS[r.type].forward,
          note: r.note,
          item: related(r.to),
        })),
        ...row.relationsTo.map((r) => ({
          type: r.type,
          label: RELATION_LABELS[r.type].backward,
          note: r.note,
          item: related(r.from),
        })),
      ],
      liaisons: row.liaisons
        .map(({ liaison: l }) => ({
          reference: l.reference,
          title: l.title,
          direction: l.direction,
          purpose: l.purpose,
          date: isoDate(l.date) ?? '',
          deadline: isoDate(l.deadline),
          state: l.state,
          from: `${l.fromGroup.body.name} ${l.fromGroup.code}`,
        }))
        .sort((a, b) => b.date.localeCompare(a.date)),
      previousIdentifiers: row.identifiers.map((i) => i.identifier).filter((i) => i !== row.identifier),
    },
  };
}

async function findMoved(identifier: string): Promise<WorkItemLookup> {
  const previous = await db().workItemIdentifier.findFirst({
    where: { identifier: { equals: identifier, mode: 'insensitive' } },
    select: { workItem: { select: { identifier: true } } },
  });
  if (previous && previous.workItem.identifier !== identifier)
    return { kind: 'moved', identifier: previous.workItem.identifier };
  return { kind: 'missing' };
}
