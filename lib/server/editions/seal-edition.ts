import 'server-only';
import { snapshotSchema } from '@/lib/domain/edition/snapshot';
import type { Tx } from '../audit';
import { env } from '../env';
import { AppError } from '@/lib/domain/errors';
import { msg } from '@/lib/domain/messages/message';
import { getEditionRow, toSummary } from '../queries/editions';
import { documentOf } from './edition-document';
import { sealedFields, snapshotDigest } from './edition-integrity';
import { EDITION_FORMAT_NAMES, renderEditionFile } from './render-edition';
import { fileHmac, keyId, sealHmac, sha256Hex, signingKey } from './signing';

// Seals a published edition inside the transaction that publishes it (or, for an edition published
// before seals existed, that signs it): the HMAC of its record and snapshot, and its four documents
// rendered once and stored with their HMACs, so that later changes to the renderers never change
// what was published (decision 011). Everything is read back from the database first, so that the
// seal signs exactly what a later read verifies.

/** The language the documents are written in today; the table takes the five others later. */
export const DOCUMENT_LANG = 'en';

/** The public address for the JSON's `$schema` link: BETTER_AUTH_URL, else a path. */
function publicOrigin(): string | undefined {
  const url = env().BETTER_AUTH_URL;
  return url ? new URL(url).origin : undefined;
}

export async function sealEdition(
  tx: Tx,
  { year, revision }: { year: number; revision: number },
): Promise<{ files: { format: string; byteSize: number }[] }> {
  const key = signingKey();
  const row = await getEditionRow(year, { revision, client: tx, snapshot: true });
  if (!row) throw new AppError('NOT_FOUND', msg('errors.edition.publishedYearNotFound', { year }), 'year');
  if (row.seal)
    throw new AppError(
      'CONFLICT',
      msg('errors.edition.alreadySigned', { edition: toSummary(row).label }),
      'year',
    );
  const snapshotSha256 = snapshotDigest(row, row.snapshot);
  await tx.editionSeal.create({
    data: {
      editionId: row.id,
      year,
      revision,
      snapshotSha256,
      keyId: keyId(key),
      hmac: sealHmac(sealedFields(row, snapshotSha256), key),
    },
  });
  const document = await documentOf({ ...toSummary(row), snapshot: snapshotSchema.parse(row.snapshot) }, tx);
  const files: { format: string; byteSize: number }[] = [];
  const origin = publicOrigin();
  // One after the other: each rendering is CPU-bound, and the transaction has one connection.
  for (const format of EDITION_FORMAT_NAMES) {
    const bytes = await renderEditionFile(document, format, origin);
    const sha256 = sha256Hex(bytes);
    const fields = { format, lang: DOCUMENT_LANG, byteSize: bytes.byteLength, sha256 };
    await tx.editionFile.create({
      data: {
        editionId: row.id,
        ...fields,
        bytes: new Uint8Array(bytes),
        keyId: keyId(key),
        hmac: fileHmac({ year, revision, snapshotSha256, ...fields }, key),
      },
    });
    files.push({ format, byteSize: bytes.byteLength });
  }
  return { files };
}
