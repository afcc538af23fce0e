import 'server-only';
import type { ExistingItem, PlannedCreate, PlannedUpdate } from '@/lib/domain/roadmap-import-plan';
import type { WorkItemState } from '@/lib/domain/work-item-state';
import type { Tx } from './audit';
import { toStoredItem, storedItemSelect } from './work-item-store';

// The work item store in bulk, for the spreadsheet import: a few statements for thousands of
// items (writeItem would take six per item). Writes the same columns as writeItem.

type Client = Pick<Tx, '$queryRaw' | 'workItem'>;
const CHUNK = 5000;

function chunks<T>(list: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK));
  return out;
}

/** Which item has or had each identifier (keys lowercase, as the database compares them). */
export async function findItemIds(
  client: Client,
  lowercaseIdentifiers: string[],
): Promise<Map<string, number>> {
  const rows = await client.$queryRaw<{ key: string; id: number }[]>`
    SELECT lower(identifier) AS key, work_item_id AS id FROM work_item_identifier
    WHERE lower(identifier) = ANY(${lowercaseIdentifiers}::text[])`;
  return new Map(rows.map((r) => [r.key, r.id]));
}

/** Locks the items (in id order, so two imports cannot deadlock) until the transaction ends. */
export async function lockItems(tx: Client, ids: number[]): Promise<void> {
  if (ids.length)
    await tx.$queryRaw`SELECT id FROM work_item WHERE id = ANY(${ids}::int[]) ORDER BY id FOR UPDATE`;
}

export async function loadItems(client: Client, ids: number[]): Promise<Map<number, ExistingItem>> {
  const items = new Map<number, ExistingItem>();
  for (const part of chunks([...new Set(ids)])) {
    const rows = await client.workItem.findMany({ where: { id: { in: part } }, select: storedItemSelect });
    for (const row of rows) items.set(row.id, toStoredItem(row));
  }
  return items;
}

export interface BulkRefs {
  groupIds: ReadonlyMap<string, number>;
  topicIds: ReadonlyMap<string, number>;
}

const columns = (state: WorkItemState, refs: BulkRefs) => ({
  identifier: state.number ?? state.workingName!,
  workingName: state.workingName,
  number: state.number,
  title: state.title,
  kind: state.kind,
  generation: state.generation,
  groupId: refs.groupIds.get(state.group)!,
  statusCode: state.status,
  summary: state.summary,
  baseTextUrl: state.baseTextUrl,
  publicationUrl: state.publicationUrl,
  documentVersion: state.documentVersion,
});

/** Inserts new items with their topics and editors; returns the id of each identifier. */
export async function createItems(tx: Tx, creates: readonly PlannedCreate[], refs: BulkRefs) {
  const ids = new Map<string, number>();
  for (const part of chunks(creates)) {
    const rows = part.map((c) => ({ ...columns(c.state, refs), s: c.state }));
    const text = (pick: (r: (typeof rows)[number]) => string | null) => rows.map(pick);
    const inserted = await tx.$queryRaw<{ id: number; identifier: string }[]>`
      INSERT INTO work_item (identifier, working_name, number, title, kind, generation, group_id, process,
        status_code, start_date, target_date, approved_date, summary, base_text_url, publication_url,
        document_version, updated_at)
      SELECT v.identifier, v.working_name, v.number, v.title, v.kind::document_kind, v.generation::generation,
        v.group_id, v.process::approval_process, v.status_code, v.start_date::date, v.target_date::date,
        v.approved_date::date, v.summary, v.base_text_url, v.publication_url, v.document_version, now()
      FROM unnest(
        ${text((r) => r.identifier)}::text[], ${text((r) => r.workingName)}::text[],
        ${text((r) => r.number)}::text[], ${text((r) => r.title)}::text[], ${text((r) => r.kind)}::text[],
        ${text((r) => r.generation)}::text[], ${rows.map((r) => r.groupId)}::int[],
        ${text((r) => r.s.process)}::text[], ${text((r) => r.statusCode)}::text[],
        ${text((r) => r.s.startDate)}::text[], ${text((r) => r.s.targetDate)}::text[],
        ${text((r) => r.s.approvedDate)}::text[], ${text((r) => r.summary)}::text[],
        ${text((r) => r.baseTextUrl)}::text[], ${text((r) => r.publicationUrl)}::text[],
        ${text((r) => r.documentVersion)}::text[]
      ) WITH ORDINALITY AS v(identifier, working_name, number, title, kind, generation, group_id, process,
        status_code, start_date, target_date, approved_date, summary, base_text_url, publication_url,
        document_version, n)
      ORDER BY v.n
      RETURNING id, identifier`;
    for (const row of inserted) ids.set(row.identifier, row.id);
  }
  const items = creates.map((c) => ({ id: ids.get(c.identifier)!, state: c.state }));
  await writeTopics(tx, items, refs);
  await writeEditors(tx, items);
  return ids;
}

