// The changes between two editions as one flat list of rows: the "Changes" sheet of the XLSX and
// the page /editions/<year>/changes. Same kinds and order as clause 8 of the supplement.
import { STAGE_LABELS } from '../lifecycle';
import type { EditionChanges, ItemRef } from './changes';

export const CHANGE_KINDS = [
  'added',
  'approved',
  'statusChanged',
  'withdrawn',
  'targetMoved',
  'renamed',
  'removed',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = {
  added: 'New',
  approved: 'Approved',
  statusChanged: 'Status changed',
  withdrawn: 'Withdrawn',
  targetMoved: 'Target moved',
  renamed: 'New identifier',
  removed: 'Removed',
};

/** The headings of the groups of changes (page sections). */
export const CHANGE_KIND_TITLES: Record<ChangeKind, string> = {
  added: 'New work items',
  approved: 'Approvals',
  statusChanged: 'Status changes',
  withdrawn: 'Withdrawals',
  targetMoved: 'Moved target dates',
  renamed: 'New identifiers',
  removed: 'Removed work items',
};

export interface ChangeRow {
  kind: ChangeKind;
  key: number;
  identifier: string;
  title: string;
  /** Body slug */
  body: string;
  /** Before and after ('' when the kind has no such value): statuses, dates, identifiers. */
  from: string;
  to: string;
}

export function changeRows(changes: EditionChanges): ChangeRow[] {
  const row = (kind: ChangeKind, item: ItemRef, from = '', to = ''): ChangeRow => ({
    kind,
    key: item.key,
    identifier: item.identifier,
    title: item.title,
    body: item.body,
    from,
    to,
  });
  return [
    ...changes.added.map((i) => row('added', i)),
    ...changes.approved.map((i) => row('approved', i, '', i.approvedDate ?? '')),
    ...changes.statusChanged.map((i) => row('statusChanged', i, i.from.statusName, i.to.statusName)),
    ...changes.withdrawn.map((i) => row('withdrawn', i, '', STAGE_LABELS[i.stage])),
    ...changes.targetMoved.map((i) => row('targetMoved', i, i.from ?? '', i.to ?? '')),
    ...changes.renamed.map((i) => row('renamed', i, i.from, i.identifier)),
    ...changes.removed.map((i) => row('removed', i)),
  ];
}
