import 'server-only';
import type { z } from 'zod';
import { AppError } from './errors';

/** The field errors of a failed parse, keyed by dotted path ("editors.0.email"; "" for the whole). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out[[...issue.path, key].join('.')] ??= 'is not a known field';
      continue;
    }
    out[issue.path.join('.')] ??= issue.message;
  }
  return out;
}

/** Parses input with a shared schema or throws INVALID_INPUT naming the first bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const errors = fieldErrors(parsed.error);
  const [field, message] = Object.entries(errors)[0] ?? ['', 'is invalid'];
  // A problem with the whole value (not an object, say) is reported against the request body.
  throw new AppError('INVALID_INPUT', `${field || 'body'} ${message}`, field || 'body', errors);
}
