import 'server-only';
import { editionLabel, editionScopeSchema } from '@/lib/domain/edition/snapshot';
import { editionActionSchema } from '@/lib/domain/schemas/edition';
import { recordAudit } from '../../audit';
import { snapshotColumns } from '../../editions/edition-content';
import { takeSnapshot } from '../../editions/take-snapshot';
import { authorize, type Actor } from '../../permissions';
import { parseInput } from '../../validation';
import { writeTransaction } from '../write-transaction';
import { lockDraft } from './edition-draft';

/** Takes the draft's snapshot again from live data. Only the year's draft is touched, never a published edition. */
export async function refreshEdition({
  actor,
  year,
  input = {},
  includeSynthetic = false,
}: {
  actor: Actor | null;
  year: unknown;
  input?: unknown;
  includeSynthetic?: boolean;
}) {
  authorize(actor, 'roadmap.coordinate');
  const { version, supplementNumber, comment } = parseInput(editionActionSchema, input);
  return writeTransaction(async (tx) => {
    const draft = await lockDraft(tx, year, version);
    const snapshot = await takeSnapshot(tx, {
      year: draft.year,
      revision: draft.revision,
      scope: editionScopeSchema.parse(draft.scope),
      includeSynthetic,
    });
    const columns = snapshotColumns(snapshot);
    const row = await tx.edition.update({
      where: { id: draft.id },
      data: {
        ...columns,
        ...(supplementNumber !== undefined ? { supplementNumber } : {}),
        version: draft.version + 1,
      },
      select: { version: true, itemCount: true },
    });
    await recordAudit(tx, actor, {
      action: 'edition.refresh',
      entityType: 'edition',
      entityId: draft.id,
      entityLabel: editionLabel(draft.year, draft.revision),
      version: row.version,
      changes: {
        ...(draft.contentHash === columns.contentHash
          ? {}
          : {
              itemCount: { before: draft.itemCount, after: row.itemCount },
              contentHash: { before: draft.contentHash, after: columns.contentHash },
            }),
        ...(supplementNumber !== undefined && supplementNumber !== draft.supplementNumber
          ? { supplementNumber: { before: draft.supplementNumber, after: supplementNumber } }
          : {}),
      },
      comment,
    });
    return {
      year: draft.year,
      revision: draft.revision,
      version: row.version,
      itemCount: row.itemCount,
      changed: draft.contentHash !== columns.contentHash,
    };
  });
}
