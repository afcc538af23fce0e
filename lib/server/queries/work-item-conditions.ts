import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { identifierSearchText } from '@/lib/domain/identifier';
import { InvalidParameterError, type RoadmapFilters } from '@/lib/domain/roadmap-filters';
import { groupIdsWithin, type ReferenceData } from './reference-data';

// SQL conditions of the roadmap's filters over `work_item wi JOIN process_status ps`. Bodies, groups
// and topics are resolved to ids first (their tables are small), so no other join is needed.
// One condition per filter, so that facet counts can apply every filter but their own.

export type FilterDimension =
  'body' | 'group' | 'topic' | 'stage' | 'status' | 'generation' | 'kind' | 'year';
export const FILTER_DIMENSIONS: FilterDimension[] = [
  'body',
  'group',
  'topic',
  'stage',
  'status',
  'generation',
  'kind',
  'year',
];

export interface WorkItemConditions {
  /** The text search, applied everywhere (facets included). */
  search: Prisma.Sql;
  /** Rank of a row for the search (0 without a search). */
  rank: Prisma.Sql;
  byDimension: Record<FilterDimension, Prisma.Sql>;
}

const TRUE = Prisma.sql`TRUE`;

/** Escapes LIKE wildcards so that user text matches literally. */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function resolve<T extends { id: number; slug: string }>(
  rows: T[],
  slugs: string[],
  field: 'body' | 'topic',
): number[] {
  return slugs.map((slug) => {
    const row = rows.find((r) => r.slug === slug);
    if (!row) throw new InvalidParameterError(field, `${field} "${slug}" does not exist`);
    return row.id;
  });
}

function searchConditions(q: string): Pick<WorkItemConditions, 'search' | 'rank'> {
  if (!q) return { search: TRUE, rank: Prisma.sql`0` };
  const core = likeLiteral(identifierSearchText(q));
  const vector = Prisma.sql`wi.search_vector`;
  const query = Prisma.sql`websearch_to_tsquery('english', ${q})`;
  const contains = `%${core}%`;
  const identifierMatch = Prisma.sql`(wi.identifier ILIKE ${contains} OR wi.number ILIKE ${contains} OR wi.working_name ILIKE ${contains})`;
  // Exact identifier matches first ("Y.3101", "TS 23.501" for "23.501"), then prefixes ("Y.31"),
  // then the full-text rank of titles and summaries.
  const rank = Prisma.sql`(CASE
      WHEN wi.identifier ILIKE ${core} OR wi.number ILIKE ${core} OR wi.working_name ILIKE ${core}
        OR wi.identifier ILIKE ${`% ${core}`} THEN 3
      WHEN wi.identifier ILIKE ${`${core}%`} OR wi.number ILIKE ${`${core}%`} OR wi.working_name ILIKE ${`${core}%`}
        OR wi.identifier ILIKE ${`% ${core}%`} THEN 2
      WHEN ${identifierMatch} THEN 1
      ELSE 0 END + ts_rank(${vector}, ${query}))`;
  return { search: Prisma.sql`(${vector} @@ ${query} OR ${identifierMatch})`, rank };
}

function yearCondition(years: number[]): Prisma.Sql {
  if (years.length === 0) return TRUE;
  // The roadmap year of an item: its approval/publication year, else its target year.
  // Written as date ranges so that the date indexes serve it.
  const perYear = years.map((year) => {
    const from = new Date(Date.UTC(year, 0, 1));
    const to = new Date(Date.UTC(year + 1, 0, 1));
    return Prisma.sql`(wi.approved_date >= ${from}::date AND wi.approved_date < ${to}::date
      OR wi.approved_date IS NULL AND wi.target_date >= ${from}::date AND wi.target_date < ${to}::date)`;
  });
  return Prisma.sql`(${Prisma.join(perYear, ' OR ')})`;
}

export function buildConditions(filters: RoadmapFilters, reference: ReferenceData): WorkItemConditions {
  const bodyIds = resolve(reference.bodies, filters.body, 'body');
  const bodyGroupIds = reference.groups.filter((g) => bodyIds.includes(g.bodyId)).map((g) => g.id);
  const topicIds = resolve(reference.topics, filters.topic, 'topic');
  for (const path of filters.group) {
    if (!reference.groups.some((g) => g.path === path))
      throw new InvalidParameterError('group', `group "${path}" does not exist`);
  }
  const groupIds = groupIdsWithin(reference.groups, filters.group);
  const generations = filters.generation.length > 0 ? [...filters.generation, 'BOTH'] : [];
  const when = (active: boolean, sql: Prisma.Sql) => (active ? sql : TRUE);
  return {
    ...searchConditions(filters.q),
    byDimension: {
      body: when(bodyIds.length > 0, Prisma.sql`wi.group_id = ANY(${bodyGroupIds}::int[])`),
      group: when(filters.group.length > 0, Prisma.sql`wi.group_id = ANY(${groupIds}::int[])`),
      topic: when(
        topicIds.length > 0,
        Prisma.sql`EXISTS (SELECT 1 FROM work_item_topic t WHERE t.work_item_id = wi.id AND t.topic_id = ANY(${topicIds}::int[]))`,
      ),
      stage: when(filters.stage.length > 0, Prisma.sql`ps.stage = ANY(${filters.stage}::text[]::stage[])`),
      status: when(filters.status.length > 0, Prisma.sql`wi.status_code = ANY(${filters.status}::text[])`),
      generation: when(
        generations.length > 0,
        Prisma.sql`wi.generation = ANY(${generations}::text[]::generation[])`,
      ),
      kind: when(
        filters.kind.length > 0,
        Prisma.sql`wi.kind = ANY(${filters.kind}::text[]::document_kind[])`,
      ),
      year: yearCondition(filters.year),
    },
  };
}

/** Every condition except `except` (for the facet of that dimension), ANDed. */
export function whereAll(conditions: WorkItemConditions, except?: FilterDimension): Prisma.Sql {
  const parts = FILTER_DIMENSIONS.filter((d) => d !== except).map((d) => conditions.byDimension[d]);
  return Prisma.join([conditions.search, ...parts], ' AND ');
}

export const WORK_ITEM_FROM = Prisma.sql`work_item wi
  JOIN process_status ps ON ps.process = wi.process AND ps.code = wi.status_code`;
