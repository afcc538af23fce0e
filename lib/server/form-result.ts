import 'server-only';
import { AppError } from '@/lib/domain/errors';
import { fieldTexts } from '@/lib/domain/field-errors';

/** What a Server Action hands back to its form: the message and each field's error. */
export interface FormResult {
  error?: string;
  fieldErrors?: Record<string, string>;
  done?: boolean;
  message?: string;
}

/** Turns an AppError into a form's message and field errors; anything else is logged and stays generic. */
export function formError(error: unknown): FormResult {
  if (error instanceof AppError)
    return {
      error: error.message,
      fieldErrors: error.fieldErrors
        ? fieldTexts(error.fieldErrors)
        : error.field
          ? { [error.field]: error.message }
          : undefined,
    };
  console.error('Unexpected error in a Server Action', error);
  return { error: 'Something went wrong. Please try again.' };
}

/** A text field of a submitted form ('' when missing or a file). */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}
