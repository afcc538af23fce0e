'use server';

import { parseSetCookieHeader, toCookieOptions } from 'better-auth/cookies';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { formatMessage, msg } from '@/lib/domain/messages/message';
import { landingPath, returnPath } from '@/lib/domain/safe-next';
import { resetPasswordForm, signInForm } from '@/lib/domain/schemas/account';
import { loadActor } from '@/lib/server/actor';
import { auth, OIDC_PROVIDER_ID } from '@/lib/server/auth';
import { formAction } from '@/lib/server/form-action';

// Sign-in goes through better-auth's HTTP handler, not auth.api: only the handler applies the rate
// limit and the origin check (docs/research/better-auth-1.7.md §2), and it works without JavaScript.

const FORWARDED = [
  'cookie',
  'origin',
  'referer',
  'user-agent',
  'x-forwarded-for',
  'sec-fetch-site',
  'sec-fetch-mode',
  'sec-fetch-dest',
];

export const signIn = formAction({
  schema: signInForm,
  signedIn: false,
  run: async ({ input }) => {
    const incoming = await headers();
    const forwarded = new Headers({ 'content-type': 'application/json' });
    for (const name of FORWARDED) {
      const value = incoming.get(name);
      if (value) forwarded.set(name, value);
    }
    const a = auth();
    const response = await a.handler(
      new Request(`${(await a.$context).baseURL}/sign-in/email`, {
        method: 'POST',
        headers: forwarded,
        body: JSON.stringify({ email: input.email.trim(), password: input.password }),
      }),
    );
    if (response.status === 429) {
      const retry = response.headers.get('X-Retry-After');
      const wait = retry ? `${retry} seconds` : 'a minute';
      return { message: formatMessage(msg('errors.account.tooManyAttempts', { wait })) };
    }
    if (!response.ok) return { message: formatMessage(msg('errors.account.signInFailed')) };
    const store = await cookies();
    for (const [name, attributes] of parseSetCookieHeader(response.headers.get('set-cookie') ?? ''))
      store.set(name, attributes.value, toCookieOptions(attributes));
    const body = (await response.json().catch(() => null)) as { user?: { id?: unknown } } | null;
    const userId = typeof body?.user?.id === 'string' ? body.user.id : null;
    redirect(landingPath(input.next, userId ? await loadActor(userId, 'FORM') : null));
  },
});

export async function signInWithSso(form: FormData): Promise<void> {
  // Without a page to go back to, the sign-in page sends the signed-in person on (landingPath).
  const next = returnPath(form.get('next')) ?? '/sign-in';
  const { url } = await auth().api.signInSocial({
    body: { provider: OIDC_PROVIDER_ID, callbackURL: next, errorCallbackURL: '/sign-in?error=sso' },
    headers: await headers(),
  });
  redirect(url ?? '/sign-in?error=sso');
}

export async function signOut(): Promise<void> {
  await auth().api.signOut({ headers: await headers() });
  redirect('/');
}

/** Sets a password with the token of an invitation or reset link. */
export const resetPassword = formAction({
  schema: resetPasswordForm,
  signedIn: false,
  run: async ({ input }) => {
    try {
      await auth().api.resetPassword({ body: { token: input.token, newPassword: input.password } });
    } catch {
      return { message: formatMessage(msg('errors.account.linkExpired')) };
    }
    redirect('/sign-in?reset=done');
  },
});
