// The work item form as the browser posts it, and its turning into the input of the shared zod
// schemas (createWorkItemSchema, updateWorkItemSchema). The browser (before submitting) and the
// Server Action (after) run the same functions, so both validate exactly the same object.
//
// Field names: plain ones ("title"), "topics" repeated (one per checked box), and rows as
// "editors.<row>.<field>" / "relations.<row>.<field>". A row left blank is dropped.
import type { z } from 'zod';

export interface EditorRow {
  name: string;
  affiliation: string;
  email: string;
  role: string;
}
export interface RelationRow {
  type: string;
  identifier: string;
  note: string;
}

/** What the form holds, as text: what it is filled with again after a refused save. */
export interface WorkItemFormValues {
  text: Record<string, string>;
  topics: string[];
  editors: EditorRow[];
  relations: RelationRow[];
}

export type FormMode = 'create' | 'update';

const SHARED_TEXT = [
  'workingName',
  'number',
  'title',
  'kind',
  'generation',
  'group',
  'startDate',
  'targetDate',
  'approvedDate',
  'summary',
  'baseTextUrl',
  'publicationUrl',
  'documentVersion',
  'comment',
] as const;
const TEXT_FIELDS: Record<FormMode, readonly string[]> = {
  create: [...SHARED_TEXT, 'process', 'status'],
  update: [...SHARED_TEXT, 'version'],
};

/** Rows beyond this index are ignored (the schema allows at most 100 relations). */
const MAX_ROWS = 200;
const ROW_KEY = /^(editors|relations)\.(\d{1,3})\.(\w+)$/;
const EDITOR_FIELDS = ['name', 'affiliation', 'email', 'role'] as const;
const RELATION_FIELDS = ['type', 'identifier', 'note'] as const;

export const emptyEditor = (): EditorRow => ({ name: '', affiliation: '', email: '', role: 'EDITOR' });
export const emptyRelation = (): RelationRow => ({ type: 'REFERENCES', identifier: '', note: '' });

/** Reads posted entries (FormData, URLSearchParams); unknown names (e.g. Next's own) are ignored. */
export function readWorkItemForm(entries: Iterable<[string, unknown]>, mode: FormMode): WorkItemFormValues {
  const values: WorkItemFormValues = { text: {}, topics: [], editors: [], relations: [] };
  const allowed = new Set(TEXT_FIELDS[mode]);
  for (const [key, raw] of entries) {
    if (typeof raw !== 'string') continue;
    const row = ROW_KEY.exec(key);
    if (row) {
      const [, list, index, field] = row as unknown as [string, 'editors' | 'relations', string, string];
      const i = Number(index);
      if (i >= MAX_ROWS) continue;
      if (list === 'editors' && (EDITOR_FIELDS as readonly string[]).includes(field)) {
        while (values.editors.length <= i) values.editors.push({ ...emptyEditor(), role: '' });
        values.editors[i]![field as keyof EditorRow] = raw;
      } else if (list === 'relations' && (RELATION_FIELDS as readonly string[]).includes(field)) {
        while (values.relations.length <= i) values.relations.push({ ...emptyRelation(), type: '' });
        values.relations[i]![field as keyof RelationRow] = raw;
      }
    } else if (key === 'topics') values.topics.push(raw);
    else if (allowed.has(key)) values.text[key] = raw;
  }
  return values;
}

const blank = (...texts: string[]) => texts.every((t) => t.trim() === '');

/** Which posted row each entry of the input's lists came from (blank rows are dropped). */
export interface RowIndex {
  editors: number[];
  relations: number[];
}

/** The object the shared schema validates, and where each list entry sits in the form. */
export function workItemInput(
  values: WorkItemFormValues,
  mode: FormMode,
): { input: Record<string, unknown>; rowIndex: RowIndex } {
  const input: Record<string, unknown> = {};
  for (const key of TEXT_FIELDS[mode]) {
    const value = values.text[key];
    if (key === 'version') input.version = value === undefined || value === '' ? undefined : Number(value);
    else if (key === 'comment') input.comment = value?.trim() ? value : undefined;
    else input[key] = value ?? '';
  }
  const rowIndex: RowIndex = { editors: [], relations: [] };
  const editors: EditorRow[] = [];
  values.editors.forEach((e, i) => {
    if (blank(e.name, e.affiliation, e.email)) return;
    editors.push({ ...e, role: e.role || 'EDITOR' });
    rowIndex.editors.push(i);
  });
  const relations: RelationRow[] = [];
  values.relations.forEach((r, i) => {
    if (blank(r.identifier, r.note)) return;
    relations.push(r);
    rowIndex.relations.push(i);
  });
  Object.assign(input, { topics: values.topics, editors, relations });
  return { input, rowIndex };
}

/** Field errors keyed by the form's names: "editors.1.email" is the second posted row, blank ones counted. */
export function toFormFieldErrors(
  errors: Record<string, string>,
  rowIndex: RowIndex,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(errors)) {
    const match = /^(editors|relations)\.(\d+)(\..*)?$/.exec(key);
    if (!match) {
      out[key] = message;
      continue;
    }
    const [, list, index, rest] = match as unknown as [string, keyof RowIndex, string, string | undefined];
    const row = rowIndex[list][Number(index)];
    out[row === undefined ? list : `${list}.${row}${rest ?? ''}`] = message;
  }
  return out;
}

/** A zod error as messages by dotted path ("editors.0.email"), the first message per field. */
export function zodFieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out[[...issue.path, key].join('.')] ??= 'is not a known field';
      continue;
    }
    out[issue.path.map(String).join('.')] ??= issue.message;
  }
  return out;
}

/** A simple form (status, verify, delete) as an object; "version" as a number. */
export function simpleFormInput(entries: Iterable<[string, unknown]>, names: readonly string[]) {
  const input: Record<string, unknown> = {};
  for (const [key, raw] of entries) {
    if (typeof raw !== 'string' || !names.includes(key)) continue;
    if (key === 'version') input.version = raw === '' ? undefined : Number(raw);
    else if (key === 'comment') input.comment = raw.trim() ? raw : undefined;
    else input[key] = raw;
  }
  return input;
}

/** The form filled with an item's current fields (editing) or a new item's defaults. */
export function formValuesFromState(
  state: {
    workingName: string | null;
    number: string | null;
    title: string;
    kind: string;
    generation: string;
    group: string;
    startDate: string | null;
    targetDate: string | null;
    approvedDate: string | null;
    summary: string;
    baseTextUrl: string | null;
    publicationUrl: string | null;
    documentVersion: string | null;
    topics: readonly string[];
    editors: readonly { name: string; affiliation: string | null; email: string | null; role: string }[];
    relations: readonly { type: string; identifier: string; note: string | null }[];
  },
  version?: number,
): WorkItemFormValues {
  const text: Record<string, string> = {};
  for (const key of SHARED_TEXT) {
    if (key === 'comment') continue;
    text[key] = state[key] ?? '';
  }
  if (version !== undefined) text.version = String(version);
  return {
    text,
    topics: [...state.topics],
    editors: state.editors.map((e) => ({
      name: e.name,
      affiliation: e.affiliation ?? '',
      email: e.email ?? '',
      role: e.role,
    })),
    relations: state.relations.map((r) => ({ type: r.type, identifier: r.identifier, note: r.note ?? '' })),
  };
}
