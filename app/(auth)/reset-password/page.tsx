import type { Metadata } from 'next';
import Link from 'next/link';
import { ResetPasswordForm } from '@/components/account/reset-password-form';
import { MIN_PASSWORD_LENGTH } from '@/lib/domain/schemas/account';
import { resetPassword } from '../actions';

export const metadata: Metadata = { title: 'Set your password', robots: { index: false } };

// Invitation and reset links go through /api/auth/reset-password/<token>, which checks the token
// and lands here with ?token=... (or ?error=INVALID_TOKEN).
export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token, error } = await searchParams;
  const valid = typeof token === 'string' && token.length > 0 && !error;
  return (
    <div className="mx-auto max-w-sm space-y-6 py-6">
      <h1 className="text-2xl font-semibold text-slate-900">Set your password</h1>
      {valid ? (
        <ResetPasswordForm action={resetPassword} token={token} minLength={MIN_PASSWORD_LENGTH} />
      ) : (
        <div role="alert" className="space-y-2 text-slate-700">
          <p>This link has expired or was already used. Links work once, for three days.</p>
          <p>
            Ask an admin of the roadmap for a new one, or <Link href="/sign-in">sign in</Link> if you have set
            your password already.
          </p>
        </div>
      )}
    </div>
  );
}
