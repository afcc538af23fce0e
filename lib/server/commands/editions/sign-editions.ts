import 'server-only';
import { editionLabel, snapshotSchema } from '@/lib/domain/edition/snapshot';
import { Prisma } from '@/lib/generated/prisma/client';
import { recordAudit } from '../../audit';
import { db } from '../../db';
import { contentHash } from '../../editions/edition-content';
import { fail } from '../../editions/edition-integrity';
import { selectEditionRows } from '../../editions/edition-rows';
import { sealEdition } from '../../editions/seal-edition';
import { signingKey } from '../../editions/signing';
import { authorize, type Actor } from '../../permissions';
import { getEditionRow } from '../../queries/editions';
import { writeTransaction } from '../write-transaction';

/**
 * `npm run edition -- sign`: seals the editions published before editions were sealed (their
 * record, snapshot and four documents rendered now and stored), oldest first, so that each one's
 * "changes since" reads a verified predecessor. Until then they are not served. An edition whose
 * snapshot no longer matches the content hash it was published with is refused, not signed.
 */
export async function signUnsealedEditions({ actor }: { actor: Actor | null }) {
  authorize(actor, 'roadmap.coordinate');
  signingKey();
  const pending = await selectEditionRows(db(), {
    where: Prisma.sql`e.status = 'PUBLISHED' AND s.edition_id IS NULL`,
    orderBy: Prisma.sql`e.year, e.revision`,
  });
  const signed: { label: string; files: { format: string; byteSize: number }[] }[] = [];
  for (const { year, revision } of pending) {
    const files = await writeTransaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(72707370, ${year})`;
      const row = await getEditionRow(year, { revision, client: tx, snapshot: true });
      if (!row || row.seal) return null; // signed meanwhile
      if (contentHash(snapshotSchema.parse(row.snapshot)) !== row.contentHash)
        fail(row, 'its snapshot does not match the content hash it was published with: not signed');
      const sealed = await sealEdition(tx, { year, revision });
      await recordAudit(tx, actor, {
        action: 'edition.sign',
        entityType: 'edition',
        entityId: row.id,
        entityLabel: editionLabel(year, revision),
        version: row.version,
        changes: {
          files: { before: null, after: sealed.files.map((f) => `${f.format} (${f.byteSize} bytes)`) },
        },
      });
      return sealed.files;
    });
    if (files) signed.push({ label: editionLabel(year, revision), files });
  }
  return { signed };
}
