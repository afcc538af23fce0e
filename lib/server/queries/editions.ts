import 'server-only';
import {
  editionLabel,
  snapshotSchema,
  type EditionScope,
  type Snapshot,
} from '@/lib/domain/edition/snapshot';
import { db } from '../db';

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

const summarySelect = {
  year: true,
  revision: true,
  status: true,
  supplementNumber: true,
  scope: true,
  snapshotAt: true,
  itemCount: true,
  contentHash: true,
  publishedAt: true,
  publishedByName: true,
  createdByName: true,
  version: true,
  supersedes: { select: { year: true, revision: true } },
  supersededBy: { select: { year: true, revision: true } },
} as const;

type SummaryRow = {
  year: number;
  revision: number;
  status: 'DRAFT' | 'PUBLISHED';
  supplementNumber: number | null;
  scope: unknown;
  snapshotAt: Date;
  itemCount: number;
  contentHash: string;
  publishedAt: Date | null;
  publishedByName: string | null;
  createdByName: string;
  version: number;
  supersedes: { year: number; revision: number } | null;
  supersededBy: { year: number; revision: number } | null;
};

function toSummary(row: SummaryRow): EditionSummary {
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
    supersedes: row.supersedes,
    supersededBy: row.supersededBy,
  };
}

/** Editions newest first: published ones for everyone, drafts too for those who manage editions. */
export async function listEditions({ includeDrafts = false } = {}): Promise<EditionSummary[]> {
  const rows = await db().edition.findMany({
    where: includeDrafts ? {} : { status: 'PUBLISHED' },
    orderBy: [{ year: 'desc' }, { revision: 'desc' }],
    select: summarySelect,
  });
  return rows.map(toSummary);
}

/**
 * The edition of a year as people cite it: its latest published revision (a corrigendum replaces
 * the text it corrects), or with `includeDraft` the draft when there is one. `revision` picks one.
 */
export async function getEdition(
  year: number,
  { includeDraft = false, revision }: { includeDraft?: boolean; revision?: number } = {},
): Promise<(EditionSummary & { snapshot: Snapshot }) | null> {
  if (!Number.isInteger(year) || year < 2016 || year > 2200) return null;
  const row = await db().edition.findFirst({
    where: {
      year,
      ...(revision !== undefined ? { revision } : {}),
      ...(includeDraft ? {} : { status: 'PUBLISHED' }),
    },
    orderBy: { revision: 'desc' },
    select: { ...summarySelect, snapshot: true },
  });
  if (!row) return null;
  return { ...toSummary(row), snapshot: snapshotSchema.parse(row.snapshot) };
}

/** The published edition before `year` (for "changes since the previous edition"). */
export async function previousPublishedYear(year: number): Promise<number | null> {
  const row = await db().edition.findFirst({
    where: { status: 'PUBLISHED', year: { lt: year } },
    orderBy: [{ year: 'desc' }],
    select: { year: true },
  });
  return row?.year ?? null;
}
