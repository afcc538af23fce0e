import 'server-only';
import type { AppError, ErrorCode } from '@/lib/domain/errors';

// The HTTP status of each error code, in one place (the error itself lives in lib/domain/errors.ts).
export const ERROR_STATUS: Record<ErrorCode, number> = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNPROCESSABLE: 422,
  UNAVAILABLE: 503,
};

export function httpStatus(error: AppError): number {
  return ERROR_STATUS[error.code];
}
