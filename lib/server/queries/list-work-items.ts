import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { RoadmapView, Sort } from '@/lib/domain/roadmap-filters';
import { db } from '../db';
import { loadReferenceData } from './reference-data';
import type { RoadmapPage } from './roadmap-types';
import { buildConditions, whereAll, WORK_ITEM_FROM, type WorkItemConditions } from './work-item-conditions';
import { toWorkItemSummary, workItemSummarySelect } from './work-item-summary';

function orderBy(sort: Sort, conditions: WorkItemConditions): Prisma.Sql {
  const direction = Prisma.raw(sort.descending ? 'DESC' : 'ASC');
  const nulls = Prisma.raw('NULLS LAST');
  switch (sort.key) {
    case 'relevance':
      return Prisma.sql`${conditions.rank} ${Prisma.raw(sort.descending ? 'ASC' : 'DESC')}, wi.identifier`;
    case 'title':
      return Prisma.sql`wi.title ${direction}, wi.identifier`;
    case 'target':
      return Prisma.sql`wi.target_date ${direction} ${nulls}, wi.identifier`;
    case 'approved':
      return Prisma.sql`wi.approved_date ${direction} ${nulls}, wi.identifier`;
    case 'updated':
      return Prisma.sql`wi.updated_at ${direction}, wi.identifier`;
    case 'stage':
      return Prisma.sql`ps.stage ${direction}, ps.sort_order ${direction}, wi.identifier`;
    case 'identifier':
      return Prisma.sql`wi.identifier ${direction}`;
  }
}

/**
 * One page of the roadmap for a view. `pageSize: 'all'` returns every matching item (CSV export).
 * Throws InvalidParameterError for a body, group or topic that does not exist.
 */
export async function listWorkItems(
  view: RoadmapView,
  options: { all?: boolean } = {},
): Promise<RoadmapPage> {
  const conditions = buildConditions(view, await loadReferenceData());
  const where = whereAll(conditions);
  const limit = options.all
    ? Prisma.empty
    : Prisma.sql`LIMIT ${view.pageSize} OFFSET ${(view.page - 1) * view.pageSize}`;
  // The page and the total as two queries on two connections: the page alone can stop after
  // `pageSize` rows of an index in sort order, which a window count(*) would prevent.
  const [rows, total] = await Promise.all([
    db().$queryRaw<{ id: number }[]>`
      SELECT wi.id FROM ${WORK_ITEM_FROM}
      WHERE ${where}
      ORDER BY ${orderBy(view.sort, conditions)}, wi.id
      ${limit}`,
    options.all ? Promise.resolve(null) : countMatching(where),
  ]);
  const ids = rows.map((r) => r.id);
  const details = await db().workItem.findMany({ where: { id: { in: ids } }, select: workItemSummarySelect });
  const byId = new Map(details.map((row) => [row.id, row]));
  const items = ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toWorkItemSummary(row)] : [];
  });
  return { items, total: total ?? items.length, page: view.page, pageSize: view.pageSize };
}

async function countMatching(where: Prisma.Sql): Promise<number> {
  const [row] = await db().$queryRaw<
    { total: bigint }[]
  >`SELECT count(*) AS total FROM ${WORK_ITEM_FROM} WHERE ${where}`;
  return Number(row?.total ?? 0);
}
