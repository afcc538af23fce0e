// Edition snapshots built in memory, without a database, for the supplement's tests, benchmark and
// screenshots: the demo roadmap (prisma/seed/data) as it stood at two dates, and a synthetic
// roadmap of any size (the benchmark's items, prisma/seed/synthetic.ts).
import { findStatus, stageOf } from '../domain/lifecycle';
import {
  SNAPSHOT_FORMAT,
  type Snapshot,
  type SnapshotItem,
  type SnapshotLiaison,
} from '../domain/edition/snapshot';
import { DEMO_DATA } from '../../prisma/seed/data/index.ts';
import { recordDate } from '../../prisma/seed/record-date.ts';
import { SYNTHETIC_SUMMARY, syntheticItem } from '../../prisma/seed/synthetic.ts';
import type { WorkItemSeed } from '../../prisma/seed/types.ts';

const byText = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
const day = (value: string) => recordDate(value).toISOString().slice(0, 10);

function reference(): Pick<Snapshot, 'bodies' | 'groups' | 'topics'> {
  return {
    bodies: DEMO_DATA.bodies.map((b) => ({
      slug: b.slug,
      name: b.name,
      fullName: b.fullName,
      url: b.url ?? null,
    })),
    groups: DEMO_DATA.groups
      .map((g) => ({
        path: g.path,
        code: g.code,
        name: g.name,
        body: g.path.split('/')[0]!,
        url: g.url ?? null,
      }))
      .sort((a, b) => byText(a.path, b.path)),
    topics: DEMO_DATA.topics.map((t) => ({ slug: t.slug, name: t.name, description: t.description })),
  };
}

/** A demo work item as the roadmap showed it on `asOf` (null: not yet started then). */
function demoItem(seed: WorkItemSeed, key: number, asOf: string): SnapshotItem | null {
  const history = seed.history.filter((step) => day(step.date) <= asOf);
  const last = history.at(-1);
  if (!last) return null;
  const approval = history.find((step) => stageOf(seed.process, step.to) === 'APPROVED');
  // Numbered on approval: before it, the item went by its working name.
  const numbered = seed.number && (!seed.workingName || approval);
  const identifier = (numbered ? seed.number : seed.workingName) ?? seed.number ?? '';
  const status = findStatus(seed.process, last.to);
  const relations = DEMO_DATA.relations
    .filter((r) => r.from === (seed.number ?? seed.workingName))
    .map((r) => ({ type: r.type, identifier: r.to, note: r.note ?? null }));
  return {
    key,
    identifier,
    previousIdentifiers: seed.number && seed.workingName && numbered ? [seed.workingName] : [],
    workingName: seed.workingName ?? null,
    number: numbered ? (seed.number ?? null) : null,
    title: seed.title,
    kind: seed.kind,
    generation: seed.generation,
    body: seed.group.split('/')[0]!,
    group: seed.group,
    topics: [...seed.topics].sort(),
    process: seed.process,
    status: last.to,
    statusName: status?.name ?? last.to,
    stage: status?.stage ?? 'DRAFTING',
    startDate: seed.startDate ? day(seed.startDate) : null,
    targetDate: seed.targetDate ? day(seed.targetDate) : null,
    approvedDate: approval ? day(approval.date) : null,
    documentVersion: seed.documentVersion ?? null,
    summary: seed.summary,
    baseTextUrl: seed.baseTextUrl ?? null,
    publicationUrl: seed.publicationUrl ?? null,
    editors: (seed.editors ?? []).map((e) => ({
      name: e.name,
      affiliation: e.affiliation ?? null,
      role: e.role,
    })),
    history: history.map((step, i) => ({
      from: history[i - 1]?.to ?? null,
      to: step.to,
      date: day(step.date),
      reference: step.reference ?? null,
      note: step.note ?? null,
    })),
    relations,
  };
}

/**
 * The demo roadmap as an edition: `year` 2025 taken on 2026-01-20 by default. With an earlier
 * `asOf`, items started later are missing and the others are in the status they had then; the
 * target dates of every third unapproved item are a year earlier, so that targets "moved".
 */
