// Generated work items for benchmarks: "SYN-000001" ... with titles starting "[Synthetic]" and
// synthetic = true, spread over the existing groups, topics, processes, statuses, generations,
// kinds and years. Deterministic (item n is always the same item), written with a few
// INSERT ... SELECT FROM unnest(...) statements per batch, because 10,000 items one by one take
// minutes. Items whose identifier exists are skipped, so a second run with the same count adds none.
import { LIFECYCLES, stageOf, type ApprovalProcess } from '../../lib/domain/lifecycle.ts';
import type { DocumentKind, Generation } from '../../lib/generated/prisma/enums.ts';
import type { PrismaClient } from '../../lib/tooling/prisma.ts';
import { historyRows, itemRow, type ItemRow, type WorkItemFacts } from './work-item-rows.ts';
import type { Tx } from './write-reference.ts';

const BATCH = 2500;
const RECORDED_BY = 'Synthetic data';
const DAY = 86_400_000;
const GENERATIONS: readonly Generation[] = ['IMT2020', 'IMT2030', 'BOTH'];
const ASPECTS = [
  'requirements',
  'framework',
  'architecture',
  'use cases',
  'protocol',
  'test specification',
  'guidelines',
  'data model',
];

/** The processes and document kinds each body uses. */
const BY_BODY: Record<string, { processes: readonly ApprovalProcess[]; kinds: readonly DocumentKind[] }> = {
  'itu-t': { processes: ['AAP', 'AAP', 'AAP', 'TAP', 'AGREEMENT'], kinds: ['ITU_RECOMMENDATION'] },
  'itu-r': { processes: ['OTHER'], kinds: ['ITU_RECOMMENDATION', 'ITU_TECHNICAL_REPORT'] },
  'itu-d': { processes: ['OTHER'], kinds: ['ITU_TECHNICAL_REPORT', 'OTHER'] },
  '3gpp': { processes: ['THREEGPP'], kinds: ['THREEGPP_TS', 'THREEGPP_TR'] },
  ietf: { processes: ['IETF'], kinds: ['IETF_INTERNET_DRAFT'] },
  etsi: { processes: ['OTHER'], kinds: ['ETSI_GS', 'ETSI_GR', 'ETSI_TS'] },
  ieee: { processes: ['OTHER'], kinds: ['IEEE_STANDARD'] },
  bbf: { processes: ['OTHER'], kinds: ['BBF_TR'] },
  'o-ran': { processes: ['OTHER'], kinds: ['ORAN_SPECIFICATION'] },
};
const ANY_BODY = { processes: ['OTHER'], kinds: ['OTHER'] } as const;
const AGREEMENT_KINDS: readonly DocumentKind[] = [
  'ITU_SUPPLEMENT',
  'ITU_TECHNICAL_REPORT',
  'ITU_TECHNICAL_PAPER',
];

/** mulberry32: a small seeded generator, so item n is the same in every run. */
function randomFor(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pick = <T>(random: () => number, values: readonly T[]): T =>
  values[Math.floor(random() * values.length)] as T;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

interface Reference {
  groups: { id: number; body: string }[];
  topics: { id: number; name: string }[];
}

interface SyntheticItem {
  identifier: string;
  title: string;
  kind: DocumentKind;
  generation: Generation;
  groupId: number;
  process: ApprovalProcess;
  statusCode: string;
  startDate: string;
  targetDate: string;
  approvedDate: string | null;
  documentVersion: string | null;
  topicIds: number[];
  history: { from: string | null; to: string; date: string }[];
}

/** Item n: a random walk of 1-4 allowed status changes from a random status of its process. */
export function syntheticItem(n: number, reference: Reference): SyntheticItem {
  const random = randomFor(n * 7919);
  const group = pick(random, reference.groups);
  const body = BY_BODY[group.body] ?? ANY_BODY;
  const process = pick(random, body.processes);
  const lifecycle = LIFECYCLES[process];
  let status = pick(random, lifecycle);
  let date = Date.UTC(2016 + Math.floor(random() * 13), 0, 1) + Math.floor(random() * 365) * DAY;
  const start = date;
  const history: SyntheticItem['history'] = [{ from: null, to: status.code, date: isoDay(date) }];
  for (let rows = 1 + Math.floor(random() * 4); history.length < rows && status.next.length > 0;) {
    const next = lifecycle.find((s) => s.code === pick(random, status.next));
    if (!next) break;
    date += (20 + Math.floor(random() * 280)) * DAY;
    history.push({ from: status.code, to: next.code, date: isoDay(date) });
    status = next;
  }
  const approval = history.find((step) => stageOf(process, step.to) === 'APPROVED');
  const topics = [
    ...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(random, reference.topics))),
  ];
  const identifier = `SYN-${String(n).padStart(6, '0')}`;
  const rfc = process === 'IETF' && (status.code === 'RFC' || status.code === 'OBSOLETED');
  const kind = rfc
    ? 'IETF_RFC'
    : process === 'AGREEMENT'
      ? pick(random, AGREEMENT_KINDS)
      : pick(random, body.kinds);
  const major =
    { DRAFT: 0, FOR_INFORMATION: 1, FOR_APPROVAL: 2 }[status.code] ?? 15 + Math.floor(random() * 6);
  return {
    identifier,
    title: `[Synthetic] ${topics[0]?.name ?? 'Networks'}: ${pick(random, ASPECTS)} for IMT (${identifier})`,
    kind,
    generation: pick(random, GENERATIONS),
    groupId: group.id,
    process,
    statusCode: status.code,
    startDate: isoDay(start),
    targetDate: isoDay(start + (365 + Math.floor(random() * 730)) * DAY),
    approvedDate: approval?.date ?? null,
    documentVersion:
      process === 'THREEGPP' && status.code !== 'PLANNED' ? `${major}.${Math.floor(random() * 10)}.0` : null,
    topicIds: topics.map((t) => t.id),
    history,
  };
}

