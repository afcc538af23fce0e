import 'server-only';
import { compareEditions, type EditionChanges } from '@/lib/domain/edition/changes';
import { buildOutline, type SupplementOutline } from '@/lib/domain/edition/outline';
import { editionLabel } from '@/lib/domain/edition/snapshot';
import type { Tx } from '../audit';
import { db } from '../db';
import { getEdition, previousPublishedYear, type EditionSummary } from '../queries/editions';
import type { Snapshot } from '@/lib/domain/edition/snapshot';

// Everything an edition's documents are made from: the edition, the published edition before it
// and the changes between them, and the outline (the document's structure) shared by the web page,
// the DOCX and the PDF.

export type LoadedEdition = EditionSummary & { snapshot: Snapshot };

export interface EditionDocument {
  edition: LoadedEdition;
  previous: { year: number; revision: number } | null;
  changes: EditionChanges;
}

/**
 * The edition of `year`: its latest published revision, with `draft` its draft (or latest
 * revision), with `revision` that published revision (a text a corrigendum superseded); or null.
 */
export async function loadEditionDocument(
  year: number,
  { draft = false, revision, client = db() }: { draft?: boolean; revision?: number; client?: Tx } = {},
): Promise<EditionDocument | null> {
  const edition = await getEdition(year, draft ? { includeDraft: true, client } : { revision, client });
  if (!edition) return null;
  return documentOf(edition, client);
}

/** The document of an edition read already: with the published edition before it (verified). */
export async function documentOf(edition: LoadedEdition, client: Tx = db()): Promise<EditionDocument> {
  const previousYear = await previousPublishedYear(edition.year, client);
  const previous = previousYear === null ? null : await getEdition(previousYear, { client });
  return {
    edition,
    previous: previous ? { year: previous.year, revision: previous.revision } : null,
    changes: compareEditions(previous?.snapshot ?? null, edition.snapshot),
  };
}

export function editionOutline({ edition, previous, changes }: EditionDocument): SupplementOutline {
  return buildOutline({
    snapshot: edition.snapshot,
    changes,
    previous,
    ...(edition.supplementNumber !== null ? { number: `Supplement ${edition.supplementNumber}` } : {}),
    // A published edition is dated by its publication, a draft by its snapshot.
    ...(edition.publishedAt ? { publicationDate: edition.publishedAt.slice(0, 10) } : {}),
  });
}

/** "IMT-roadmap-2026-edition", "IMT-roadmap-2026-edition-corrigendum-1" (+ "-draft"). */
export function editionFileStem(edition: Pick<EditionSummary, 'year' | 'revision' | 'status'>): string {
  const label = editionLabel(edition.year, edition.revision)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
  return `IMT-roadmap-${label}${edition.status === 'DRAFT' ? '-draft' : ''}`;
}

/** A revision from a query parameter ("1"), undefined when absent, null when malformed. */
export function parseRevision(value: string | undefined | null): number | undefined | null {
  if (value === undefined || value === null || value === '') return undefined;
  return /^\d{1,3}$/.test(value) ? Number(value) : null;
}

/** A year from a URL segment ("2026"), or null. */
export function parseEditionYear(value: string | undefined | null): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= 2016 && year <= 2200 ? year : null;
}
