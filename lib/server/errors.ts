import 'server-only';

// One error type with a closed set of codes, mapped to HTTP statuses in one place.
export const ERROR_STATUS = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNPROCESSABLE: 422,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    /** Every bad field with its message, for forms that show them all at once. */
    readonly fieldErrors?: Record<string, string>,
    /** More members of the JSON answer beside `error`, e.g. an import's full preview with a 422. */
    readonly body?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  toJSON(): {
    error: { code: ErrorCode; message: string; field?: string; fields?: Record<string, string> };
  } {
    return {
      ...this.body,
      error: {
        code: this.code,
        message: this.message,
        ...(this.field ? { field: this.field } : {}),
        ...(this.fieldErrors && Object.keys(this.fieldErrors).length > 1 ? { fields: this.fieldErrors } : {}),
      },
    };
  }
}
