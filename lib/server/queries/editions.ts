import 'server-only';
import {
  editionLabel,
  snapshotSchema,
  type EditionScope,
  type Snapshot,
} from '@/lib/domain/edition/snapshot';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Tx } from '../audit';
import { db } from '../db';
import { verifyEditionRow } from '../editions/edition-integrity';
import { selectEditionRows, type Client, type EditionRow } from '../editions/edition-rows';

export interface EditionSummary {
  year: number;
  revision: number;
  label: string;
  status: 'DRAFT' | 'PUBLISHED';
  /** 84 for "Supplement 84"; null until TSB assigns it. */
  supplementNumber: number | null;
  scope: EditionScope;
  snapshotAt: string;
  itemCount: number;
  contentHash: string;
  publishedAt: string | null;
  publishedBy: string | null;
  createdBy: string;
  version: number;
  /** The edition this corrigendum corrects. */
  supersedes: { year: number; revision: number } | null;
  /** The corrigendum that corrects this edition. */
  supersededBy: { year: number; revision: number } | null;
}

/** The summary of a row (its seal and row version stay on the server). */
export function toSummary(row: EditionRow): EditionSummary {
  return {
    year: row.year,
    revision: row.revision,
    label: editionLabel(row.year, row.revision),
    status: row.status,
    supplementNumber: row.supplementNumber,
    scope: row.scope as EditionScope,
    snapshotAt: row.snapshotAt.toISOString(),
    itemCount: row.itemCount,
    contentHash: row.contentHash,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    publishedBy: row.publishedByName,
    createdBy: row.createdByName,
    version: row.version,
    supersedes:
      row.supersedesYear === null || row.supersedesRevision === null
        ? null
        : { year: row.supersedesYear, revision: row.supersedesRevision },
    supersededBy:
      row.supersededByYear === null || row.supersededByRevision === null
        ? null
        : { year: row.supersededByYear, revision: row.supersededByRevision },
  };
}

/**
 * Editions newest first: published ones for everyone, drafts too for those who manage editions.
 * Every published one is verified against its seal first (an altered one fails the whole list).
 */
export async function listEditions({ includeDrafts = false } = {}): Promise<EditionSummary[]> {
  const rows = await selectEditionRows(db(), {
    where: includeDrafts ? Prisma.sql`TRUE` : Prisma.sql`e.status = 'PUBLISHED'`,
  });
  for (const row of rows) verifyEditionRow(row);
  return rows.map(toSummary);
}

export type EditionWithSnapshot = EditionSummary & { snapshot: Snapshot };

/**
 * The edition of a year as people cite it: its latest published revision (a corrigendum replaces
 * the text it corrects), or with `includeDraft` the draft when there is one. `revision` picks one.
 * A published edition is verified (record and snapshot) before it is returned.
 */
export async function getEdition(
  year: number,
  {
    includeDraft = false,
    revision,
    client = db(),
  }: { includeDraft?: boolean; revision?: number; client?: Client } = {},
): Promise<EditionWithSnapshot | null> {
  const row = await getEditionRow(year, { includeDraft, revision, client, snapshot: true });
  if (!row) return null;
  verifyEditionRow(row, row.snapshot);
  return { ...toSummary(row), snapshot: snapshotSchema.parse(row.snapshot) };
}

/** The row getEdition reads, unverified (with or without its snapshot). */
export async function getEditionRow(
  year: number,
  {
    includeDraft = false,
    revision,
    client = db(),
    snapshot = false,
  }: { includeDraft?: boolean; revision?: number; client?: Client; snapshot?: boolean },
): Promise<EditionRow | null> {
  if (!Number.isInteger(year) || year < 2016 || year > 2200) return null;
  const [row] = await selectEditionRows(client, {
    where: Prisma.sql`e.year = ${year}
      ${revision !== undefined ? Prisma.sql`AND e.revision = ${revision}` : Prisma.empty}
      ${includeDraft ? Prisma.empty : Prisma.sql`AND e.status = 'PUBLISHED'`}`,
    orderBy: Prisma.sql`e.revision DESC`,
    limit: 1,
    snapshot,
  });
  return row ?? null;
}

/** The published edition before `year` (for "changes since the previous edition"). */
export async function previousPublishedYear(year: number, client: Tx = db()): Promise<number | null> {
  const row = await client.edition.findFirst({
    where: { status: 'PUBLISHED', year: { lt: year } },
    orderBy: [{ year: 'desc' }],
    select: { year: true },
  });
  return row?.year ?? null;
}
