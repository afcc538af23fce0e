'use server';

import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { AppError } from '@/lib/domain/errors';
import { formatMessage, msg } from '@/lib/domain/messages/message';
import { changePasswordForm, createApiTokenInput } from '@/lib/domain/schemas/account';
import { tokenFormInput, type CreatedToken } from '@/lib/domain/token-form';
import { auth } from '@/lib/server/auth';
import { createApiToken } from '@/lib/server/commands/create-api-token';
import { revokeApiToken } from '@/lib/server/commands/revoke-api-token';
import { getCurrentActor } from '@/lib/server/current-actor';
import { formAction } from '@/lib/server/form-action';

export const createToken = formAction({
  schema: createApiTokenInput,
  read: tokenFormInput,
  run: async ({ actor, input }) => {
    const created = await createApiToken({ actor, ...input });
    revalidatePath('/account');
    const data: CreatedToken = { token: created.token, name: created.name };
    return { done: true, message: formatMessage(msg('account.tokenCreated', { name: created.name })), data };
  },
});

/** The button of each token in the list (no form state: the list shows the result). */
export async function revokeToken(form: FormData): Promise<void> {
  const tokenId = form.get('tokenId');
  await revokeApiToken({
    actor: await getCurrentActor('FORM'),
    tokenId: typeof tokenId === 'string' ? tokenId : '',
  });
  revalidatePath('/account');
}

export const changePassword = formAction({
  schema: changePasswordForm,
  run: async ({ input }) => {
    try {
      // Signs out every other session; nextCookies() sets this one's new cookie.
      await auth().api.changePassword({
        body: {
          currentPassword: input.currentPassword,
          newPassword: input.newPassword,
          revokeOtherSessions: true,
        },
        headers: await headers(),
      });
    } catch {
      throw new AppError('INVALID_INPUT', msg('errors.account.wrongPassword'), 'currentPassword');
    }
    return { done: true, message: formatMessage(msg('account.passwordChanged')) };
  },
});
