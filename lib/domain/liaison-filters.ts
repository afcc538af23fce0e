// The liaison list's filters, parsed from and written to URL query parameters. An invalid value
// never fails the page: it is dropped and reported with the parameter's name, so the page can
// say what was ignored.
import { AppError, detail } from './errors';
import { fromSlug, toSlug } from './labels';

export const LIAISON_DIRECTIONS = ['INCOMING', 'OUTGOING'] as const;
export type LiaisonDirection = (typeof LIAISON_DIRECTIONS)[number];
export const LIAISON_STATES = ['OPEN', 'REPLIED', 'CLOSED'] as const;
export type LiaisonState = (typeof LIAISON_STATES)[number];
export const LIAISON_PURPOSES = ['FOR_ACTION', 'FOR_COMMENT', 'FOR_INFORMATION', 'REPLY'] as const;
export type LiaisonPurpose = (typeof LIAISON_PURPOSES)[number];
/** `overdue`: open with a deadline before today; `upcoming`: open with a deadline in the next days. */
export const DUE_FILTERS = ['OVERDUE', 'UPCOMING'] as const;
export type DueFilter = (typeof DUE_FILTERS)[number];

export const MAX_LIAISON_QUERY_LENGTH = 200;

export interface LiaisonFilters {
  q: string;
  direction: LiaisonDirection | null;
  state: LiaisonState | null;
  purpose: LiaisonPurpose | null;
  /** A group's path (its subgroups included) or a body's slug, matching sender or recipients. */
  group: string | null;
  due: DueFilter | null;
}

export type LiaisonFilterField = keyof LiaisonFilters;

export interface LiaisonFilterError {
  field: LiaisonFilterField;
  message: string;
}

export interface ParsedLiaisonFilters {
  filters: LiaisonFilters;
  /** One entry per ignored parameter, in the order of the form's fields. */
  errors: LiaisonFilterError[];
}

export const EMPTY_LIAISON_FILTERS: LiaisonFilters = {
  q: '',
  direction: null,
  state: null,
  purpose: null,
  group: null,
  due: null,
};

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

const GROUP_PATH = /^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)*$/;

function valuesOf(params: Params, name: string): string[] {
  const raw = params instanceof URLSearchParams ? params.getAll(name) : [params[name] ?? []].flat();
  return [...new Set(raw.map((v) => v.trim()).filter((v) => v.length > 0))];
}

class FieldError extends AppError {
  declare readonly field: LiaisonFilterField;
  constructor(field: LiaisonFilterField, message: string) {
    super('INVALID_INPUT', detail(message), field);
  }
}

function single(params: Params, name: LiaisonFilterField): string | undefined {
  const all = valuesOf(params, name);
  if (all.length > 1) throw new FieldError(name, `${name} takes one value, got ${all.length}`);
  return all[0];
}

function code<T extends string>(params: Params, name: LiaisonFilterField, codes: readonly T[]): T | null {
  const raw = single(params, name);
  if (raw === undefined) return null;
  const found = fromSlug(codes, raw);
  if (!found) throw new FieldError(name, `${name} "${raw}" is not one of: ${codes.map(toSlug).join(', ')}`);
  return found;
}

function text(params: Params): string {
  const q = (single(params, 'q') ?? '').replace(/\s+/g, ' ').trim();
  if (q.length > MAX_LIAISON_QUERY_LENGTH)
    throw new FieldError('q', `q is longer than ${MAX_LIAISON_QUERY_LENGTH} characters`);
  if (/[\u0000-\u001f\u007f]/.test(q)) throw new FieldError('q', 'q contains a control character');
  return q;
}

function group(params: Params): string | null {
  const raw = single(params, 'group')
    ?.toLowerCase()
    .replace(/^\/+|\/+$/g, '');
  if (!raw) return null;
  if (!GROUP_PATH.test(raw))
    throw new FieldError('group', `group "${raw}" is not a valid group path (e.g. itu-t/sg13)`);
  return raw;
}

function attempt<T>(errors: LiaisonFilterError[], fallback: T, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof FieldError)) throw error;
    errors.push({ field: error.field, message: error.message });
    return fallback;
  }
}

/** Parses the filters; each invalid parameter is left at its default and reported. */
export function parseLiaisonFilters(params: Params): ParsedLiaisonFilters {
  const errors: LiaisonFilterError[] = [];
  const filters: LiaisonFilters = {
    q: attempt(errors, '', () => text(params)),
    direction: attempt(errors, null, () => code(params, 'direction', LIAISON_DIRECTIONS)),
    state: attempt(errors, null, () => code(params, 'state', LIAISON_STATES)),
    purpose: attempt(errors, null, () => code(params, 'purpose', LIAISON_PURPOSES)),
    group: attempt(errors, null, () => group(params)),
    due: attempt(errors, null, () => code(params, 'due', DUE_FILTERS)),
  };
  return { filters, errors };
}

/** Canonical query string: empty filters left out, codes as lowercase slugs. */
export function serializeLiaisonFilters(filters: Partial<LiaisonFilters>): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  for (const field of ['direction', 'state', 'purpose', 'due'] as const) {
    const value = filters[field];
    if (value) params.set(field, toSlug(value));
  }
  if (filters.group) params.set('group', filters.group);
  return params;
}

/** The link to a filtered liaison list. */
export function liaisonsHref(filters: Partial<LiaisonFilters>, hash?: string): string {
  const query = serializeLiaisonFilters(filters).toString();
  return `/liaisons${query ? `?${query}` : ''}${hash ? `#${hash}` : ''}`;
}

export function hasLiaisonFilters(filters: LiaisonFilters): boolean {
  return Object.entries(filters).some(([, value]) => value !== null && value !== '');
}

/** True when the query has parameters without a value, as a GET form's unselected fields send them. */
export function hasEmptyValues(params: Params): boolean {
  const entries = params instanceof URLSearchParams ? [...params.values()] : Object.values(params).flat();
  return entries.some((value) => value !== undefined && value.trim() === '');
}