export const SYNTHETIC_SUMMARY =
  'Synthetic work item generated for benchmarks; not a real standardization work item.';

/** The facts the shared row builders (work-item-rows.ts) turn into rows. */
function factsOf(item: SyntheticItem): WorkItemFacts {
  return {
    number: item.identifier,
    title: item.title,
    kind: item.kind,
    generation: item.generation,
    process: item.process,
    history: item.history,
    startDate: item.startDate,
    targetDate: item.targetDate,
    summary: SYNTHETIC_SUMMARY,
    documentVersion: item.documentVersion,
    synthetic: true,
  };
}

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** Rows built one by one, written column by column: one INSERT ... SELECT FROM unnest per table. */
async function insertBatch(tx: Tx, items: SyntheticItem[]): Promise<void> {
  const rows = items.map((item) => itemRow(factsOf(item), item.groupId));
  const col = <K extends keyof ItemRow>(key: K) => rows.map((row) => row[key]);
  const day = (key: 'startDate' | 'targetDate' | 'approvedDate') => rows.map((row) => isoDate(row[key]));
  const inserted = await tx.$queryRaw<{ id: number; identifier: string }[]>`
    INSERT INTO "work_item" ("identifier", "number", "title", "kind", "generation", "group_id", "process", "status_code",
      "start_date", "target_date", "approved_date", "summary", "document_version", "synthetic", "updated_at")
    SELECT t.identifier, t.number, t.title, t.kind::"document_kind", t.generation::"generation", t.group_id,
      t.process::"approval_process", t.status_code, t.start_date, t.target_date, t.approved_date,
      t.summary, t.document_version, t.synthetic, now()
    FROM unnest(${col('identifier')}::text[], ${col('number')}::text[], ${col('title')}::text[], ${col('kind')}::text[],
      ${col('generation')}::text[], ${col('groupId')}::int[], ${col('process')}::text[], ${col('statusCode')}::text[],
      ${day('startDate')}::date[], ${day('targetDate')}::date[], ${day('approvedDate')}::date[], ${col('summary')}::text[],
      ${col('documentVersion')}::text[], ${col('synthetic')}::boolean[])
      AS t(identifier, number, title, kind, generation, group_id, process, status_code, start_date, target_date,
        approved_date, summary, document_version, synthetic)
    RETURNING "id", "identifier"`;
  const idOf = new Map(inserted.map((row) => [row.identifier, row.id]));
  const topics = items.flatMap((item) =>
    item.topicIds.map((topicId) => [idOf.get(item.identifier), topicId]),
  );
  await tx.$executeRaw`
    INSERT INTO "work_item_topic" ("work_item_id", "topic_id")
    SELECT * FROM unnest(${topics.map((t) => t[0])}::int[], ${topics.map((t) => t[1])}::int[])`;
  const changes = items.flatMap((item) =>
    historyRows(item, RECORDED_BY).map((row) => ({ ...row, workItemId: idOf.get(item.identifier) })),
  );
  const change = <K extends keyof (typeof changes)[number]>(key: K) => changes.map((c) => c[key]);
  await tx.$executeRaw`
    INSERT INTO "status_change" ("work_item_id", "process", "from_code", "to_code", "date", "recorded_by")
    SELECT t.id, t.process::"approval_process", t.from_code, t.to_code, t.date, t.recorded_by
    FROM unnest(${change('workItemId')}::int[], ${change('process')}::text[], ${change('fromCode')}::text[],
      ${change('toCode')}::text[], ${changes.map((c) => isoDate(c.date))}::date[], ${change('recordedBy')}::text[])
      AS t(id, process, from_code, to_code, date, recorded_by)`;
}

/** Adds synthetic items SYN-000001 ... SYN-<count> that do not exist yet; returns how many it added. */
export async function seedSynthetic(prisma: PrismaClient, count: number): Promise<number> {
  if (!Number.isInteger(count) || count < 0)
    throw new Error(`count must be a whole number >= 0, not ${count}`);
  const [groups, topics] = await Promise.all([
    prisma.group.findMany({ select: { id: true, body: { select: { slug: true } } }, orderBy: { id: 'asc' } }),
    prisma.topic.findMany({ select: { id: true, name: true }, orderBy: { id: 'asc' } }),
  ]);
  if (groups.length === 0 || topics.length === 0)
    throw new Error('Synthetic items need groups and topics: load the demo data first');
  const reference: Reference = { groups: groups.map((g) => ({ id: g.id, body: g.body.slug })), topics };
  const taken = await prisma.workItemIdentifier.findMany({
    where: { identifier: { startsWith: 'SYN-' } },
    select: { identifier: true },
  });
  const existing = new Set(taken.map((row) => row.identifier));
  const wanted = Array.from({ length: count }, (_, i) => i + 1).filter(
    (n) => !existing.has(`SYN-${String(n).padStart(6, '0')}`),
  );
  await prisma.$transaction(
    async (tx) => {
      for (let i = 0; i < wanted.length; i += BATCH) {
        await insertBatch(
          tx,
          wanted.slice(i, i + BATCH).map((n) => syntheticItem(n, reference)),
        );
      }
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
  // A bulk load leaves the GIN pending lists full and the statistics stale: tidy both now.
  await prisma.$executeRaw`VACUUM ANALYZE`;
  return wanted.length;
}
