// What every form's Server Action answers when it does not redirect: one shape for every form
// (work item, status, verify, delete, liaison, account, API token, admin user, edition), built by
// the one wrapper in lib/server/form-action.ts and shown by the kit in components/ui/form/.

/** A field whose stored value differs from the form's, after a refused stale write (409). */
export interface ConflictField {
  field: string;
  label: string;
  /** The stored value now, as shown to people. */
  now: string;
  /** The value in the form. */
  yours: string;
}

export interface ActionConflict {
  /** The version stored now (0 when unknown). */
  currentVersion: number;
  /** What differs, when the form can say it; empty otherwise. */
  fields: ConflictField[];
}

/** A form's text fields as typed, by name ("email", "editors.1.email"). */
export type FormValues = Record<string, string>;

export interface ActionState<V = FormValues, D = undefined> {
  /** A message for the whole form: why nothing was saved, or what was done. */
  message?: string;
  /** Messages by field name ("title", "editors.1.email"), shown under their fields. */
  fieldErrors: Record<string, string>;
  /** The submitted values, so that the form shows the input again (also without JavaScript). */
  values?: V;
  /** Set when the record changed since the form was loaded. */
  conflict?: ActionConflict;
  /** Set after a write that stays on the page; `message` then says what was done. */
  done?: boolean;
  /** What the write made that the page shows (a new token, an invitation link). */
  data?: D;
}

export const initialActionState: ActionState<never, never> = { fieldErrors: {} };

/** The text fields of a posted form, without files and React's own `$ACTION_…` fields. */
export function formFields(data: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of data.entries())
    if (typeof value === 'string' && !name.startsWith('$ACTION')) out[name] = value;
  return out;
}

/** Passwords (and their repetition, "confirm") never go back to the browser. */
const SECRET = /password|^confirm$/i;

/** The text fields as formFields, without passwords; a repeated name (checkboxes) keeps its values, one a line. */
export function formValues(data: FormData): FormValues {
  const out: FormValues = {};
  for (const [name, value] of data.entries()) {
    if (typeof value !== 'string' || SECRET.test(name) || name.startsWith('$ACTION')) continue;
    out[name] = name in out ? `${out[name]}\n${value}` : value;
  }
  return out;
}

/** One message per form control, the first: "to.2" -> "to", when `fieldOf` maps a path to its control. */
export function byControl(
  errors: Record<string, string>,
  fieldOf: (path: string) => string,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) out[fieldOf(path)] ??= message;
  return out;
}
