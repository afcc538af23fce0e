import 'server-only';
import { editionLabel } from '@/lib/domain/edition/snapshot';
import { editionActionSchema } from '@/lib/domain/schemas/edition';
import { recordAudit } from '../../audit';
import { sealEdition } from '../../editions/seal-edition';
import { signingKey } from '../../editions/signing';
import { authorize, type Actor } from '../../permissions';
import { parseInput } from '../../validation';
import { writeTransaction } from '../write-transaction';
import { lockDraft } from './edition-draft';

/**
 * Publishes the year's draft as it is: from then on the database refuses any change to it. In the
 * same transaction it is sealed and its four documents are rendered and stored (seal-edition.ts).
 */
export async function publishEdition({
  actor,
  year,
  input = {},
}: {
  actor: Actor | null;
  year: unknown;
  input?: unknown;
}) {
  authorize(actor, 'roadmap.coordinate');
  const { version, comment } = parseInput(editionActionSchema, input);
  signingKey(); // fails before anything is done when the app has no key to seal with
  return writeTransaction(async (tx) => {
    const draft = await lockDraft(tx, year, version);
    const publishedAt = new Date();
    const row = await tx.edition.update({
      where: { id: draft.id },
      data: { status: 'PUBLISHED', publishedAt, publishedByName: actor.name, version: draft.version + 1 },
      select: { version: true },
    });
    const { files } = await sealEdition(tx, { year: draft.year, revision: draft.revision });
    await recordAudit(tx, actor, {
      action: 'edition.publish',
      entityType: 'edition',
      entityId: draft.id,
      entityLabel: editionLabel(draft.year, draft.revision),
      version: row.version,
      changes: {
        status: { before: 'DRAFT', after: 'PUBLISHED' },
        files: { before: null, after: files.map((f) => `${f.format} (${f.byteSize} bytes)`) },
      },
      comment,
    });
    return {
      year: draft.year,
      revision: draft.revision,
      version: row.version,
      publishedAt: publishedAt.toISOString(),
    };
  });
}
