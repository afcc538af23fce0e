import 'server-only';
import type { AppError } from '@/lib/domain/errors';
import { fieldTexts } from '@/lib/domain/field-errors';

// What the editing forms' Server Actions make of a refused write (an AppError from a command):
// messages by field path, shown next to the fields, which already name them.

/** A message without the field's name in front ("inReplyTo: no …", "targetDate must …" -> "no …", "must …"). */
export function withoutFieldName(message: string, field: string): string {
  for (const prefix of [`${field}: `, `${field} `])
    if (message.startsWith(prefix)) return message.slice(prefix.length);
  return message;
}

/** Every bad field of a refused write with its message: all of a failed parse's, or the one named. */
export function fieldMessages(error: AppError): Record<string, string> {
  if (error.fieldErrors) return fieldTexts(error.fieldErrors);
  return error.field ? { [error.field]: withoutFieldName(error.message, error.field) } : {};
}
