import type { WorkItemFormValues } from '@/lib/domain/work-item-form';

/** What a Server Action answers a form with: nothing yet, or why it refused (and the input kept). */
export interface FormState {
  /** A message for the whole form (e.g. "changed meanwhile"). */
  message?: string;
  /** The write was refused because the item changed since the form was opened. */
  conflict?: boolean;
  /** Messages by field name ("title", "editors.1.email"). */
  fieldErrors: Record<string, string>;
  /** The submitted values, so the form shows the user's input again. */
  values?: WorkItemFormValues;
  /** Set after a successful write that does not leave the page (e.g. "Marked as verified"). */
  done?: string;
}

export const initialFormState: FormState = { fieldErrors: {} };
