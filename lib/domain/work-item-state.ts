// A work item as its editable fields: what the forms, the API, the import and the audit trail compare.
import type { CreateWorkItemInput } from './schemas/work-item';

export type WorkItemState = Omit<CreateWorkItemInput, 'comment'>;
export type WorkItemField = keyof WorkItemState;

/** Field order in previews and histories (the form's order). */
export const WORK_ITEM_FIELDS: readonly WorkItemField[] = [
  'workingName',
  'number',
  'title',
  'kind',
  'generation',
  'group',
  'topics',
  'process',
  'status',
  'startDate',
  'targetDate',
  'approvedDate',
  'summary',
  'baseTextUrl',
  'publicationUrl',
  'documentVersion',
  'editors',
  'relations',
];

export const WORK_ITEM_FIELD_LABELS: Record<WorkItemField, string> = {
  workingName: 'Working name',
  number: 'Number',
  title: 'Title',
  kind: 'Kind',
  generation: 'Generation',
  group: 'Group',
  topics: 'Topics',
  process: 'Approval process',
  status: 'Status',
  startDate: 'Start',
  targetDate: 'Target',
  approvedDate: 'Approved / published',
  summary: 'Summary',
  baseTextUrl: 'Base text URL',
  publicationUrl: 'Publication URL',
  documentVersion: 'Document version',
  editors: 'Editors',
  relations: 'Related items',
};

/** The same state always has the same form: topics and relations sorted, so comparisons are fair. */
export function normaliseState<S extends Partial<WorkItemState>>(state: S): S {
  const out = { ...state };
  if (out.topics) out.topics = [...new Set(out.topics)].sort();
  if (out.relations) {
    out.relations = [...out.relations].sort((a, b) =>
      `${a.type} ${a.identifier}`.localeCompare(`${b.type} ${b.identifier}`),
    );
  }
  return out;
}

/** The identifier an item has: its final number once known, else its working name. */
export function currentIdentifier(state: Pick<WorkItemState, 'number' | 'workingName'>): string | null {
  return state.number ?? state.workingName;
}
