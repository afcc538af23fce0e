import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { getCurrentActor } from '@/lib/server/current-actor';
import type { Actor } from '@/lib/server/permissions';
import { getWorkItemEditState, type WorkItemEditState } from '@/lib/server/queries/work-item-edit-state';
import { decodeSegment } from '@/lib/domain/path-segment';

/**
 * The signed-in actor and the item an editing page (`/items/<id>/<page>`) works on. Nobody signed
 * in goes to sign-in and back; a former identifier goes to the item's current one; an unknown one 404s.
 */
export async function loadItemForEditing(
  segment: string,
  page: 'edit' | 'status',
): Promise<{ actor: Actor; item: WorkItemEditState }> {
  const identifier = decodeSegment(segment);
  const here = `/items/${encodeURIComponent(identifier)}/${page}`;
  const actor = await getCurrentActor();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(here)}`);
  const found = await getWorkItemEditState(identifier);
  if (found.kind === 'moved') redirect(`/items/${encodeURIComponent(found.identifier)}/${page}`);
  if (found.kind === 'missing') notFound();
  return { actor, item: found.item };
}
