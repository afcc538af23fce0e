import 'server-only';
import { createHash } from 'node:crypto';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Snapshot } from '@/lib/domain/edition/snapshot';

/** SHA-256 of the snapshot's content (without the moment it was taken): equal content, equal hash. */
export function contentHash(snapshot: Snapshot): string {
  const { takenAt: _takenAt, ...content } = snapshot;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/** The columns an edition row stores for a snapshot. */
export function snapshotColumns(snapshot: Snapshot) {
  return {
    snapshot: snapshot as unknown as Prisma.InputJsonValue,
    snapshotAt: new Date(snapshot.takenAt),
    itemCount: snapshot.items.length,
    contentHash: contentHash(snapshot),
  };
}