/** Updates the changed items (version + 1) and rewrites topics and editors where those changed. */
export async function updateItems(tx: Tx, updates: readonly PlannedUpdate[], refs: BulkRefs): Promise<void> {
  for (const part of chunks(updates)) {
    const rows = part.map((u) => ({ id: u.item.id, ...columns(u.state, refs), s: u.state }));
    const text = (pick: (r: (typeof rows)[number]) => string | null) => rows.map(pick);
    await tx.$executeRaw`
      UPDATE work_item AS w SET
        identifier = v.identifier, working_name = v.working_name, number = v.number, title = v.title,
        kind = v.kind::document_kind, generation = v.generation::generation, group_id = v.group_id,
        status_code = v.status_code, start_date = v.start_date::date, target_date = v.target_date::date,
        approved_date = v.approved_date::date, summary = v.summary, base_text_url = v.base_text_url,
        publication_url = v.publication_url, version = w.version + 1, updated_at = now()
      FROM unnest(
        ${rows.map((r) => r.id)}::int[], ${text((r) => r.identifier)}::text[],
        ${text((r) => r.workingName)}::text[], ${text((r) => r.number)}::text[],
        ${text((r) => r.title)}::text[], ${text((r) => r.kind)}::text[], ${text((r) => r.generation)}::text[],
        ${rows.map((r) => r.groupId)}::int[], ${text((r) => r.statusCode)}::text[],
        ${text((r) => r.s.startDate)}::text[], ${text((r) => r.s.targetDate)}::text[],
        ${text((r) => r.s.approvedDate)}::text[], ${text((r) => r.summary)}::text[],
        ${text((r) => r.baseTextUrl)}::text[], ${text((r) => r.publicationUrl)}::text[]
      ) AS v(id, identifier, working_name, number, title, kind, generation, group_id, status_code,
             start_date, target_date, approved_date, summary, base_text_url, publication_url)
      WHERE w.id = v.id`;
  }
  const withTopics = updates
    .filter((u) => 'topics' in u.changes)
    .map((u) => ({ id: u.item.id, state: u.state }));
  const withEditors = updates
    .filter((u) => 'editors' in u.changes)
    .map((u) => ({ id: u.item.id, state: u.state }));
  await tx.workItemTopic.deleteMany({ where: { workItemId: { in: withTopics.map((i) => i.id) } } });
  await tx.workItemEditor.deleteMany({ where: { workItemId: { in: withEditors.map((i) => i.id) } } });
  await writeTopics(tx, withTopics, refs);
  await writeEditors(tx, withEditors);
}

type Written = { id: number; state: WorkItemState };

async function writeTopics(tx: Tx, items: Written[], refs: BulkRefs) {
  const rows = items.flatMap(({ id, state }) =>
    state.topics.map((slug) => [id, refs.topicIds.get(slug)!] as const),
  );
  for (const part of chunks(rows))
    await tx.$executeRaw`
      INSERT INTO work_item_topic (work_item_id, topic_id)
      SELECT * FROM unnest(${part.map((r) => r[0])}::int[], ${part.map((r) => r[1])}::int[])`;
}

async function writeEditors(tx: Tx, items: Written[]) {
  const rows = items.flatMap(({ id, state }) => state.editors.map((e, position) => ({ id, position, ...e })));
  for (const part of chunks(rows))
    await tx.$executeRaw`
      INSERT INTO work_item_editor (work_item_id, position, role, name, affiliation, email)
      SELECT v.id, v.position, v.role::editor_role, v.name, v.affiliation, v.email
      FROM unnest(${part.map((r) => r.id)}::int[], ${part.map((r) => r.position)}::int[],
        ${part.map((r) => r.role)}::text[], ${part.map((r) => r.name)}::text[],
        ${part.map((r) => r.affiliation)}::text[], ${part.map((r) => r.email)}::text[])
        AS v(id, position, role, name, affiliation, email)`;
}

export interface StatusChangeRow {
  workItemId: number;
  process: string;
  fromCode: string | null;
  toCode: string;
  date: string;
  reference: string | null;
  note: string | null;
  recordedBy: string;
  recordedById: string | null;
}

export async function insertStatusChanges(tx: Tx, rows: readonly StatusChangeRow[]): Promise<void> {
  for (const part of chunks(rows)) {
    const text = (pick: (r: StatusChangeRow) => string | null) => part.map(pick);
    await tx.$executeRaw`
      INSERT INTO status_change (work_item_id, process, from_code, to_code, date, reference, note, recorded_by,
        recorded_by_id)
      SELECT v.id, v.process::approval_process, v.from_code, v.to_code, v.date::date, v.reference, v.note,
        v.recorded_by, v.recorded_by_id
      FROM unnest(${part.map((r) => r.workItemId)}::int[], ${text((r) => r.process)}::text[],
        ${text((r) => r.fromCode)}::text[], ${text((r) => r.toCode)}::text[], ${text((r) => r.date)}::text[],
        ${text((r) => r.reference)}::text[], ${text((r) => r.note)}::text[], ${text((r) => r.recordedBy)}::text[],
        ${text((r) => r.recordedById)}::text[])
        AS v(id, process, from_code, to_code, date, reference, note, recorded_by, recorded_by_id)`;
  }
}
