// Bodies, groups and topics: upserted by their natural keys (body slug, group path, topic slug).
// New rows go in with one INSERT per table (per tree level for groups); existing rows are updated
// only where they differ, so a second load leaves every row untouched.
import type { Prisma } from '../../lib/generated/prisma/client.ts';
import { bodyRow, groupRow, parentPath, topicRow } from './reference-rows.ts';
import type { DemoData } from './types.ts';

export type Tx = Prisma.TransactionClient;

/** Ids by natural key, for the writers of work items and liaisons. */
export interface ReferenceIds {
  groups: Map<string, number>;
  topics: Map<string, number>;
}

/** Whether `current` already holds every value of `wanted` (null and undefined are alike). */
export function sameValues(current: object, wanted: Record<string, unknown>): boolean {
  const values = current as Record<string, unknown>;
  return Object.entries(wanted).every(([key, value]) => {
    const existing = values[key];
    if (existing instanceof Date && value instanceof Date) return existing.getTime() === value.getTime();
    return (existing ?? null) === (value ?? null);
  });
}

/**
 * Splits wanted rows into new ones and changed ones, by natural key: the caller inserts the new
 * ones in bulk and updates the changed ones by id. Ids of all rows end up in `ids`.
 */
export function planUpserts<Row extends Record<string, unknown>>(
  wanted: readonly Row[],
  existing: ReadonlyMap<string, { id: number }>,
  keyOf: (row: Row) => string,
  ids: Map<string, number>,
): { inserts: Row[]; updates: { id: number; row: Row }[] } {
  const inserts: Row[] = [];
  const updates: { id: number; row: Row }[] = [];
  for (const row of wanted) {
    const current = existing.get(keyOf(row));
    if (!current) inserts.push(row);
    else {
      ids.set(keyOf(row), current.id);
      if (!sameValues(current, row)) updates.push({ id: current.id, row });
    }
  }
  return { inserts, updates };
}

async function writeBodies(tx: Tx, data: DemoData): Promise<Map<string, number>> {
  const existing = new Map((await tx.body.findMany()).map((row) => [row.slug, row]));
  const ids = new Map<string, number>();
  const wanted = data.bodies.map((b, index) => bodyRow(b, index + 1));
  const { inserts, updates } = planUpserts(wanted, existing, (row) => row.slug, ids);
  for (const row of await tx.body.createManyAndReturn({ data: inserts, select: { id: true, slug: true } }))
    ids.set(row.slug, row.id);
  for (const { id, row } of updates) await tx.body.update({ where: { id }, data: row });
  return ids;
}

async function writeGroups(
  tx: Tx,
  data: DemoData,
  bodyIds: Map<string, number>,
): Promise<Map<string, number>> {
  const existing = new Map((await tx.group.findMany()).map((row) => [row.path, row]));
  const ids = new Map<string, number>();
  const depths = [...new Set(data.groups.map((g) => g.path.split('/').length))].sort((a, b) => a - b);
  // Level by level, so that every parent has its id before its children are written.
  for (const depth of depths) {
    const wanted = data.groups.flatMap((group, index) => {
      const segments = group.path.split('/');
      if (segments.length !== depth) return [];
      const bodyId = bodyIds.get(segments[0] ?? '');
      if (bodyId === undefined) throw new Error(`group ${group.path}: unknown body`);
      const parent = parentPath(group.path);
      const parentId = parent === null ? null : (ids.get(parent) ?? null);
      return [groupRow(group, { bodyId, parentId, sortOrder: index + 1 })];
    });
    const { inserts, updates } = planUpserts(wanted, existing, (row) => row.path, ids);
    for (const row of await tx.group.createManyAndReturn({ data: inserts, select: { id: true, path: true } }))
      ids.set(row.path, row.id);
    for (const { id, row } of updates) await tx.group.update({ where: { id }, data: row });
  }
  return ids;
}

async function writeTopics(tx: Tx, data: DemoData): Promise<Map<string, number>> {
  const existing = new Map((await tx.topic.findMany()).map((row) => [row.slug, row]));
  const ids = new Map<string, number>();
  const wanted = data.topics.map((t, index) => topicRow(t, index + 1));
  const { inserts, updates } = planUpserts(wanted, existing, (row) => row.slug, ids);
  for (const row of await tx.topic.createManyAndReturn({ data: inserts, select: { id: true, slug: true } }))
    ids.set(row.slug, row.id);
  for (const { id, row } of updates) await tx.topic.update({ where: { id }, data: row });
  return ids;
}

export async function writeReferenceData(tx: Tx, data: DemoData): Promise<ReferenceIds> {
  const bodyIds = await writeBodies(tx, data);
  return { groups: await writeGroups(tx, data, bodyIds), topics: await writeTopics(tx, data) };
}
