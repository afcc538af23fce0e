'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { readLiaisonForm, toCreateInput, type LiaisonFormState } from '@/lib/domain/liaison-form';
import { liaisonsHref } from '@/lib/domain/liaison-filters';
import { liaisonAnchor } from '@/lib/domain/liaisons';
import { createLiaison } from '@/lib/server/commands/create-liaison';
import { updateLiaison } from '@/lib/server/commands/update-liaison';
import { getCurrentActor } from '@/lib/server/current-actor';
import { AppError } from '@/lib/domain/errors';
import { formStateFromError } from '@/lib/server/liaison-form-errors';

// Records a liaison; for a reply, then sets the answered liaison to "Replied" when asked to.

/** Why the answered liaison was left as it was, for the notice on its edit page. */
function markFailure(error: unknown): string {
  if (error instanceof AppError) {
    if (error.code === 'CONFLICT') return 'changed';
    if (error.code === 'FORBIDDEN' || error.code === 'UNAUTHENTICATED') return 'forbidden';
    if (error.code === 'NOT_FOUND') return 'missing';
  } else console.error('Setting a liaison to Replied failed', error);
  return 'error';
}

export async function recordLiaisonAction(
  _previous: LiaisonFormState,
  data: FormData,
): Promise<LiaisonFormState> {
  const values = readLiaisonForm(data);
  const actor = await getCurrentActor();
  let reference: string;
  try {
    ({ reference } = await createLiaison({ actor, input: toCreateInput(values) }));
  } catch (error) {
    return formStateFromError(error, values);
  }
  revalidatePath('/liaisons');
  const answered = data.get('markReplied');
  const baseVersion = Number(data.get('replyToVersion'));
  // Only the liaison this one was recorded as answering, and only from the version the form showed:
  // a separate write with its own audit row, refused like any other stale write.
  if (typeof answered === 'string' && answered && answered === values.inReplyTo.trim()) {
    let failure: string | null = null;
    try {
      await updateLiaison({
        actor,
        reference: answered,
        input: { version: baseVersion, state: 'REPLIED', comment: `Reply recorded: ${reference}` },
      });
    } catch (error) {
      failure = markFailure(error);
    }
    if (failure) {
      const query = new URLSearchParams({ reply: reference, notMarked: failure });
      redirect(`/liaisons/${encodeURIComponent(answered)}/edit?${query.toString()}`);
    }
  }
  redirect(liaisonsHref({ q: reference }, liaisonAnchor(reference)));
}
