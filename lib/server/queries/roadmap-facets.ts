import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { allStatusCodes, STAGE_LABELS, STAGES } from '@/lib/domain/lifecycle';
import { DOCUMENT_KINDS, KIND_LABELS, toSlug } from '@/lib/domain/labels';
import type { RoadmapFilters } from '@/lib/domain/roadmap-filters';
import { db } from '../db';
import { loadReferenceData, type ReferenceData } from './reference-data';
import type { FacetValue, RoadmapFacets } from './roadmap-types';
import { buildConditions, WORK_ITEM_FROM, type FilterDimension } from './work-item-conditions';

// Counts per filter value. Each dimension's counts apply every filter but its own, so that
// choosing a second body or stage shows how many items it would add.

type Counts = Map<string, number>;

interface CountRow {
  dimension: FilterDimension;
  value: string | null;
  count: bigint;
}

export async function roadmapFacets(filters: RoadmapFilters): Promise<RoadmapFacets> {
  const reference = await loadReferenceData();
  const c = buildConditions(filters, reference);
  const flag = (d: FilterDimension) => Prisma.sql`(${c.byDimension[d]}) AS f_${Prisma.raw(d)}`;
  const others = (d: FilterDimension) =>
    Prisma.join(
      (['body', 'group', 'topic', 'stage', 'status', 'generation', 'kind', 'year'] as const)
        .filter((x) => x !== d)
        .map((x) => Prisma.raw(`f_${x}`)),
      ' AND ',
    );
  const rows = await db().$queryRaw<CountRow[]>`
    WITH base AS MATERIALIZED (
      SELECT wi.id, wi.group_id, ps.stage, wi.status_code, wi.generation, wi.kind,
        extract(year FROM coalesce(wi.approved_date, wi.target_date))::int AS year,
        ${Prisma.join(
          ['body', 'group', 'topic', 'stage', 'status', 'generation', 'kind', 'year'].map((d) =>
            flag(d as FilterDimension),
          ),
          ', ',
        )}
      FROM ${WORK_ITEM_FROM}
      WHERE ${c.search}
    )
    SELECT 'body' AS dimension, group_id::text AS value, count(*) AS count FROM base WHERE ${others('body')} GROUP BY group_id
    UNION ALL SELECT 'group', group_id::text, count(*) FROM base WHERE ${others('group')} GROUP BY group_id
    UNION ALL SELECT 'topic', t.topic_id::text, count(*) FROM base JOIN work_item_topic t ON t.work_item_id = base.id
      WHERE ${others('topic')} GROUP BY t.topic_id
    UNION ALL SELECT 'stage', stage::text, count(*) FROM base WHERE ${others('stage')} GROUP BY stage
    UNION ALL SELECT 'status', status_code, count(*) FROM base WHERE ${others('status')} GROUP BY status_code
    UNION ALL SELECT 'generation', generation::text, count(*) FROM base WHERE ${others('generation')} GROUP BY generation
    UNION ALL SELECT 'kind', kind::text, count(*) FROM base WHERE ${others('kind')} GROUP BY kind
    UNION ALL SELECT 'year', year::text, count(*) FROM base WHERE ${others('year')} GROUP BY year`;
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
