import 'server-only';
import { showValue } from '@/lib/domain/field-changes';
import {
  FIELD_LABELS,
  groupFieldErrors,
  splitIdentifiers,
  type ConflictField,
  type LiaisonFormState,
  type LiaisonFormValues,
} from '@/lib/domain/liaison-form';
import { AppError } from '@/lib/domain/errors';
import { fieldMessages } from './form-errors';
import { getEditableLiaison } from './queries/liaison-form-data';

// Turning a command's AppError into what the liaison form shows: messages next to the fields,
// and for a 409 the stored values that differ from the form's.

function formValueOf(values: LiaisonFormValues, field: string): unknown {
  if (field === 'workItems') return splitIdentifiers(values.workItems);
  const value = values[field as keyof LiaisonFormValues];
  return Array.isArray(value) ? [...value].sort() : value;
}

/** Fields whose stored value differs from the form's, for the person to compare. */
async function conflictFields(
  reference: string,
  values: LiaisonFormValues,
): Promise<{ currentVersion: number; fields: ConflictField[] }> {
  const current = await getEditableLiaison(reference);
  if (!current) return { currentVersion: 0, fields: [] };
  const fields: ConflictField[] = [];
  for (const [field, now] of Object.entries(current.fields)) {
    const stored = showValue(Array.isArray(now) ? [...now].sort() : now);
    const yours = showValue(formValueOf(values, field));
    if (stored !== yours) fields.push({ field, label: FIELD_LABELS[field] ?? field, now: stored, yours });
  }
  return { currentVersion: current.version, fields };
}

export async function formStateFromError(
  error: unknown,
  values: LiaisonFormValues,
  reference?: string,
): Promise<LiaisonFormState> {
  if (!(error instanceof AppError)) {
    console.error('Saving a liaison failed', error);
    return {
      message: 'Something went wrong on our side; nothing was saved. Try again in a moment.',
      fieldErrors: {},
      values,
      conflict: null,
    };
  }
  if (error.code === 'CONFLICT' && error.field === 'version' && reference) {
    return {
      message: error.message,
      fieldErrors: {},
      values,
      conflict: await conflictFields(reference, values),
    };
  }
  const fieldErrors = groupFieldErrors(fieldMessages(error));
  delete fieldErrors.form;
  const shown = Object.keys(fieldErrors).length > 0;
  return {
    message: shown ? 'Not saved: check the fields marked below.' : error.message,
    fieldErrors,
    values,
    conflict: null,
  };
}
