'use server';

import { revalidatePath } from 'next/cache';
import { createPasswordLink } from '@/lib/server/auth';
import { createUser } from '@/lib/server/commands/create-user';
import { setUserRoles } from '@/lib/server/commands/set-user-roles';
import { getCurrentActor } from '@/lib/server/current-actor';
import { formError, formText, type FormResult } from '@/lib/server/form-result';
import { authorize } from '@/lib/server/permissions';

export type LinkResult = FormResult & { link?: string; mailed?: boolean; email?: string };

/** "SG13, itu-t/sg13/wp1-13/q6-13" -> group roles of one kind. */
function groupRoles(form: FormData) {
  const list = (field: string) =>
    formText(form, field)
      .split(/[,;\n]/)
      .map((s) => s.trim())
      .filter(Boolean);
  return [
    ...list('coordinatorOf').map((group) => ({ group, role: 'COORDINATOR' as const })),
    ...list('rapporteurOf').map((group) => ({ group, role: 'RAPPORTEUR' as const })),
  ];
}

export async function createUserAction(_previous: LinkResult, form: FormData): Promise<LinkResult> {
  try {
    const password = formText(form, 'password');
    const user = await createUser({
      actor: await getCurrentActor('FORM'),
      email: formText(form, 'email'),
      name: formText(form, 'name'),
      password: password || undefined,
      isAdmin: form.get('isAdmin') === 'on',
      groupRoles: groupRoles(form),
    });
    revalidatePath('/admin/users');
    return {
      done: true,
      email: user.email,
      link: user.invitationUrl ?? undefined,
      mailed: user.invitationMailed,
    };
  } catch (error) {
    return formError(error);
  }
}

export async function setRolesAction(_previous: FormResult, form: FormData): Promise<FormResult> {
  try {
    const { changed } = await setUserRoles({
      actor: await getCurrentActor('FORM'),
      userId: formText(form, 'userId'),
      isAdmin: form.get('isAdmin') === 'on',
      groupRoles: groupRoles(form),
    });
    revalidatePath('/admin/users');
    return { done: true, message: changed ? 'Roles saved.' : 'Nothing changed.' };
  } catch (error) {
    return formError(error);
  }
}

/** A new link with which an existing user sets a password (forgotten, or the invitation expired). */
export async function passwordLinkAction(_previous: LinkResult, form: FormData): Promise<LinkResult> {
  try {
    const actor = await getCurrentActor('FORM');
    authorize(actor, 'users.manage');
    const email = formText(form, 'email');
    const { url, mailed } = await createPasswordLink(email);
    return { done: true, email, link: url, mailed };
  } catch (error) {
    return formError(error);
  }
}
