// One error type with a closed set of codes, for every layer: the domain throws it, commands throw it,
// the API answers it as JSON and the form kit shows it next to its field. Its text is a Message (a key
// of the catalogue and its parameters); the English words are derived in lib/domain/messages only.
// The HTTP status of each code is the server's business (lib/server/errors.ts).
import { formatMessage, msg, type Message } from './messages/message';

export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
  'UNPROCESSABLE',
  'UNAVAILABLE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** What the API may answer in `error.code`: an AppError's code, INTERNAL for anything unexpected, or a
 * server fault that names itself (a published edition failing its seal, a missing signing key). */
export const API_ERROR_CODES = [...ERROR_CODES, 'INTERNAL', 'EDITION_INTEGRITY', 'MISCONFIGURED'] as const;

export interface AppErrorJson {
  error: { code: ErrorCode; message: string; field?: string; fields?: Record<string, string> };
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly text: Message,
    readonly field?: string,
    /** Every bad field with its message, for forms that show them all at once. */
    readonly fieldErrors?: Record<string, Message>,
    /** More members of the JSON answer beside `error`, e.g. an import's full preview with a 422. */
    readonly body?: Record<string, unknown>,
  ) {
    super(formatMessage(text));
    this.name = 'AppError';
  }

  toJSON(): AppErrorJson & Record<string, unknown> {
    const fields = this.fieldErrors ?? {};
    return {
      ...this.body,
      error: {
        code: this.code,
        message: this.message,
        ...(this.field ? { field: this.field } : {}),
        ...(Object.keys(fields).length > 1
          ? { fields: Object.fromEntries(Object.entries(fields).map(([k, m]) => [k, formatMessage(m)])) }
          : {}),
      },
    };
  }
}

/** A text that was composed elsewhere (zod's messages, a parser's report), as a Message. */
export function detail(text: string): Message {
  return msg('errors.detail', { detail: text });
}
