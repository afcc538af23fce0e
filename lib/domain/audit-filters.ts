// The admin audit log's filters, parsed from and written to URL query parameters. A bad value never
// fails the page: it is dropped and reported with the parameter's name and why.
import { z } from 'zod';
import { liaisonsHref } from './liaison-filters';
import { liaisonAnchor } from './liaisons';

export const AUDIT_CHANNELS = ['FORM', 'API', 'IMPORT', 'SCRIPT'] as const;
export type AuditChannel = (typeof AUDIT_CHANNELS)[number];

export const AUDIT_ENTITY_TYPES = [
  'work_item',
  'liaison',
  'user',
  'api_token',
  'group',
  'body',
  'topic',
  'edition',
] as const;
export type AuditEntityTypeFilter = (typeof AUDIT_ENTITY_TYPES)[number];

export const AUDIT_PAGE_SIZE = 50;
const MAX_PAGE = 10_000;

export interface AuditFilters {
  /** Part of the actor's name or e-mail address. */
  actor: string;
  /** An action ("liaison.update") or its prefix ending in a dot ("liaison."). */
  action: string;
  entity: AuditEntityTypeFilter | null;
  channel: AuditChannel | null;
  /** Part of the entity's label (an item's identifier, a liaison's reference). */
  label: string;
  /** Inclusive UTC calendar dates. */
  from: string | null;
  to: string | null;
  page: number;
}

export type AuditFilterField = keyof AuditFilters;
export interface AuditFilterError {
  field: AuditFilterField;
  message: string;
}

export const EMPTY_AUDIT_FILTERS: AuditFilters = {
  actor: '',
  action: '',
  entity: null,
  channel: null,
  label: '',
  from: null,
  to: null,
  page: 1,
};

const searchText = z
  .string()
  .transform((s) => s.replace(/\s+/g, ' ').trim())
  .pipe(
    z
      .string()
      .max(200, 'must be at most 200 characters')
      .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'must not contain control characters'),
  );

const utcDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD (UTC)')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'is not a real calendar date');

const FIELD_SCHEMAS = {
  actor: searchText,
  action: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z_]+(\.[a-z_]+)*\.?$/, 'must be an action such as liaison.update (or a prefix: liaison.)'),
  entity: z.enum(AUDIT_ENTITY_TYPES, { error: `must be one of ${AUDIT_ENTITY_TYPES.join(', ')}` }),
  channel: z
    .string()
    .trim()
    .toUpperCase()
    .pipe(z.enum(AUDIT_CHANNELS, { error: `must be one of ${AUDIT_CHANNELS.join(', ').toLowerCase()}` })),
  label: searchText,
  from: utcDate,
  to: utcDate,
  page: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(MAX_PAGE, `must be at most ${MAX_PAGE}`),
} satisfies Record<AuditFilterField, z.ZodType>;

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function valuesOf(params: Params, name: string): string[] {
  const raw = params instanceof URLSearchParams ? params.getAll(name) : [params[name] ?? []].flat();
  return raw.filter((v) => v.trim() !== '');
}

/** Parses the filters; each invalid parameter is left at its default and reported. */
export function parseAuditFilters(params: Params): { filters: AuditFilters; errors: AuditFilterError[] } {
  const filters: AuditFilters = { ...EMPTY_AUDIT_FILTERS };
  const errors: AuditFilterError[] = [];
  for (const field of Object.keys(FIELD_SCHEMAS) as AuditFilterField[]) {
    const values = valuesOf(params, field);
    if (values.length === 0) continue;
    if (values.length > 1) {
      errors.push({ field, message: `${field} takes one value, got ${values.length}` });
      continue;
    }
    const parsed = FIELD_SCHEMAS[field].safeParse(values[0]);
    if (!parsed.success) {
      errors.push({ field, message: `${field} “${values[0]}” ${parsed.error.issues[0]?.message}` });
      continue;
    }
    (filters as unknown as Record<string, unknown>)[field] = parsed.data;
  }
  if (filters.from && filters.to && filters.to < filters.from) {
    errors.push({ field: 'to', message: `to (${filters.to}) is before from (${filters.from})` });
    filters.to = null;
  }
  return { filters, errors };
}

/** Canonical query string: empty filters and page 1 left out. */
export function serializeAuditFilters(filters: Partial<AuditFilters>): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of ['actor', 'action', 'entity', 'channel', 'label', 'from', 'to'] as const) {
    const value = filters[field];
    if (value) params.set(field, field === 'channel' ? value.toLowerCase() : value);
  }
  if (filters.page && filters.page > 1) params.set('page', String(filters.page));
  return params;
}

export function auditHref(filters: Partial<AuditFilters>, base = '/admin/audit'): string {
  const query = serializeAuditFilters(filters).toString();
  return `${base}${query ? `?${query}` : ''}`;
}

export function hasAuditFilters(filters: AuditFilters): boolean {
  return serializeAuditFilters({ ...filters, page: 1 }).toString() !== '';
}

/** The instant range [from 00:00 UTC, day after `to` 00:00 UTC) of inclusive UTC dates. */
export function auditTimeRange(filters: Pick<AuditFilters, 'from' | 'to'>): { gte?: Date; lt?: Date } {
  const range: { gte?: Date; lt?: Date } = {};
  if (filters.from) range.gte = new Date(`${filters.from}T00:00:00Z`);
  if (filters.to) {
    const end = new Date(`${filters.to}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + 1);
    range.lt = end;
  }
  return range;
}

/** The page of an entity that still exists, by its current name (an item's identifier, a liaison's reference). */
export function auditEntityHref(entityType: string, currentLabel: string): string | null {
  if (entityType === 'work_item') return `/items/${encodeURIComponent(currentLabel)}`;
  if (entityType === 'liaison') return liaisonsHref({ q: currentLabel }, liaisonAnchor(currentLabel));
  return null;
}
