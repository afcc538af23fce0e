import 'server-only';
import { AppError } from '@/lib/domain/errors';
import { fieldMessages } from '@/lib/server/form-errors';
import type { FormState } from '@/components/work-item-form/form-state';

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
  const fieldErrors = fieldMessages(error);
  const count = Object.keys(fieldErrors).length;
  return {
    ...extra,
    fieldErrors,
    message: count
      ? `Nothing was saved: ${count === 1 ? 'one field needs' : `${count} fields need`} attention.`
      : error.message,
  };
}
