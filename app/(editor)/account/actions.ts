'use server';

import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { password as passwordSchema } from '@/lib/domain/schemas/account';
import { auth } from '@/lib/server/auth';
import { createApiToken } from '@/lib/server/commands/create-api-token';
import { revokeApiToken } from '@/lib/server/commands/revoke-api-token';
import { getCurrentActor } from '@/lib/server/current-actor';
import { formError, formText, type FormResult } from '@/lib/server/form-result';

export async function createToken(
  _previous: FormResult & { token?: string },
  form: FormData,
): Promise<FormResult & { token?: string; name?: string }> {
  try {
    const days = formText(form, 'expiresInDays');
    const created = await createApiToken({
      actor: await getCurrentActor('FORM'),
      name: formText(form, 'name'),
      expiresInDays: days ? Number(days) : undefined,
    });
    revalidatePath('/account');
    return { done: true, token: created.token, name: created.name };
  } catch (error) {
    return formError(error);
  }
}

export async function revokeToken(form: FormData): Promise<void> {
  await revokeApiToken({ actor: await getCurrentActor('FORM'), tokenId: formText(form, 'tokenId') });
  revalidatePath('/account');
}

export async function changePassword(_previous: FormResult, form: FormData): Promise<FormResult> {
  if (!(await getCurrentActor())) return { error: 'Your session has ended: sign in again.' };
  const newPassword = formText(form, 'newPassword');
  if (newPassword !== formText(form, 'confirm'))
    return {
      error: 'The two new passwords differ.',
      fieldErrors: { confirm: 'must repeat the new password' },
    };
  const parsed = passwordSchema.safeParse(newPassword);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? 'is invalid';
    return { error: `The new password ${message}.`, fieldErrors: { newPassword: message } };
  }
  try {
    // Signs out every other session; nextCookies() sets this one's new cookie.
    await auth().api.changePassword({
      body: {
        currentPassword: formText(form, 'currentPassword'),
        newPassword: parsed.data,
        revokeOtherSessions: true,
      },
      headers: await headers(),
    });
  } catch {
    return { error: 'The current password is wrong.', fieldErrors: { currentPassword: 'is wrong' } };
  }
  return { done: true };
}
