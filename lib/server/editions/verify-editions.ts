import 'server-only';
import { editionLabel } from '@/lib/domain/edition/snapshot';
import { Prisma } from '@/lib/generated/prisma/client';
import { db } from '../db';
import { getEditionRow } from '../queries/editions';
import { EditionIntegrityError, fail, verifyEditionFile, verifyEditionRow } from './edition-integrity';
import { selectEditionRows } from './edition-rows';
import { EDITION_FORMAT_NAMES } from './render-edition';
import { DOCUMENT_LANG } from './seal-edition';

// `npm run edition -- verify`: every published (or sealed) edition checked in full, its record,
// its snapshot and every stored file, one edition in memory at a time.

export interface VerifyReport {
  verified: { label: string; files: number }[];
  failures: { label: string; reason: string }[];
}

export async function verifyAllEditions(): Promise<VerifyReport> {
  const report: VerifyReport = { verified: [], failures: [] };
  const rows = await selectEditionRows(db(), {
    where: Prisma.sql`e.status = 'PUBLISHED' OR s.edition_id IS NOT NULL`,
    orderBy: Prisma.sql`e.year, e.revision`,
  });
  for (const { year, revision } of rows) {
    const label = editionLabel(year, revision);
    try {
      const row = await getEditionRow(year, { revision, includeDraft: true, snapshot: true });
      if (!row) fail({ year, revision }, 'it was removed while it was being verified');
      verifyEditionRow(row, row.snapshot);
      const files = await db().editionFile.findMany({ where: { editionId: row.id } });
      for (const format of EDITION_FORMAT_NAMES)
        if (!files.some((f) => f.format === format && f.lang === DOCUMENT_LANG))
          fail(row, `it has no stored ${format.toUpperCase()} (${DOCUMENT_LANG})`);
      for (const file of files) verifyEditionFile(row, file, file.bytes);
      report.verified.push({ label, files: files.length });
    } catch (error) {
      if (!(error instanceof EditionIntegrityError)) throw error;
      report.failures.push({ label, reason: error.reason });
    }
  }
  // A seal whose edition row is gone, or now carries another year: the edition was removed or moved.
  const orphans = await db().$queryRaw<{ year: number; revision: number }[]>`
    SELECT s.year, s.revision FROM edition_seal s LEFT JOIN edition e ON e.id = s.edition_id
    WHERE e.id IS NULL ORDER BY s.year, s.revision`;
  for (const { year, revision } of orphans)
    report.failures.push({
      label: editionLabel(year, revision),
      reason: 'its record is missing from the database (it was deleted after publication)',
    });
  // Stored files of an edition that has no seal: written by hand, never by the app.
  const unsealed = await db().$queryRaw<{ year: number; revision: number }[]>`
    SELECT DISTINCT e.year, e.revision FROM edition_file f JOIN edition e ON e.id = f.edition_id
    WHERE NOT EXISTS (SELECT 1 FROM edition_seal s WHERE s.edition_id = f.edition_id)
      AND e.status = 'DRAFT' ORDER BY e.year, e.revision`;
  for (const { year, revision } of unsealed)
    report.failures.push({
      label: editionLabel(year, revision),
      reason: 'it has stored files but no seal (they were written by hand)',
    });
  return report;
}
