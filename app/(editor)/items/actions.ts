'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { FormState } from '@/components/work-item-form/form-state';
import {
  readWorkItemForm,
  simpleFormInput,
  toFormFieldErrors,
  workItemInput,
} from '@/lib/domain/work-item-form';
import { changeStatus } from '@/lib/server/commands/change-status';
import { createWorkItem } from '@/lib/server/commands/create-work-item';
import { deleteWorkItem } from '@/lib/server/commands/delete-work-item';
import { updateWorkItem } from '@/lib/server/commands/update-work-item';
import { verifyWorkItem } from '@/lib/server/commands/verify-work-item';
import { getCurrentActor } from '@/lib/server/current-actor';
import { formFailure } from './action-errors';

// The work item forms' Server Actions: read the form, run the command (which validates with the
// shared schema, authorizes and writes with its audit row), then redirect or say what went wrong.

/** A posted text field ('' when absent or a file). */
const textOf = (data: FormData, name: string) => {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
};

const itemPath = (identifier: string) => `/items/${encodeURIComponent(identifier)}`;

function refresh(...identifiers: string[]) {
  revalidatePath('/');
  revalidatePath('/home');
  for (const identifier of identifiers) revalidatePath(itemPath(identifier));
}

export async function createItemAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = readWorkItemForm(formData.entries(), 'create');
  const { input, rowIndex } = workItemInput(values, 'create');
  let identifier: string;
  try {
    ({ identifier } = await createWorkItem({ actor: await getCurrentActor(), input }));
  } catch (error) {
    const failure = formFailure(error, { values });
    return { ...failure, fieldErrors: toFormFieldErrors(failure.fieldErrors, rowIndex) };
  }
  refresh(identifier);
  redirect(itemPath(identifier));
}

export async function updateItemAction(
  identifier: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const values = readWorkItemForm(formData.entries(), 'update');
  const { input, rowIndex } = workItemInput(values, 'update');
  let result: { identifier: string };
  try {
    result = await updateWorkItem({ actor: await getCurrentActor(), identifier, input });
  } catch (error) {
    const failure = formFailure(error, { values });
    return { ...failure, fieldErrors: toFormFieldErrors(failure.fieldErrors, rowIndex) };
  }
  refresh(identifier, result.identifier);
  redirect(itemPath(result.identifier));
}

const STATUS_FIELDS = ['version', 'status', 'date', 'reference', 'note', 'comment'] as const;

export async function changeStatusAction(
  identifier: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const input = simpleFormInput(formData.entries(), STATUS_FIELDS);
  try {
    await changeStatus({ actor: await getCurrentActor(), identifier, input });
  } catch (error) {
    const text = Object.fromEntries(STATUS_FIELDS.map((k) => [k, textOf(formData, k)]));
    return formFailure(error, { values: { text, topics: [], editors: [], relations: [] } });
  }
  refresh(identifier);
  redirect(`${itemPath(identifier)}#history`);
}

export async function verifyItemAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const identifier = textOf(formData, 'identifier');
  const input = simpleFormInput(formData.entries(), ['version']);
  try {
    await verifyWorkItem({ actor: await getCurrentActor(), identifier, input });
  } catch (error) {
    return formFailure(error);
  }
  refresh(identifier);
  return { fieldErrors: {}, done: 'Marked as verified' };
}

export async function deleteItemAction(
  identifier: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const input = simpleFormInput(formData.entries(), ['version', 'confirm', 'comment']);
  try {
    await deleteWorkItem({ actor: await getCurrentActor(), identifier, input });
  } catch (error) {
    return formFailure(error);
  }
  refresh(identifier);
  redirect(`/home?deleted=${encodeURIComponent(identifier)}`);
}
