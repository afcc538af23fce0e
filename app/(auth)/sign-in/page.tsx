import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/account/sign-in-form';
import { landingPath, returnPath } from '@/lib/domain/safe-next';
import { ssoName } from '@/lib/server/auth';
import { getCurrentActor } from '@/lib/server/current-actor';
import { signIn, signInWithSso } from '../actions';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

const NOTICES: Record<string, string> = {
  done: 'Your password is set. Sign in with it.',
};

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const actor = await getCurrentActor();
  if (actor) redirect(landingPath(params.next, actor));
  const next = returnPath(params.next) ?? '';
  const sso = ssoName();
  const notice = typeof params.reset === 'string' ? NOTICES[params.reset] : undefined;
  return (
    <div className="mx-auto max-w-sm space-y-6 py-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold text-slate-900">Sign in</h1>
        <p className="text-sm text-slate-700">
          For rapporteurs, coordinators and admins who keep the roadmap up to date. Reading needs no account.
        </p>
      </div>
      {notice ? (
        <p
          role="status"
          className="rounded border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900"
        >
          {notice}
        </p>
      ) : null}
      {params.error === 'sso' ? (
        <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          Single sign-on did not work. If you have no account in the roadmap yet, ask an admin for one.
        </p>
      ) : null}
      <SignInForm action={signIn} next={next} />
      {sso ? (
        <form action={signInWithSso} className="border-t border-slate-200 pt-4">
          <input type="hidden" name="next" value={next} />
          <button
            type="submit"
            className="w-full rounded border border-slate-400 bg-white px-4 py-2 text-sm font-medium text-slate-900 hover:bg-slate-100"
          >
            Sign in with {sso}
          </button>
        </form>
      ) : null}
      <p className="text-sm text-slate-600">
        Forgotten your password, or no account yet? Ask an admin of the roadmap for a link to set one.
      </p>
    </div>
  );
}
