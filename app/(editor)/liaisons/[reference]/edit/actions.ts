'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { readLiaisonForm, toUpdateInput, type LiaisonFormState } from '@/lib/domain/liaison-form';
import { liaisonsHref } from '@/lib/domain/liaison-filters';
import { liaisonAnchor } from '@/lib/domain/liaisons';
import { updateLiaison } from '@/lib/server/commands/update-liaison';
import { getCurrentActor } from '@/lib/server/current-actor';
import { formStateFromError } from '@/lib/server/liaison-form-errors';

/** Saves the edit form of the liaison `reference`, based on the version the form was loaded at. */
export async function editLiaisonAction(
  reference: string,
  _previous: LiaisonFormState,
  data: FormData,
): Promise<LiaisonFormState> {
  const values = { ...readLiaisonForm(data), reference };
  const raw = data.get('version');
  // A missing or garbled version is refused by the schema ("is required: the version ...").
  const version = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  try {
    await updateLiaison({ actor: await getCurrentActor(), reference, input: toUpdateInput(values, version) });
  } catch (error) {
    return formStateFromError(error, values, reference);
  }
  revalidatePath('/liaisons');
  redirect(liaisonsHref({ q: reference }, liaisonAnchor(reference)));
}
