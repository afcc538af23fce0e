import 'server-only';
import { allStatusCodes, STAGE_LABELS, STAGES } from '@/lib/domain/lifecycle';
import { DOCUMENT_KINDS, KIND_LABELS, toSlug } from '@/lib/domain/labels';
import type { RoadmapFilters } from '@/lib/domain/roadmap-filters';
import { db } from '../db';
import { groupIdsWithin, loadReferenceData, type ReferenceData } from './reference-data';
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
//
// One pass over the matching items groups them into cells (group, stage, status, generation,
// kind, year, matches the topic filter); the counts of every dimension are then sums over those
// cells, here. Topics, being many per item, get a second, small query.

type Counts = Map<string, number>;

interface Cell {
  group_id: number;
  stage: string;
  status_code: string;
  generation: string;
  kind: string;
  year: number | null;
  f_topic: boolean;
  n: bigint;
}

type Predicate = (cell: Cell) => boolean;

/** The filters as predicates over cells, with the same meaning as work-item-conditions.ts. */
function cellPredicates(
  filters: RoadmapFilters,
  reference: ReferenceData,
): Record<FilterDimension, Predicate> {
  const any = <T>(list: T[], test: (value: T) => boolean) => list.length === 0 || list.some(test);
  const bodyIds = new Set(reference.bodies.filter((b) => filters.body.includes(b.slug)).map((b) => b.id));
  const bodyGroups = new Set(reference.groups.filter((g) => bodyIds.has(g.bodyId)).map((g) => g.id));
  const groups = new Set(groupIdsWithin(reference.groups, filters.group));
  return {
    body: (c) => filters.body.length === 0 || bodyGroups.has(c.group_id),
    group: (c) => filters.group.length === 0 || groups.has(c.group_id),
    topic: (c) => c.f_topic,
    stage: (c) => any(filters.stage, (s) => s === c.stage),
    status: (c) => any(filters.status, (s) => s === c.status_code),
    generation: (c) => any(filters.generation, (g) => g === c.generation || c.generation === 'BOTH'),
    kind: (c) => any(filters.kind, (k) => k === c.kind),
    year: (c) => any(filters.year, (y) => y === c.year),
  };
}

const KEY: Record<Exclude<FilterDimension, 'topic'>, (cell: Cell) => string | null> = {
  body: (c) => String(c.group_id),
  group: (c) => String(c.group_id),
  stage: (c) => c.stage,
  status: (c) => c.status_code,
  generation: (c) => c.generation,
  kind: (c) => c.kind,
  year: (c) => (c.year === null ? null : String(c.year)),
};

export async function roadmapFacets(filters: RoadmapFilters): Promise<RoadmapFacets> {
  const reference = await loadReferenceData();
  const c = buildConditions(filters, reference);
  const [cells, topicRows] = await Promise.all([
    db().$queryRaw<Cell[]>`
      SELECT wi.group_id, ps.stage::text AS stage, wi.status_code, wi.generation::text AS generation,
        wi.kind::text AS kind, extract(year FROM coalesce(wi.approved_date, wi.target_date))::int AS year,
        (${c.byDimension.topic}) AS f_topic, count(*) AS n
      FROM ${WORK_ITEM_FROM}
      WHERE ${c.search}
      GROUP BY 1, 2, 3, 4, 5, 6, 7`,
    db().$queryRaw<{ topic_id: number; n: bigint }[]>`
      SELECT t.topic_id, count(*) AS n
      FROM ${WORK_ITEM_FROM} JOIN work_item_topic t ON t.work_item_id = wi.id
      WHERE ${whereAll(c, 'topic')}
      GROUP BY t.topic_id`,
  ]);
  const predicates = cellPredicates(filters, reference);
  const counts = new Map<FilterDimension, Counts>();
  for (const dimension of Object.keys(KEY) as Exclude<FilterDimension, 'topic'>[]) {
    const others = FILTER_DIMENSIONS.filter((d) => d !== dimension).map((d) => predicates[d]);
    const map = new Map<string, number>();
    for (const cell of cells) {
      const key = KEY[dimension](cell);
      if (key === null || !others.every((matches) => matches(cell))) continue;
      map.set(key, (map.get(key) ?? 0) + Number(cell.n));
    }
    counts.set(dimension, map);
  }
  counts.set('topic', new Map(topicRows.map((row) => [String(row.topic_id), Number(row.n)])));
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
