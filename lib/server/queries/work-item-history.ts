import 'server-only';
import { showValue, type FieldChanges } from '@/lib/domain/field-changes';
import { WORK_ITEM_FIELD_LABELS, WORK_ITEM_FIELDS, type WorkItemField } from '@/lib/domain/work-item-state';
import { db } from '../db';

// An item's change history from the audit trail, newest first, shaped for the item page.

export interface HistoryChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

export interface HistoryEntry {
  id: string;
  /** Instant of the change (ISO, UTC). */
  at: string;
  actorName: string;
  channel: string;
  action: string;
  actionLabel: string;
  version: number | null;
  changes: HistoryChange[];
  comment: string | null;
}

export interface WorkItemHistory {
  lastVerifiedAt: string | null;
  lastVerifiedBy: string | null;
  entries: HistoryEntry[];
  /** More entries exist than were loaded. */
  truncated: boolean;
}

const ACTION_LABELS: Record<string, string> = {
  'work_item.create': 'Created',
  'work_item.update': 'Edited',
  'work_item.status': 'Status changed',
  'work_item.verify': 'Marked as verified',
  'work_item.import': 'Imported',
};

const EXTRA_LABELS: Record<string, string> = { lastVerifiedAt: 'Last verified' };

function label(field: string): string {
  return (WORK_ITEM_FIELD_LABELS as Record<string, string>)[field] ?? EXTRA_LABELS[field] ?? field;
}

/** Changed fields in the form's order, each value as short readable text. */
export function describeChanges(changes: FieldChanges): HistoryChange[] {
  const order = (field: string) => {
    const i = WORK_ITEM_FIELDS.indexOf(field as WorkItemField);
    return i === -1 ? WORK_ITEM_FIELDS.length : i;
  };
  return Object.entries(changes)
    .sort(([a], [b]) => order(a) - order(b))
    .map(([field, c]) => ({
      field,
      label: label(field),
      before: showValue(c.before),
      after: showValue(c.after),
    }));
}

const LIMIT = 100;

/** The history of the item with the current identifier `identifier` (empty when there is none). */
export async function getWorkItemHistory(identifier: string): Promise<WorkItemHistory> {
  const item = await db().workItem.findUnique({
    where: { identifier },
    select: { id: true, lastVerifiedAt: true, lastVerifiedBy: { select: { name: true } } },
  });
  if (!item) return { lastVerifiedAt: null, lastVerifiedBy: null, entries: [], truncated: false };
  const events = await db().auditEvent.findMany({
    where: { entityType: 'work_item', entityId: String(item.id) },
    orderBy: { id: 'desc' },
    take: LIMIT + 1,
    select: {
      id: true,
      at: true,
      actorName: true,
      channel: true,
      action: true,
      version: true,
      changes: true,
      comment: true,
    },
  });
  return {
    lastVerifiedAt: item.lastVerifiedAt?.toISOString() ?? null,
    lastVerifiedBy: item.lastVerifiedBy?.name ?? null,
    truncated: events.length > LIMIT,
    entries: events.slice(0, LIMIT).map((e) => ({
      id: e.id.toString(),
      at: e.at.toISOString(),
      actorName: e.actorName,
      channel: e.channel,
      action: e.action,
      actionLabel: ACTION_LABELS[e.action] ?? e.action,
      version: e.version,
      // The audit trail stores { field: { before, after } } (lib/server/audit.ts).
      changes: describeChanges((e.changes ?? {}) as unknown as FieldChanges),
      comment: e.comment,
    })),
  };
}
