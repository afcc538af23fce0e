// What changed between two editions of the roadmap: the clause "Changes since the previous edition"
// and the page /editions/<year>/changes. Items are matched by their stable key, so a renamed item
// (working name to number) is one item renamed, not one removed and one added.
import type { Stage } from '../lifecycle';
import type { Snapshot, SnapshotItem } from './snapshot';

export interface ItemRef {
  key: number;
  identifier: string;
  title: string;
  body: string;
  group: string;
}

export interface EditionChanges {
  /** In this edition, not in the earlier one (new work, or newly in scope). */
  added: ItemRef[];
  /** In the earlier edition, not in this one (deleted, or out of scope). */
  removed: ItemRef[];
  renamed: (ItemRef & { from: string })[];
  /** Every status change (approvals and withdrawals are also listed on their own). */
  statusChanged: (ItemRef & {
    from: { status: string; statusName: string; stage: Stage };
    to: { status: string; statusName: string; stage: Stage };
  })[];
  /** Reached the approved stage since the earlier edition (or added already approved). */
  approved: (ItemRef & { approvedDate: string | null })[];
  /** Reached the withdrawn or superseded stage since the earlier edition. */
  withdrawn: (ItemRef & { stage: Stage })[];
  /** Target date changed (set, moved or cleared) on items not yet approved. */
  targetMoved: (ItemRef & { from: string | null; to: string | null })[];
}

const ref = (item: SnapshotItem): ItemRef => ({
  key: item.key,
  identifier: item.identifier,
  title: item.title,
  body: item.body,
  group: item.group,
});

const byIdentifier = (a: ItemRef, b: ItemRef) =>
  a.identifier.localeCompare(b.identifier, 'en', { numeric: true });
const ENDED: readonly Stage[] = ['WITHDRAWN', 'SUPERSEDED'];

export function compareEditions(
  earlier: Pick<Snapshot, 'items'> | null,
  later: Pick<Snapshot, 'items'>,
): EditionChanges {
  const before = new Map((earlier?.items ?? []).map((i) => [i.key, i]));
  const after = new Map(later.items.map((i) => [i.key, i]));
  const changes: EditionChanges = {
    added: [],
    removed: [],
    renamed: [],
    statusChanged: [],
    approved: [],
    withdrawn: [],
    targetMoved: [],
  };
  for (const item of later.items) {
    const old = before.get(item.key);
    if (!old) {
      changes.added.push(ref(item));
      if (earlier && item.stage === 'APPROVED')
        changes.approved.push({ ...ref(item), approvedDate: item.approvedDate });
      continue;
    }
    if (old.identifier !== item.identifier) changes.renamed.push({ ...ref(item), from: old.identifier });
    if (old.status !== item.status) {
      changes.statusChanged.push({
        ...ref(item),
        from: { status: old.status, statusName: old.statusName, stage: old.stage },
        to: { status: item.status, statusName: item.statusName, stage: item.stage },
      });
    }
    if (item.stage === 'APPROVED' && old.stage !== 'APPROVED')
      changes.approved.push({ ...ref(item), approvedDate: item.approvedDate });
    if (ENDED.includes(item.stage) && !ENDED.includes(old.stage))
      changes.withdrawn.push({ ...ref(item), stage: item.stage });
    if (old.targetDate !== item.targetDate && item.stage !== 'APPROVED' && !ENDED.includes(item.stage)) {
      changes.targetMoved.push({ ...ref(item), from: old.targetDate, to: item.targetDate });
    }
  }
  for (const old of before.values()) if (!after.has(old.key)) changes.removed.push(ref(old));
  for (const list of Object.values(changes) as ItemRef[][]) list.sort(byIdentifier);
  return changes;
}

export function countChanges(changes: EditionChanges): number {
  return (
    changes.added.length +
    changes.removed.length +
    changes.renamed.length +
    changes.statusChanged.length +
    changes.targetMoved.length
  );
}
