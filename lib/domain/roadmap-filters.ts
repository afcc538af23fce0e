// The roadmap's view state (filters, search, sort, page) parsed from and written to URL query
// parameters. `/`, `/api/items` and `/api/items.csv` share it, so a view can be shared as a link.
import { AppError, detail } from './errors';
import { allStatusCodes, STAGES, type Stage } from './lifecycle';
import { DOCUMENT_KINDS, fromSlug, toSlug, type DocumentKind } from './labels';

export const SORTS = ['relevance', 'identifier', 'title', 'target', 'approved', 'updated', 'stage'] as const;
export type SortKey = (typeof SORTS)[number];
export interface Sort {
  key: SortKey;
  descending: boolean;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;
export const MAX_QUERY_LENGTH = 200;

export type FilterGeneration = 'IMT2020' | 'IMT2030';

export interface RoadmapFilters {
  q: string;
  body: string[];
  group: string[];
  topic: string[];
  stage: Stage[];
  status: string[];
  generation: FilterGeneration[];
  kind: DocumentKind[];
  year: number[];
}

export interface RoadmapView extends RoadmapFilters {
  sort: Sort;
  page: number;
  pageSize: number;
}

export type FilterField = keyof RoadmapFilters | 'sort' | 'page' | 'pageSize';

/** An AppError (INVALID_INPUT) naming the query parameter at fault. */
export class InvalidParameterError extends AppError {
  declare readonly field: FilterField;
  constructor(field: FilterField, message: string) {
    super('INVALID_INPUT', detail(message), field);
    this.name = 'InvalidParameterError';
  }
}

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

/** Every value of a parameter: repeated (`?body=a&body=b`) and comma-separated (`?body=a,b`). */
function values(params: Params, name: string): string[] {
  const raw = params instanceof URLSearchParams ? params.getAll(name) : [params[name] ?? []].flat();
  const split = raw.flatMap((value) => value.split(',')).map((value) => value.trim());
  return [...new Set(split.filter((value) => value.length > 0))];
}

function single(params: Params, name: FilterField): string | undefined {
  const all = values(params, name);
  if (all.length > 1) throw new InvalidParameterError(name, `${name} takes one value, got ${all.length}`);
  return all[0];
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const PATH = /^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)*$/;
const STATUS_CODES = allStatusCodes().map((s) => s.code);

function slugs(params: Params, name: 'body' | 'topic' | 'group', pattern: RegExp): string[] {
  const list = values(params, name).map((v) => v.toLowerCase());
  const bad = list.find((v) => !pattern.test(v));
  if (bad !== undefined)
    throw new InvalidParameterError(name, `${name} "${bad}" is not a valid ${name} code`);
  return list;
}

function codes<T extends string>(params: Params, name: FilterField, all: readonly T[]): T[] {
  return values(params, name).map((value) => {
    const code = fromSlug(all, value);
    if (!code) {
      throw new InvalidParameterError(
        name,
        `${name} "${value}" is not one of: ${all.map(toSlug).join(', ')}`,
      );
    }
    return code;
  });
}

function integer(params: Params, name: 'page' | 'pageSize', fallback: number, max: number): number {
  const raw = single(params, name);
  if (raw === undefined) return fallback;
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < 1 || Number(raw) > max) {
    throw new InvalidParameterError(name, `${name} must be a whole number from 1 to ${max}`);
  }
  return Number(raw);
}

function parseSort(raw: string | undefined, q: string): Sort {
  if (raw === undefined) return { key: q ? 'relevance' : 'identifier', descending: false };
  const descending = raw.startsWith('-');
  const key = SORTS.find((s) => s === (descending ? raw.slice(1) : raw));
  if (!key)
    throw new InvalidParameterError(
      'sort',
      `sort must be one of ${SORTS.join(', ')}, optionally prefixed by "-"`,
    );
  return { key, descending };
}

/** Parses a view from query parameters; throws InvalidParameterError naming the parameter. */
export function parseRoadmapView(params: Params): RoadmapView {
  const q = (single(params, 'q') ?? '').replace(/\s+/g, ' ').trim();
  if (q.length > MAX_QUERY_LENGTH)
    throw new InvalidParameterError('q', `q is longer than ${MAX_QUERY_LENGTH} characters`);
  if (/[\u0000-\u001f\u007f]/.test(q)) throw new InvalidParameterError('q', 'q contains a control character');
  const year = values(params, 'year').map((value) => {
    if (!/^\d{4}$/.test(value) || Number(value) < 1990 || Number(value) > 2100) {
      throw new InvalidParameterError('year', `year "${value}" must be a year from 1990 to 2100`);
    }
    return Number(value);
  });
  const generation = values(params, 'generation').map((value) => {
    const code = fromSlug(['IMT2020', 'IMT2030'] as const, value);
    if (!code)
      throw new InvalidParameterError(
        'generation',
        `generation "${value}" is not one of: imt-2020, imt-2030`,
      );
    return code;
  });
  return {
    q,
    body: slugs(params, 'body', SLUG),
    group: slugs(params, 'group', PATH),
    topic: slugs(params, 'topic', SLUG),
    stage: codes(params, 'stage', STAGES),
    status: codes(params, 'status', STATUS_CODES),
    generation: [...new Set(generation)],
    kind: codes(params, 'kind', DOCUMENT_KINDS),
    year: [...new Set(year)],
    sort: parseSort(single(params, 'sort'), q),
    page: integer(params, 'page', 1, 100_000),
    pageSize: integer(params, 'pageSize', DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
  };
}

export const EMPTY_VIEW: RoadmapView = parseRoadmapView({});

/** Canonical query string of a view: defaults left out, values comma-joined in a fixed order. */
export function serializeRoadmapView(view: RoadmapView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.q) params.set('q', view.q);
  const lists: [keyof RoadmapFilters, string[]][] = [
    ['body', view.body],
    ['group', view.group],
    ['topic', view.topic],
    ['stage', view.stage.map(toSlug)],
    ['status', view.status.map(toSlug)],
    ['generation', view.generation.map(toSlug)],
    ['kind', view.kind.map(toSlug)],
    ['year', view.year.map(String)],
  ];
  for (const [name, list] of lists) if (list.length > 0) params.set(name, list.join(','));
  const defaultSort = view.q ? 'relevance' : 'identifier';
  if (view.sort.key !== defaultSort || view.sort.descending) {
    params.set('sort', `${view.sort.descending ? '-' : ''}${view.sort.key}`);
  }
  if (view.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(view.pageSize));
  if (view.page !== 1) params.set('page', String(view.page));
  return params;
}

/** A copy of the view with one filter value added or removed (for facet links); back to page 1. */
export function toggleFilterValue<K extends keyof Omit<RoadmapFilters, 'q'>>(
  view: RoadmapView,
  field: K,
  value: RoadmapFilters[K][number],
): RoadmapView {
  const current = view[field] as RoadmapFilters[K][number][];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...view, [field]: next, page: 1 };
}

export function hasFilters(view: RoadmapFilters): boolean {
  return (
    Boolean(view.q) ||
    (['body', 'group', 'topic', 'stage', 'status', 'generation', 'kind', 'year'] as const).some(
      (field) => view[field].length > 0,
    )
  );
}
