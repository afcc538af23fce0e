import 'server-only';
import { editionLabel } from '@/lib/domain/edition/snapshot';
import { editionActionSchema } from '@/lib/domain/schemas/edition';
import { recordAudit } from '../../audit';
import { authorize, type Actor } from '../../permissions';
import { parseInput } from '../../validation';
import { writeTransaction } from '../write-transaction';
import { lockDraft } from './edition-draft';

/** Publishes the year's draft as it is: from then on the database refuses any change to it. */
export async function publishEdition({
  actor,
  year,
  input = {},
}: {
  actor: Actor | null;
  year: unknown;
  input?: unknown;
}) {
  authorize(actor, 'edition.manage');
  const { version, comment } = parseInput(editionActionSchema, input);
  return writeTransaction(async (tx) => {
    const draft = await lockDraft(tx, year, version);
    const publishedAt = new Date();
    const row = await tx.edition.update({
      where: { id: draft.id },
      data: { status: 'PUBLISHED', publishedAt, publishedByName: actor.name, version: draft.version + 1 },
      select: { version: true },
    });
    await recordAudit(tx, actor, {
      action: 'edition.publish',
      entityType: 'edition',
      entityId: draft.id,
      entityLabel: editionLabel(draft.year, draft.revision),
      version: row.version,
      changes: { status: { before: 'DRAFT', after: 'PUBLISHED' } },
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
