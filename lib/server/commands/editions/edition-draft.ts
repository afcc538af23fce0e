import 'server-only';
import { editionLabel } from '@/lib/domain/edition/snapshot';
import { editionYear } from '@/lib/domain/schemas/edition';
import type { Tx } from '../../audit';
import { AppError } from '@/lib/domain/errors';
import { msg } from '@/lib/domain/messages/message';
import { EditionIntegrityError } from '../../editions/edition-integrity';
import { parseInput } from '../../validation';

/** Locks the latest edition of a year, which must be a draft (published editions never change). */
export async function lockDraft(tx: Tx, yearInput: unknown, baseVersion?: number) {
  const year = parseInput(editionYear, yearInput);
  const rows = await tx.$queryRaw<{ id: number }[]>`
    SELECT id FROM edition WHERE year = ${year} ORDER BY revision DESC LIMIT 1 FOR UPDATE`;
  const id = rows[0]?.id;
  if (id === undefined)
    throw new AppError('NOT_FOUND', msg('errors.edition.yearNotFound', { year: String(year) }), 'year');
  const edition = await tx.edition.findUniqueOrThrow({ where: { id } });
  if (edition.status !== 'DRAFT') {
    throw new AppError(
      'CONFLICT',
      msg('errors.edition.published', { edition: editionLabel(year, edition.revision) }),
      'year',
    );
  }
  // A sealed row was published once: a "draft" with a seal was changed by hand, never by the app.
  if (await tx.editionSeal.findUnique({ where: { editionId: id }, select: { editionId: true } })) {
    const error = new EditionIntegrityError(
      year,
      edition.revision,
      'it is marked as a draft but was published and sealed (it was changed after publication)',
    );
    console.error(`[edition integrity] ${error.message}`);
    throw error;
  }
  if (baseVersion !== undefined && baseVersion !== edition.version) {
    throw new AppError(
      'CONFLICT',
      msg('errors.edition.draftChanged', { version: String(baseVersion), current: String(edition.version) }),
      'version',
    );
  }
  return edition;
}
