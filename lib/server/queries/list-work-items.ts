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
  const limit = options.all
    ? Prisma.empty
    : Prisma.sql`LIMIT ${view.pageSize} OFFSET ${(view.page - 1) * view.pageSize}`;
  const rows = await db().$queryRaw<{ id: number; total: bigint }[]>`
    SELECT wi.id, count(*) OVER () AS total
    FROM ${WORK_ITEM_FROM}
    WHERE ${whereAll(conditions)}
    ORDER BY ${orderBy(view.sort, conditions)}, wi.id
    ${limit}`;
  const ids = rows.map((r) => r.id);
  const total = rows[0] ? Number(rows[0].total) : await countAll(conditions, view.page);
  const details = await db().workItem.findMany({ where: { id: { in: ids } }, select: workItemSummarySelect });
  const byId = new Map(details.map((row) => [row.id, row]));
  const items = ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toWorkItemSummary(row)] : [];
  });
  return { items, total, page: view.page, pageSize: view.pageSize };
}

/** The total when the requested page is past the end (no rows to carry the window count). */
async function countAll(conditions: WorkItemConditions, page: number): Promise<number> {
  if (page === 1) return 0;
  const [row] = await db().$queryRaw<{ total: bigint }[]>`
    SELECT count(*) AS total FROM ${WORK_ITEM_FROM} WHERE ${whereAll(conditions)}`;
  return Number(row?.total ?? 0);
}
