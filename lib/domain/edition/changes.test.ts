import { describe, expect, it } from 'vitest';
import { compareEditions, countChanges } from './changes';
import type { SnapshotItem } from './snapshot';

let nextKey = 1;
function item(overrides: Partial<SnapshotItem> = {}): SnapshotItem {
  const key = overrides.key ?? nextKey++;
  return {
    key,
    identifier: `Y.${3000 + key}`,
    previousIdentifiers: [],
    workingName: null,
    number: `Y.${3000 + key}`,
    title: `Item ${key}`,
    kind: 'ITU_RECOMMENDATION',
    generation: 'IMT2030',
    body: 'itu-t',
    group: 'itu-t/sg13',
    topics: [],
    process: 'AAP',
    status: 'UNDER_STUDY',
    statusName: 'Under study',
    stage: 'DRAFTING',
    startDate: '2025-01-01',
    targetDate: '2026-07-01',
    approvedDate: null,
    documentVersion: null,
    summary: '',
    baseTextUrl: null,
    publicationUrl: null,
    editors: [],
    history: [],
    relations: [],
    ...overrides,
  };
}

describe('compareEditions', () => {
  const unchanged = item();
  const approving = item();
  const withdrawing = item();
  const renaming = item({ identifier: 'Y.IMT2030-arch', workingName: 'Y.IMT2030-arch', number: null });
  const moving = item();
  const leaving = item();
  const earlier = { items: [unchanged, approving, withdrawing, renaming, moving, leaving] };
  const added = item({ identifier: 'Y.3999' });
  const later = {
    items: [
      unchanged,
      {
        ...approving,
        status: 'APPROVED',
        statusName: 'Approved',
        stage: 'APPROVED' as const,
        approvedDate: '2026-03-01',
      },
      { ...withdrawing, status: 'DISCONTINUED', statusName: 'Discontinued', stage: 'WITHDRAWN' as const },
      { ...renaming, identifier: 'Y.3200', number: 'Y.3200', previousIdentifiers: ['Y.IMT2030-arch'] },
      { ...moving, targetDate: '2027-03-01' },
      added,
    ],
  };
  const changes = compareEditions(earlier, later);

  it('finds new, removed, renamed, approved, withdrawn and moved items exactly', () => {
    expect(changes.added.map((i) => i.identifier)).toEqual(['Y.3999']);
    expect(changes.removed.map((i) => i.key)).toEqual([leaving.key]);
    expect(changes.renamed).toEqual([
      expect.objectContaining({ identifier: 'Y.3200', from: 'Y.IMT2030-arch' }),
    ]);
    expect(changes.approved).toEqual([
      expect.objectContaining({ key: approving.key, approvedDate: '2026-03-01' }),
    ]);
    expect(changes.withdrawn).toEqual([
      expect.objectContaining({ key: withdrawing.key, stage: 'WITHDRAWN' }),
    ]);
    expect(changes.statusChanged.map((c) => [c.key, c.from.status, c.to.status])).toEqual(
      [
        [approving.key, 'UNDER_STUDY', 'APPROVED'],
        [withdrawing.key, 'UNDER_STUDY', 'DISCONTINUED'],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    expect(changes.targetMoved).toEqual([
      expect.objectContaining({ key: moving.key, from: '2026-07-01', to: '2027-03-01' }),
    ]);
    expect(countChanges(changes)).toBe(1 + 1 + 1 + 2 + 1);
  });

  it('reports nothing between an edition and itself, and everything as new without an earlier one', () => {
    expect(countChanges(compareEditions(later, later))).toBe(0);
    const first = compareEditions(null, later);
    expect(first.added).toHaveLength(later.items.length);
    expect(first.approved).toEqual([]);
  });
});
