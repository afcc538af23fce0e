// The database rows a work item becomes: the item itself (its status is the last step of its
// history, its approval date the first step into the approved stage unless given), its status
// changes and its editors. Shared by the demo data (write-work-items.ts), the synthetic items
// (synthetic.ts, in bulk) and the tests' factories (lib/tooling/factories.ts).
import { stageOf } from '../../lib/domain/lifecycle.ts';
import { parseRecordDate, precisionNote, recordDate } from './record-date.ts';
import type { RecordDate, WorkItemSeed } from './types.ts';

/** What an item row is made of: a WorkItemSeed without its links to groups, topics and editors. */
export interface WorkItemFacts extends Pick<
  WorkItemSeed,
  'title' | 'kind' | 'generation' | 'process' | 'history' | 'summary' | 'startDate' | 'targetDate'
> {
  number?: string | null;
  workingName?: string | null;
  /** Absent: the day of the first step into the approved stage; null: none. */
  approvedDate?: RecordDate | null;
  baseTextUrl?: string | null;
  publicationUrl?: string | null;
  documentVersion?: string | null;
  synthetic?: boolean;
}

export const identifierOf = (item: Pick<WorkItemFacts, 'number' | 'workingName'>): string =>
  item.number ?? item.workingName ?? '';

function approvalOf(item: WorkItemFacts): RecordDate | undefined {
  if (item.approvedDate !== undefined) return item.approvedDate ?? undefined;
  return item.history.find((step) => stageOf(item.process, step.to) === 'APPROVED')?.date;
}

export function itemRow(item: WorkItemFacts, groupId: number) {
  const last = item.history.at(-1);
  if (!last) throw new Error(`work item ${identifierOf(item)}: no status history`);
  const approval = approvalOf(item);
  return {
    identifier: identifierOf(item),
    workingName: item.workingName ?? null,
    number: item.number ?? null,
    title: item.title,
    kind: item.kind,
    generation: item.generation,
    groupId,
    process: item.process,
    statusCode: last.to,
    startDate: item.startDate ? recordDate(item.startDate) : null,
    targetDate: item.targetDate ? recordDate(item.targetDate) : null,
    approvedDate: approval ? recordDate(approval) : null,
    summary: item.summary,
    baseTextUrl: item.baseTextUrl ?? null,
    publicationUrl: item.publicationUrl ?? null,
    documentVersion: item.documentVersion ?? null,
    synthetic: item.synthetic ?? false,
  };
}

export function historyRows(item: Pick<WorkItemFacts, 'process' | 'history'>, recordedBy: string) {
  return item.history.map((step, index) => {
    const { date, precision } = parseRecordDate(step.date);
    const note = [step.note, precisionNote(precision)].filter(Boolean).join(' ');
    return {
      process: item.process,
      fromCode: item.history[index - 1]?.to ?? null,
      toCode: step.to,
      date,
      reference: step.reference ?? null,
      note: note || null,
      recordedBy,
    };
  });
}

export function editorRows(item: Pick<WorkItemSeed, 'editors'>) {
  return (item.editors ?? []).map((e, index) => ({
    position: index + 1,
    role: e.role,
    name: e.name,
    affiliation: e.affiliation ?? null,
    email: e.email ?? null,
  }));
}

export type ItemRow = ReturnType<typeof itemRow>;
export type HistoryRow = ReturnType<typeof historyRows>[number];
export type EditorRow = ReturnType<typeof editorRows>[number];
