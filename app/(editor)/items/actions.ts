'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formValues, type ActionState } from '@/lib/domain/action-state';
import {
  changeStatusSchema,
  createWorkItemSchema,
  deleteWorkItemSchema,
  updateWorkItemSchema,
  verifyWorkItemSchema,
} from '@/lib/domain/schemas/work-item';
import {
  readWorkItemForm,
  simpleFormInput,
  toFormFieldErrors,
  workItemInput,
  type FormMode,
  type WorkItemFormValues,
} from '@/lib/domain/work-item-form';
import { changeStatus } from '@/lib/server/commands/change-status';
import { createWorkItem } from '@/lib/server/commands/create-work-item';
import { deleteWorkItem } from '@/lib/server/commands/delete-work-item';
import { updateWorkItem } from '@/lib/server/commands/update-work-item';
import { verifyWorkItem } from '@/lib/server/commands/verify-work-item';
import { formAction } from '@/lib/server/form-action';

// The work item forms' Server Actions: the wrapper reads and parses the form; the command
// validates again, authorizes and writes with its audit row; then redirect or say what went wrong.

const itemPath = (identifier: string) => `/items/${encodeURIComponent(identifier)}`;

function refresh(...identifiers: string[]) {
  revalidatePath('/');
  revalidatePath('/home');
  for (const identifier of identifiers) revalidatePath(itemPath(identifier));
}

/** The work item form as the schema's input, with its errors named as the form's rows. */
const readItem = (mode: FormMode) => (data: FormData) => {
  const values = readWorkItemForm(data.entries(), mode);
  const { input, rowIndex } = workItemInput(values, mode);
  return {
    input,
    values,
    mapErrors: (errors: Record<string, string>) => toFormFieldErrors(errors, rowIndex),
  };
};

/** A simple form (status, verify, delete): the named fields, typed values kept as they are. */
const readSimple = (names: readonly string[]) => (data: FormData) => ({
  input: simpleFormInput(data.entries(), names),
  values: formValues(data),
});

export const createItemAction = formAction({
  schema: createWorkItemSchema,
  read: readItem('create'),
  run: async ({ actor, input }) => {
    const { identifier } = await createWorkItem({ actor, input });
    refresh(identifier);
    redirect(itemPath(identifier));
  },
});

export async function updateItemAction(
  identifier: string,
  previous: ActionState<WorkItemFormValues>,
  data: FormData,
): Promise<ActionState<WorkItemFormValues>> {
  return formAction({
    schema: updateWorkItemSchema,
    read: readItem('update'),
    run: async ({ actor, input }) => {
      const result = await updateWorkItem({ actor, identifier, input });
      refresh(identifier, result.identifier);
      redirect(itemPath(result.identifier));
    },
  })(previous, data);
}

export async function changeStatusAction(
  identifier: string,
  previous: ActionState,
  data: FormData,
): Promise<ActionState> {
  return formAction({
    schema: changeStatusSchema,
    read: readSimple(['version', 'status', 'date', 'reference', 'note', 'comment']),
    run: async ({ actor, input }) => {
      await changeStatus({ actor, identifier, input });
      refresh(identifier);
      redirect(`${itemPath(identifier)}#history`);
    },
  })(previous, data);
}

export const verifyItemAction = formAction({
  schema: verifyWorkItemSchema,
  read: readSimple(['version']),
  run: async ({ actor, input, values }) => {
    const identifier = values.identifier ?? '';
    await verifyWorkItem({ actor, identifier, input });
    refresh(identifier);
    return { done: true, message: 'Marked as verified' };
  },
});

export async function deleteItemAction(
  identifier: string,
  previous: ActionState,
  data: FormData,
): Promise<ActionState> {
  return formAction({
    schema: deleteWorkItemSchema,
    read: readSimple(['version', 'confirm', 'comment']),
    run: async ({ actor, input }) => {
      await deleteWorkItem({ actor, identifier, input });
      refresh(identifier);
      redirect(`/home?deleted=${encodeURIComponent(identifier)}`);
    },
  })(previous, data);
}
