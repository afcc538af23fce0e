// A constructed history of two editions with one change of each kind (new, approved, withdrawn,
// renamed, moved target, removed), and the change rows it must give: the tests of the changes page,
// the XLSX "Changes" sheet and changeRows share it.
import type { ChangeRow } from '../domain/edition/change-rows';
import { SNAPSHOT_FORMAT, type Snapshot, type SnapshotItem } from '../domain/edition/snapshot';

function item(key: number, identifier: string, overrides: Partial<SnapshotItem> = {}): SnapshotItem {
  return {
    key,
    identifier,
    previousIdentifiers: [],
    workingName: null,
    number: identifier,
    title: `Work item ${key}`,
    kind: 'ITU_RECOMMENDATION',
    generation: 'IMT2020',
    body: 'itu-t',
    group: 'itu-t/sg13',
    topics: [],
    process: 'AAP',
    status: 'UNDER_STUDY',
    statusName: 'Under study',
    stage: 'DRAFTING',
    startDate: '2024-01-01',
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

const approved = { status: 'APPROVED', statusName: 'Approved', stage: 'APPROVED' as const };

function snapshot(year: number, items: SnapshotItem[]): Snapshot {
  return {
    format: SNAPSHOT_FORMAT,
    year,
    revision: 0,
    title: `IMT-2020 and IMT-2030 standardization roadmap, ${year} edition`,
    takenAt: `${year + 1}-01-15T10:00:00.000Z`,
    scope: { generations: [], bodies: [], topics: [] },
    bodies: [
      { slug: 'itu-t', name: 'ITU-T', fullName: 'ITU Telecommunication Standardization Sector', url: null },
    ],
    groups: [{ path: 'itu-t/sg13', code: 'SG13', name: 'Study Group 13', body: 'itu-t', url: null }],
    topics: [],
    items,
    liaisons: [],
  };
}

export function constructedHistory(): { earlier: Snapshot; later: Snapshot } {
  const earlier = snapshot(2025, [
    item(1, 'Y.3101', { ...approved, approvedDate: '2018-01-13', targetDate: null }),
    item(2, 'Y.IMT2020-arch', { workingName: 'Y.IMT2020-arch', number: null }),
    item(3, 'Y.3102'),
    item(4, 'Y.3103'),
    item(5, 'Y.3104'),
  ]);
  const later = snapshot(2026, [
    item(1, 'Y.3101', { ...approved, approvedDate: '2018-01-13', targetDate: null }),
    // Numbered on approval: renamed, status changed, approved.
    item(2, 'Y.3200', {
      ...approved,
      workingName: 'Y.IMT2020-arch',
      previousIdentifiers: ['Y.IMT2020-arch'],
      approvedDate: '2026-03-01',
    }),
    item(3, 'Y.3102', { targetDate: '2027-01-01' }),
    item(4, 'Y.3103', { status: 'DISCONTINUED', statusName: 'Discontinued', stage: 'WITHDRAWN' }),
    // Y.3104 (key 5) is gone; key 6 is new.
    item(6, 'Y.IMT2020-new', { workingName: 'Y.IMT2020-new', number: null }),
  ]);
  return { earlier, later };
}

const row = (kind: ChangeRow['kind'], key: number, identifier: string, from = '', to = ''): ChangeRow => ({
  kind,
  key,
  identifier,
  title: `Work item ${key}`,
  body: 'itu-t',
  from,
  to,
});

/** What changed from `earlier` to `later`: in the order of clause 8, by identifier within a kind. */
export const EXPECTED_CHANGES: ChangeRow[] = [
  row('added', 6, 'Y.IMT2020-new'),
  row('approved', 2, 'Y.3200', '', '2026-03-01'),
  row('statusChanged', 4, 'Y.3103', 'Under study', 'Discontinued'),
  row('statusChanged', 2, 'Y.3200', 'Under study', 'Approved'),
  row('withdrawn', 4, 'Y.3103', '', 'Withdrawn'),
  row('targetMoved', 3, 'Y.3102', '2026-07-01', '2027-01-01'),
  row('renamed', 2, 'Y.3200', 'Y.IMT2020-arch', 'Y.3200'),
  row('removed', 5, 'Y.3104'),
];
