// The liaison form's fields as the browser sends them, turned into the input of the shared schema
// (lib/domain/schemas/liaison.ts). The browser and the Server Action both use these functions, so
// the form is validated by the same rules on both sides.
import type { z } from 'zod';
import type { LiaisonDirection, LiaisonPurpose, LiaisonState } from './liaison-filters';
import type { LiaisonFields } from './schemas/liaison';

/** What the form's controls hold: text as typed, the recipients as the checked paths. */
export interface LiaisonFormValues {
  reference: string;
  title: string;
  direction: string;
  purpose: string;
  from: string;
  to: string[];
  date: string;
  deadline: string;
  state: string;
  inReplyTo: string;
  documentUrl: string;
  /** One identifier per line (commas and semicolons separate too). */
  workItems: string;
  comment: string;
}

export const LIAISON_FORM_FIELDS = [
  'reference',
  'title',
  'direction',
  'purpose',
  'from',
  'to',
  'date',
  'deadline',
  'state',
  'inReplyTo',
  'documentUrl',
  'workItems',
  'comment',
] as const satisfies readonly (keyof LiaisonFormValues)[];
export type LiaisonFormField = (typeof LIAISON_FORM_FIELDS)[number];

export const EMPTY_LIAISON_FORM: LiaisonFormValues = {
  reference: '',
  title: '',
  direction: 'INCOMING',
  purpose: 'FOR_ACTION',
  from: '',
  to: [],
  date: '',
  deadline: '',
  state: 'OPEN',
  inReplyTo: '',
  documentUrl: '',
  workItems: '',
  comment: '',
};

const text = (data: FormData, name: string) => {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
};

export function readLiaisonForm(data: FormData): LiaisonFormValues {
  return {
    reference: text(data, 'reference'),
    title: text(data, 'title'),
    direction: text(data, 'direction'),
    purpose: text(data, 'purpose'),
    from: text(data, 'from'),
    to: data.getAll('to').filter((v): v is string => typeof v === 'string' && v !== ''),
    date: text(data, 'date'),
    deadline: text(data, 'deadline'),
    state: text(data, 'state'),
    inReplyTo: text(data, 'inReplyTo'),
    documentUrl: text(data, 'documentUrl'),
    workItems: text(data, 'workItems'),
    comment: text(data, 'comment'),
  };
}

/** "Y.3101, TS 23.501\nRFC 9543" -> ["Y.3101", "TS 23.501", "RFC 9543"] (identifiers hold spaces, never commas). */
export function splitIdentifiers(list: string): string[] {
  return list
    .split(/[\n,;]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** The input of createLiaisonSchema. */
export function toCreateInput(values: LiaisonFormValues): Record<string, unknown> {
  const { workItems, comment, ...rest } = values;
  return { ...rest, workItems: splitIdentifiers(workItems), comment: comment.trim() || null };
}

/** The input of updateLiaisonSchema: every field (the reference is the address, not a field). */
export function toUpdateInput(values: LiaisonFormValues, version: number): Record<string, unknown> {
  const { reference: _reference, ...input } = toCreateInput(values);
  return { ...input, version };
}

/** The form's values for a stored liaison. */
export function liaisonFormValues(reference: string, fields: LiaisonFields): LiaisonFormValues {
  return {
    reference,
    title: fields.title,
    direction: fields.direction,
    purpose: fields.purpose,
    from: fields.from,
    to: [...fields.to],
    date: fields.date,
    deadline: fields.deadline ?? '',
    state: fields.state,
    inReplyTo: fields.inReplyTo ?? '',
    documentUrl: fields.documentUrl ?? '',
    workItems: fields.workItems.join('\n'),
    comment: '',
  };
}

const flip: Record<LiaisonDirection, LiaisonDirection> = { INCOMING: 'OUTGOING', OUTGOING: 'INCOMING' };

/**
 * A new form answering `original`: in reply to it, direction flipped, sender and recipients swapped
 * (the first recipient the person may edit answers, else the first recipient), same work items.
 * A reply owes nothing by default, so it starts closed; one that asks for more is set to open.
 */
export function replyDraft(
  original: { reference: string; fields: LiaisonFields },
  today: string,
  mayEdit: (path: string) => boolean = () => true,
): LiaisonFormValues {
  const o = original.fields;
  const from = o.to.find(mayEdit) ?? o.to[0] ?? '';
  const purpose: LiaisonPurpose = 'REPLY';
  const state: LiaisonState = 'CLOSED';
  return {
    ...EMPTY_LIAISON_FORM,
    title: `Reply to ${original.reference}: ${o.title}`.slice(0, 500),
    direction: flip[o.direction],
    purpose,
    from,
    to: [o.from],
    date: today,
    state,
    inReplyTo: original.reference,
    workItems: o.workItems.join('\n'),
  };
}

/** The form control a schema or command error path belongs to: "to.2" -> "to", "workItems.0" -> "workItems". */
export function formFieldOf(path: string): LiaisonFormField | 'form' {
  const top = path.split('.')[0] ?? '';
  return (LIAISON_FORM_FIELDS as readonly string[]).includes(top) ? (top as LiaisonFormField) : 'form';
}

/** One message per form control (the first), from errors keyed by dotted path. */
export function groupFieldErrors(errors: Record<string, string>): Partial<Record<string, string>> {
  const out: Partial<Record<string, string>> = {};
  for (const [path, message] of Object.entries(errors)) {
    const field = formFieldOf(path);
    out[field] ??= message;
  }
  return out;
}

/** A zod error's issues keyed by dotted path, with the item named for list entries. */
export function issuesByPath(error: z.ZodError, values?: LiaisonFormValues): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    const [field, index] = issue.path;
    let message = issue.message;
    if (field === 'workItems' && typeof index === 'number' && values) {
      const identifier = splitIdentifiers(values.workItems)[index];
      if (identifier) message = `“${identifier}” ${message}`;
    }
    out[path] ??= message;
  }
  return out;
}

// What a liaison form's Server Action answers when it does not redirect.

export interface ConflictField {
  field: string;
  label: string;
  /** The stored value now, as shown to people. */
  now: string;
  /** The value in the form. */
  yours: string;
}

export interface LiaisonFormState {
  /** A message above the form ("Check the fields marked below", a refusal, a conflict). */
  message: string | null;
  /** One message per form control. */
  fieldErrors: Partial<Record<string, string>>;
  /** The submitted values, so that a page rendered without JavaScript keeps them. */
  values: LiaisonFormValues | null;
  /** Set when the liaison changed since the form was loaded (409). */
  conflict: { currentVersion: number; fields: ConflictField[] } | null;
}

export const INITIAL_FORM_STATE: LiaisonFormState = {
  message: null,
  fieldErrors: {},
  values: null,
  conflict: null,
};

export const FIELD_LABELS: Record<string, string> = {
  reference: 'Reference',
  title: 'Title',
  direction: 'Direction',
  purpose: 'Purpose',
  from: 'From (sending group)',
  to: 'To (recipient groups)',
  date: 'Date (UTC)',
  deadline: 'Reply deadline (UTC)',
  state: 'State',
  inReplyTo: 'In reply to',
  documentUrl: 'Document URL',
  workItems: 'Work items',
  comment: 'Comment',
  version: 'Version',
  form: 'Form',
};
