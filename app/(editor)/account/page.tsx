import type { Metadata } from 'next';
import { ApiTokenList } from '@/components/account/api-token-list';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { CreateTokenForm } from '@/components/account/create-token-form';
import { RoleList } from '@/components/account/role-list';
import { Section } from '@/components/ui/section';
import { MIN_PASSWORD_LENGTH } from '@/lib/domain/schemas/account';
import { requireSignedIn } from '@/lib/server/current-actor';
import { getAccount } from '@/lib/server/queries/get-account';
import { changePassword, createToken, revokeToken } from './actions';

export const metadata: Metadata = { title: 'Your account', robots: { index: false } };

export default async function AccountPage() {
  const actor = await requireSignedIn('/account');
  const account = await getAccount(actor);
  if (!account) return null;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{account.name}</h1>
        <p className="text-slate-700">{account.email}</p>
      </div>
      <Section id="roles" title="Your roles">
        <RoleList isAdmin={account.isAdmin} roles={account.roles} />
      </Section>
      <Section id="tokens" title="API tokens">
        <div className="space-y-4">
          <p className="text-sm text-slate-700">
            Scripts use the API with a personal token, with your roles. Revoke a token you no longer need or
            may have leaked.
          </p>
          <ApiTokenList tokens={account.tokens} revoke={revokeToken} />
          <CreateTokenForm action={createToken} />
        </div>
      </Section>
      {account.hasPassword ? (
        <Section id="password" title="Password">
          <ChangePasswordForm action={changePassword} minLength={MIN_PASSWORD_LENGTH} />
        </Section>
      ) : null}
    </div>
  );
}
