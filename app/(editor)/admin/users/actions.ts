'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formValues } from '@/lib/domain/action-state';
import { readUserForm, type LinkData } from '@/lib/domain/user-form';
import { createUserInput, email, setUserRolesInput } from '@/lib/domain/schemas/account';
import { createPasswordLink } from '@/lib/server/auth';
import { createUser } from '@/lib/server/commands/create-user';
import { setUserRoles } from '@/lib/server/commands/set-user-roles';
import { formAction } from '@/lib/server/form-action';
import { authorize } from '@/lib/server/permissions';

export const createUserAction = formAction({
  schema: createUserInput,
  read: (data) => readUserForm(data, ['email', 'name', 'password']),
  run: async ({ actor, input }) => {
    const user = await createUser({ actor, ...input });
    revalidatePath('/admin/users');
    const data: LinkData = {
      email: user.email,
      link: user.invitationUrl ?? undefined,
      mailed: user.invitationMailed,
    };
    const password = user.invitationUrl ? '' : ', with the password you gave';
    return { done: true, message: `Account created for ${user.email}${password}.`, data };
  },
});

export const setRolesAction = formAction({
  schema: setUserRolesInput,
  read: (data) => readUserForm(data, ['userId']),
  run: async ({ actor, input }) => {
    const { changed } = await setUserRoles({ actor, ...input });
    revalidatePath('/admin/users');
    return { done: true, message: changed ? 'Roles saved.' : 'Nothing changed.' };
  },
});

/** A new link with which an existing user sets a password (forgotten, or the invitation expired). */
export const passwordLinkAction = formAction({
  schema: z.strictObject({ email }),
  read: (data) => ({ input: { email: data.get('email') }, values: formValues(data) }),
  run: async ({ actor, input }) => {
    authorize(actor, 'users.manage');
    const { url, mailed } = await createPasswordLink(input.email);
    const data: LinkData = { email: input.email, link: url, mailed };
    return { done: true, data };
  },
});
