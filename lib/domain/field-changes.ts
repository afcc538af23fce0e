// Before and after of each changed field: the audit trail, the import preview and conflict messages
// all describe a change this way.

export interface FieldChange {
  before: unknown;
  after: unknown;
}
export type FieldChanges = Record<string, FieldChange>;

/** Stable JSON (object keys sorted), so that equal values always compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}

/**
 * The fields of `after` whose value differs from `before` (a field missing from `before` counts as null).
 * Fields absent from `after` are not compared: a partial update only changes what it names.
 */
export function diffFields(
  before: Readonly<Record<string, unknown>> | null,
  after: Readonly<Record<string, unknown>>,
): FieldChanges {
  const changes: FieldChanges = {};
  for (const [field, value] of Object.entries(after)) {
    if (value === undefined) continue;
    const old = before?.[field] ?? null;
    if (canonical(old) !== canonical(value)) changes[field] = { before: old, after: value };
  }
  return changes;
}

/** A short readable form of a field value: "Y.3101", "2026-07-01", "a; b", "(none)". */
export function showValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(none)';
  if (Array.isArray(value)) return value.length ? value.map(showValue).join('; ') : '(none)';
  if (typeof value === 'object')
    return Object.values(value)
      .filter((v) => v != null && v !== '')
      .map(showValue)
      .join(' ');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A list compared as a set: duplicates removed, sorted. */
export function normaliseList(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}
