import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { allStatusCodes, STAGE_LABELS, STAGES } from '@/lib/domain/lifecycle';
import { DOCUMENT_KINDS, KIND_LABELS, toSlug } from '@/lib/domain/labels';
import type { RoadmapFilters } from '@/lib/domain/roadmap-filters';
import { db } from '../db';
import { loadReferenceData, type ReferenceData } from './reference-data';
import type { FacetValue, RoadmapFacets } from './roadmap-types';
import {
  buildConditions,
  FILTER_DIMENSIONS,
  whereAll,
  WORK_ITEM_FROM,
  type FilterDimension,
} from './work-item-conditions';

// Counts per filter value. Each dimension's counts apply every filter but its own, so that
// choosing a second body or stage shows how many items it would add.

type Counts = Map<string, number>;

interface CountRow {
  dimension: FilterDimension;
  value: string | null;
  count: bigint;
}

const GROUPED: Exclude<FilterDimension, 'topic'>[] = [
  'body',
  'group',
  'stage',
  'status',
  'generation',
  'kind',
  'year',
];
const VALUE_COLUMN: Record<Exclude<FilterDimension, 'topic'>, string> = {
  body: 'group_id',
  group: 'group_id',
  stage: 'stage',
  status: 'status_code',
  generation: 'generation',
  kind: 'kind',
  year: 'year',
};

export async function roadmapFacets(filters: RoadmapFilters): Promise<RoadmapFacets> {
  const reference = await loadReferenceData();
  const c = buildConditions(filters, reference);
  // ok_<d>: the row passes every filter but <d>'s. One pass groups the rows by each dimension's
  // value (GROUPING SETS) and keeps the groups of rows that pass; topics, several per item, get
  // their own query on a second connection.
  const flags = FILTER_DIMENSIONS.map(
    (d) => Prisma.sql`coalesce(${c.byDimension[d]}, false) AS f_${Prisma.raw(d)}`,
  );
  const ok = GROUPED.map((d) =>
    Prisma.raw(
      `(${FILTER_DIMENSIONS.filter((x) => x !== d)
        .map((x) => `f_${x}`)
        .join(' AND ')}) AS ok_${d}`,
    ),
  );
  const sets = Prisma.raw(GROUPED.map((d) => `(${VALUE_COLUMN[d]}, ok_${d})`).join(', '));
  const which = Prisma.raw(
    `CASE ${GROUPED.map((d) => `WHEN GROUPING(ok_${d}) = 0 THEN '${d}'`).join(' ')} END`,
  );
  const [grouped, topics] = await Promise.all([
    db().$queryRaw<CountRow[]>`
      WITH base AS (
        SELECT wi.group_id, ps.stage, wi.status_code, wi.generation, wi.kind,
          extract(year FROM coalesce(wi.approved_date, wi.target_date))::int AS year, ${Prisma.join(flags, ', ')}
        FROM ${WORK_ITEM_FROM}
        WHERE ${c.search}
      ), checked AS (SELECT group_id, stage, status_code, generation, kind, year, ${Prisma.join(ok, ', ')} FROM base)
      SELECT ${which} AS dimension,
        coalesce(group_id::text, stage::text, status_code, generation::text, kind::text, year::text) AS value,
        count(*) AS count
      FROM checked
      GROUP BY GROUPING SETS (${sets})
      HAVING coalesce(${Prisma.raw(GROUPED.map((d) => `ok_${d}`).join(', '))})`,
    db().$queryRaw<CountRow[]>`
      SELECT 'topic' AS dimension, t.topic_id::text AS value, count(*) AS count
      FROM ${WORK_ITEM_FROM} JOIN work_item_topic t ON t.work_item_id = wi.id
      WHERE ${whereAll(c, 'topic')}
      GROUP BY t.topic_id`,
  ]);
  const rows = [...grouped, ...topics];
  const counts = new Map<FilterDimension, Counts>();
  for (const row of rows) {
    if (row.value === null) continue;
    const map = counts.get(row.dimension) ?? new Map<string, number>();
    map.set(row.value, Number(row.count));
    counts.set(row.dimension, map);
  }
  const get = (d: FilterDimension) => counts.get(d) ?? new Map<string, number>();
  return {
    body: bodyFacet(reference, get('body')),
    group: groupFacet(reference, get('group')),
    topic: reference.topics.map((t) => ({
      value: t.slug,
      label: t.name,
      count: get('topic').get(String(t.id)) ?? 0,
    })),
    stage: STAGES.map((s) => ({ value: toSlug(s), label: STAGE_LABELS[s], count: get('stage').get(s) ?? 0 })),
    status: allStatusCodes().map((s) => ({
      value: toSlug(s.code),
      label: s.name,
      count: get('status').get(s.code) ?? 0,
    })),
    generation: generationFacet(get('generation')),
    kind: DOCUMENT_KINDS.map((k) => ({
      value: toSlug(k),
      label: KIND_LABELS[k],
      count: get('kind').get(k) ?? 0,
    })),
    year: [...get('year')]
      .map(([year, count]) => ({ value: year, label: year, count }))
      .sort((a, b) => Number(b.value) - Number(a.value)),
  };
}

function bodyFacet(reference: ReferenceData, perGroup: Counts): FacetValue[] {
  return reference.bodies.map((body) => ({
    value: body.slug,
    label: body.name,
    count: reference.groups
      .filter((g) => g.bodyId === body.id)
      .reduce((sum, g) => sum + (perGroup.get(String(g.id)) ?? 0), 0),
  }));
}

/** Groups as a tree (depth-first, roots in body order), each counting its own items and its subgroups'. */
function groupFacet(reference: ReferenceData, perGroup: Counts): FacetValue[] {
  const bodyOrder = new Map(reference.bodies.map((b, index) => [b.id, index]));
  const children = new Map<number | null, ReferenceData['groups']>();
  for (const g of reference.groups) children.set(g.parentId, [...(children.get(g.parentId) ?? []), g]);
  children.get(null)?.sort((a, b) => (bodyOrder.get(a.bodyId) ?? 0) - (bodyOrder.get(b.bodyId) ?? 0));
  const result: FacetValue[] = [];
  const visit = (parentId: number | null, depth: number): number => {
    let sum = 0;
    for (const g of children.get(parentId) ?? []) {
      const facet: FacetValue = { value: g.path, label: g.code, count: 0, depth };
      result.push(facet);
      facet.count = (perGroup.get(String(g.id)) ?? 0) + visit(g.id, depth + 1);
      sum += facet.count;
    }
    return sum;
  };
  visit(null, 0);
  return result;
}

function generationFacet(counts: Counts): FacetValue[] {
  const both = counts.get('BOTH') ?? 0;
  return [
    { value: 'imt-2020', label: 'IMT-2020', count: (counts.get('IMT2020') ?? 0) + both },
    { value: 'imt-2030', label: 'IMT-2030', count: (counts.get('IMT2030') ?? 0) + both },
  ];
}
