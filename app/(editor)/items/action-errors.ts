import 'server-only';
import { AppError } from '@/lib/server/errors';
import type { FormState } from '@/components/work-item-form/form-state';

/** A field's message without its name in front ("targetDate must not be ..." -> "must not be ..."). */
function bare(message: string, field: string): string {
  for (const prefix of [`${field}: `, `${field} `])
    if (message.startsWith(prefix)) return message.slice(prefix.length);
  return message;
}

/** A refused write as the form shows it; anything else is logged and answered generically. */
export function formFailure(error: unknown, extra: Partial<FormState> = {}): FormState {
  if (!(error instanceof AppError)) {
    console.error('Server Action failed', error);
    return {
      ...extra,
      fieldErrors: {},
      message: 'Something went wrong on our side; nothing was saved. Try again.',
    };
  }
  if (error.code === 'UNAUTHENTICATED')
    return {
      ...extra,
      fieldErrors: {},
      message: 'Your session has ended: sign in again (in another tab), then save.',
    };
  if (error.code === 'CONFLICT' && error.field === 'version')
    return { ...extra, fieldErrors: {}, conflict: true, message: error.message };
  const fieldErrors: Record<string, string> = { ...error.fieldErrors };
  if (error.field && !fieldErrors[error.field]) fieldErrors[error.field] = bare(error.message, error.field);
  const count = Object.keys(fieldErrors).length;
  return {
    ...extra,
    fieldErrors,
    message: count
      ? `Nothing was saved: ${count === 1 ? 'one field needs' : `${count} fields need`} attention.`
      : error.message,
  };
}
