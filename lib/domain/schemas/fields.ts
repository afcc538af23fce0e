// Field rules shared by every write schema (forms, API, import): text without control characters,
// real calendar dates, http(s) URLs. Messages are written for people; the path names the field.
import { z } from 'zod';

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const CONTROL_OR_NEWLINE = /[\u0000-\u001f\u007f]/;

/** One line of text, trimmed; control characters (and line breaks) refused. */
export function line(options: { max: number; min?: number; label?: string }) {
  const min = options.min ?? 1;
  return z
    .string({ error: 'must be text' })
    .trim()
    .min(min, min === 1 ? 'is required' : `must be at least ${min} characters`)
    .max(options.max, `must be at most ${options.max} characters`)
    .refine((s) => !CONTROL_OR_NEWLINE.test(s), 'must not contain control characters or line breaks');
}

/** Free text that may span lines (tabs and line breaks allowed, other control characters refused). */
export function paragraph(max: number) {
  return z
    .string({ error: 'must be text' })
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !CONTROL.test(s), 'must not contain control characters')
    .transform((s) => s.replace(/\r\n?/g, '\n').trim());
}

/** An optional one-line value: empty text and null both mean "none". */
export function optionalLine(max: number) {
  return z
    .union([line({ max, min: 0 }), z.null()], { error: 'must be text or null' })
    .transform((s) => (s ? s : null));
}

/** A calendar date "YYYY-MM-DD" that exists (2026-02-30 does not); null or "" means none. */
export const isoDate = z
  .string({ error: 'must be a date YYYY-MM-DD' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'is not a real calendar date')
  .refine((s) => s >= '1900-01-01' && s <= '2199-12-31', 'must be between 1900 and 2199');

export const optionalDate = z
  .union([z.literal(''), isoDate, z.null()], { error: 'must be a date YYYY-MM-DD or null' })
  .transform((s) => (s ? s : null));

/** An absolute http(s) URL; null or "" means none. */
export const optionalUrl = z
  .union([z.literal(''), z.null(), line({ max: 2000 })], { error: 'must be a URL or null' })
  .refine((s) => {
    if (!s) return true;
    try {
      const u = new URL(s);
      return u.protocol === 'https:' || u.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'must be an http(s) URL')
  .transform((s) => (s ? s : null));

/** The version a write is based on (optimistic concurrency). */
export const baseVersion = z
  .number({ error: 'is required: the version the change is based on' })
  .int('must be a whole number')
  .min(1, 'must be at least 1');

/** An optional comment saying why; stored in the audit trail. */
export const auditComment = optionalLine(500).optional();

/** A group's path, e.g. "itu-t/sg13/wp1/q6-13". */
export const groupPath = line({ max: 200 }).refine(
  (s) => /^[a-z0-9-]+(\/[a-z0-9-]+)+$/.test(s),
  'must be a group path such as itu-t/sg13/q6-13',
);
