import 'server-only';
import type { z } from 'zod';
import { AppError, detail } from '@/lib/domain/errors';
import { zodFieldMessages } from '@/lib/domain/field-errors';
import { msg } from '@/lib/domain/messages/message';

/** Parses input with a shared schema or throws INVALID_INPUT naming the first bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const errors = zodFieldMessages(parsed.error);
  const [field, problem] = Object.entries(errors)[0] ?? ['', detail('is invalid')];
  // A problem with the whole value (not an object, say) is reported against the request body.
  throw new AppError(
    'INVALID_INPUT',
    msg('errors.invalidField', { field: field || 'body', problem }),
    field || 'body',
    errors,
  );
}
