'use server';

import { parseSetCookieHeader, toCookieOptions } from 'better-auth/cookies';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { FormState } from '@/components/account/form-parts';
import { safeNextPath } from '@/lib/domain/safe-next';
import { password as passwordSchema } from '@/lib/domain/schemas/account';
import { auth, OIDC_PROVIDER_ID } from '@/lib/server/auth';
import { formText } from '@/lib/server/form-result';

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

export async function signIn(_previous: FormState, form: FormData): Promise<FormState> {
  const email = formText(form, 'email').trim();
  const password = formText(form, 'password');
  if (!email || !password)
    return {
      error: 'Enter your e-mail address and password.',
      fieldErrors: {
        ...(email ? {} : { email: 'is required' }),
        ...(password ? {} : { password: 'is required' }),
      },
    };
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
      body: JSON.stringify({ email, password }),
    }),
  );
  if (response.status === 429) {
    const retry = response.headers.get('X-Retry-After');
    return { error: `Too many attempts. Try again in ${retry ? `${retry} seconds` : 'a minute'}.` };
  }
  if (!response.ok) return { error: 'Wrong e-mail address or password.' };
  const store = await cookies();
  for (const [name, attributes] of parseSetCookieHeader(response.headers.get('set-cookie') ?? ''))
    store.set(name, attributes.value, toCookieOptions(attributes));
  redirect(safeNextPath(form.get('next')));
}

export async function signInWithSso(form: FormData): Promise<void> {
  const next = safeNextPath(form.get('next'));
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
export async function resetPassword(_previous: FormState, form: FormData): Promise<FormState> {
  const token = formText(form, 'token');
  const password = formText(form, 'password');
  if (password !== formText(form, 'confirm'))
    return { error: 'The two passwords differ.', fieldErrors: { confirm: 'must repeat the password' } };
  const parsed = passwordSchema.safeParse(password);
  if (!parsed.success)
    return {
      error: `The password ${parsed.error.issues[0]?.message ?? 'is invalid'}.`,
      fieldErrors: { password: parsed.error.issues[0]?.message ?? 'is invalid' },
    };
  try {
    await auth().api.resetPassword({ body: { token, newPassword: parsed.data } });
  } catch {
    return { error: 'This link has expired or was already used. Ask an admin for a new one.' };
  }
  redirect('/sign-in?reset=done');
}
