import 'server-only';
import { editionLabel, editionScopeSchema } from '@/lib/domain/edition/snapshot';
import { createEditionSchema } from '@/lib/domain/schemas/edition';
import { recordAudit } from '../../audit';
import { snapshotColumns } from '../../editions/edition-content';
import { takeSnapshot } from '../../editions/take-snapshot';
import { AppError } from '@/lib/domain/errors';
import { msg } from '@/lib/domain/messages/message';
import { authorize, type Actor } from '../../permissions';
import { parseInput } from '../../validation';
import { userRef, writeTransaction } from '../write-transaction';
import type { Tx } from '../../audit';
import type { EditionScope } from '@/lib/domain/edition/snapshot';

/**
 * Creates the draft edition of a year, with a snapshot of the roadmap in its scope taken now. If the
 * year's edition is already published, only a corrigendum (`corrigendum: true`) can follow it.
 */
export async function createEdition({
  actor,
  input,
  includeSynthetic = false,
}: {
  actor: Actor | null;
  input: unknown;
  includeSynthetic?: boolean;
}) {
  authorize(actor, 'roadmap.coordinate');
  const {
    year,
    scope: requestedScope,
    corrigendum,
    supplementNumber,
    comment,
  } = parseInput(createEditionSchema, input);
  return writeTransaction(async (tx) => {
    // One writer per year at a time, so that two coordinators cannot both create revision n.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(72707370, ${year})`;
    const latest = await tx.edition.findFirst({ where: { year }, orderBy: { revision: 'desc' } });
    if (latest?.status === 'DRAFT') {
      throw new AppError(
        'CONFLICT',
        msg('errors.edition.alreadyDraft', { edition: editionLabel(year, latest.revision) }),
        'year',
      );
    }
    if (latest && !corrigendum) {
      throw new AppError(
        'CONFLICT',
        msg('errors.edition.alreadyPublished', { edition: editionLabel(year, latest.revision) }),
        'year',
      );
    }
    if (!latest && corrigendum) {
      throw new AppError(
        'UNPROCESSABLE',
        msg('errors.edition.nothingToCorrect', { year: String(year) }),
        'corrigendum',
      );
    }
    const scope =
      requestedScope ?? (latest ? editionScopeSchema.parse(latest.scope) : editionScopeSchema.parse({}));
    await assertScopeKnown(tx, scope);
    const revision = latest ? latest.revision + 1 : 0;
    const snapshot = await takeSnapshot(tx, { year, revision, scope, includeSynthetic });
    const row = await tx.edition.create({
      data: {
        year,
        revision,
        supplementNumber: supplementNumber ?? latest?.supplementNumber ?? null,
        scope: scope,
        ...snapshotColumns(snapshot),
        supersedesId: latest?.id ?? null,
        createdById: userRef(actor),
        createdByName: actor.name,
      },
      select: { id: true, version: true, itemCount: true },
    });
    await recordAudit(tx, actor, {
      action: 'edition.create',
      entityType: 'edition',
      entityId: row.id,
      entityLabel: editionLabel(year, revision),
      version: row.version,
      changes: { scope: { before: null, after: scope }, itemCount: { before: null, after: row.itemCount } },
      comment,
    });
    return { year, revision, version: row.version, itemCount: row.itemCount };
  });
}

/** Unknown body or topic slugs would silently give an empty edition: 422 naming them and the known ones. */
async function assertScopeKnown(tx: Tx, scope: EditionScope): Promise<void> {
  // One after the other: the queries of a transaction share one connection (pg refuses overlap).
  const bodies = await tx.body.findMany({ select: { slug: true }, orderBy: { sortOrder: 'asc' } });
  const topics = await tx.topic.findMany({ select: { slug: true }, orderBy: { sortOrder: 'asc' } });
  for (const [field, given, known] of [
    ['scope.bodies', scope.bodies, bodies.map((b) => b.slug)],
    ['scope.topics', scope.topics, topics.map((t) => t.slug)],
  ] as const) {
    const unknown = given.filter((slug) => !known.includes(slug));
    if (unknown.length) {
      throw new AppError(
        'UNPROCESSABLE',
        msg('errors.edition.unknownScope', { field, unknown: unknown.join(', '), known: known.join(', ') }),
        field,
      );
    }
  }
}