export function demoSnapshot(options: { year?: number; revision?: number; asOf?: string } = {}): Snapshot {
  const year = options.year ?? 2025;
  const asOf = options.asOf ?? `${year + 1}-01-20`;
  const earlier = options.asOf !== undefined;
  const items: SnapshotItem[] = [];
  DEMO_DATA.workItems.forEach((seed, i) => {
    const item = demoItem(seed, i + 1, asOf);
    if (!item) return;
    if (earlier && i % 3 === 0 && item.targetDate && item.stage !== 'APPROVED')
      item.targetDate = `${Number(item.targetDate.slice(0, 4)) - 1}${item.targetDate.slice(4)}`;
    items.push(item);
  });
  if (earlier) {
    // An item that later left the roadmap.
    const gone = demoItem(DEMO_DATA.workItems[0]!, 9999, asOf);
    if (gone)
      items.push({
        ...gone,
        identifier: 'Y.IMT2020-retired',
        title: 'Retired illustrative work item',
        number: null,
      });
  }
  items.sort((a, b) => byText(a.identifier, b.identifier));
  const identifiers = new Set(items.map((i) => i.identifier));
  const liaisons: SnapshotLiaison[] = DEMO_DATA.liaisons
    .filter((l) => l.date <= asOf && (l.state === 'OPEN' || l.date.startsWith(`${year}-`)))
    .map((l) => ({
      reference: l.reference,
      title: l.title,
      direction: l.direction,
      purpose: l.purpose,
      state: l.state,
      date: l.date,
      deadline: l.deadline ?? null,
      from: l.from,
      to: [...l.to].sort(),
      inReplyTo: l.inReplyTo ?? null,
      documentUrl: l.documentUrl ?? null,
      workItems: (l.workItems ?? []).filter((w) => identifiers.has(w)).sort(byText),
    }));
  return {
    format: SNAPSHOT_FORMAT,
    year,
    revision: options.revision ?? 0,
    title: `IMT-2020 and IMT-2030 standardization roadmap, ${year} edition`,
    takenAt: `${asOf}T10:00:00.000Z`,
    scope: { generations: [], bodies: [], topics: [] },
    ...reference(),
    items,
    liaisons,
  };
}

/**
 * A synthetic edition of `count` items (SYN-000001...) and, for its changes, the previous edition:
 * the same items minus every twentieth, with every seventh in its first status and every eleventh
 * with an earlier target.
 */
export function syntheticEditions(count: number, year = 2026): { previous: Snapshot; current: Snapshot } {
  const ref = reference();
  const groups = ref.groups.map((g, id) => ({ id, body: g.body, path: g.path }));
  const topics = ref.topics.map((t, id) => ({ id, name: t.name, slug: t.slug }));
  const items: SnapshotItem[] = [];
  const previousItems: SnapshotItem[] = [];
  for (let n = 1; n <= count; n++) {
    const s = syntheticItem(n, { groups, topics });
    const group = groups[s.groupId]!;
    const status = findStatus(s.process, s.statusCode);
    const item: SnapshotItem = {
      key: n,
      identifier: s.identifier,
      previousIdentifiers: [],
      workingName: null,
      number: s.identifier,
      title: s.title,
      kind: s.kind,
      generation: s.generation,
      body: group.body,
      group: group.path,
      topics: s.topicIds.map((id) => topics[id]!.slug).sort(),
      process: s.process,
      status: s.statusCode,
      statusName: status?.name ?? s.statusCode,
      stage: status?.stage ?? 'DRAFTING',
      startDate: s.startDate,
      targetDate: s.targetDate,
      approvedDate: s.approvedDate,
      documentVersion: s.documentVersion,
      summary: SYNTHETIC_SUMMARY,
      baseTextUrl: null,
      publicationUrl: n % 4 === 0 ? `https://example.org/synthetic/${s.identifier}` : null,
      editors: [],
      history: s.history.map((h) => ({ ...h, reference: null, note: null })),
      relations: [],
    };
    items.push(item);
    if (n % 20 === 0) continue;
    const first = s.history[0]!;
    const firstStatus = findStatus(s.process, first.to);
    previousItems.push({
      ...item,
      ...(n % 7 === 0 && firstStatus
        ? { status: first.to, statusName: firstStatus.name, stage: firstStatus.stage }
        : {}),
      ...(n % 11 === 0
        ? { targetDate: `${Number(s.targetDate.slice(0, 4)) - 1}${s.targetDate.slice(4)}` }
        : {}),
    });
  }
  const liaisons: SnapshotLiaison[] = Array.from({ length: Math.ceil(count / 50) }, (_, i) => ({
    reference: `SYN-LS-${String(i + 1).padStart(4, '0')}`,
    title: `[Synthetic] Liaison statement ${i + 1} on ${topics[i % topics.length]!.name}`,
    direction: i % 2 ? 'INCOMING' : 'OUTGOING',
    purpose: 'FOR_INFORMATION',
    state: 'CLOSED',
    date: `${year}-${String((i % 12) + 1).padStart(2, '0')}-15`,
    deadline: null,
    from: groups[i % groups.length]!.path,
    to: [groups[(i + 7) % groups.length]!.path],
    inReplyTo: null,
    documentUrl: null,
    workItems: [items[(i * 37) % items.length]!.identifier],
  }));
  const base = {
    format: SNAPSHOT_FORMAT as typeof SNAPSHOT_FORMAT,
    scope: { generations: [], bodies: [], topics: [] },
    ...ref,
  };
  return {
    previous: {
      ...base,
      year: year - 1,
      revision: 0,
      title: `IMT-2020 and IMT-2030 standardization roadmap, ${year - 1} edition`,
      takenAt: `${year}-01-15T10:00:00.000Z`,
      items: previousItems,
      liaisons: [],
    },
    current: {
      ...base,
      year,
      revision: 0,
      title: `IMT-2020 and IMT-2030 standardization roadmap, ${year} edition`,
      takenAt: `${year + 1}-01-15T10:00:00.000Z`,
      items,
      liaisons,
    },
  };
}
