// The database rows a work item of the demo data becomes: the item itself (its status is the last
// step of its history, its approval date the first step into the approved stage), its status
// changes and its editors.
import { stageOf } from '../../lib/domain/lifecycle.ts';
import { parseRecordDate, precisionNote, recordDate } from './record-date.ts';
import type { WorkItemSeed } from './types.ts';
import { identifierOf } from './validate.ts';
import type { ReferenceIds } from './write-reference.ts';

const RECORDED_BY = 'Demo data';

export function itemRow(item: WorkItemSeed, ids: ReferenceIds) {
  const groupId = ids.groups.get(item.group);
  if (groupId === undefined) throw new Error(`work item ${identifierOf(item)}: unknown group ${item.group}`);
  const last = item.history.at(-1);
  if (!last) throw new Error(`work item ${identifierOf(item)}: no status history`);
  const approval = item.history.find((step) => stageOf(item.process, step.to) === 'APPROVED');
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
    approvedDate: approval ? recordDate(approval.date) : null,
    summary: item.summary,
    baseTextUrl: item.baseTextUrl ?? null,
    publicationUrl: item.publicationUrl ?? null,
    documentVersion: item.documentVersion ?? null,
    synthetic: false,
  };
}

export function historyRows(item: WorkItemSeed) {
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
      recordedBy: RECORDED_BY,
    };
  });
}

export type HistoryRow = ReturnType<typeof historyRows>[number];
export type EditorRow = ReturnType<typeof editorRows>[number];

export function editorRows(item: WorkItemSeed) {
  return (item.editors ?? []).map((e, index) => ({
    position: index + 1,
    role: e.role,
    name: e.name,
    affiliation: e.affiliation ?? null,
    email: e.email ?? null,
  }));
}

export type ItemRow = ReturnType<typeof itemRow>;
