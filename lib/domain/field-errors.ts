// The one place where a failed zod parse becomes messages by field: dotted paths as the form names
// its inputs ("editors.0.email"; "" for the value as a whole), the first message of each field.
import type { z } from 'zod';
import { detail } from './errors';
import { formatMessage, msg, type Message } from './messages/message';

export function zodFieldMessages(error: z.ZodError): Record<string, Message> {
  const out: Record<string, Message> = {};
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out[[...issue.path, key].join('.')] ??= msg('errors.unknownField');
      continue;
    }
    // zod's own texts are English from the schema; the languages issue gives zod its locale there.
    out[issue.path.map(String).join('.')] ??= detail(issue.message);
  }
  return out;
}

/** The words of each field's message, for a form to show. */
export function fieldTexts(messages: Record<string, Message>): Record<string, string> {
  return Object.fromEntries(Object.entries(messages).map(([field, m]) => [field, formatMessage(m)]));
}

/** What a schema says of an input, as the words of each field's message (the form's own check). */
export function schemaFieldErrors(schema: z.ZodType, input: unknown): Record<string, string> {
  const parsed = schema.safeParse(input);
  return parsed.success ? {} : fieldTexts(zodFieldMessages(parsed.error));
}
