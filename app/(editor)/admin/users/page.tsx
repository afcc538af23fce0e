import type { Metadata } from 'next';
import { CreateUserForm } from '@/components/admin/create-user-form';
import { UserRow } from '@/components/admin/user-row';
import { Section } from '@/components/ui/section';
import { requireSignedIn } from '@/lib/server/current-actor';
import { can } from '@/lib/server/permissions';
import { listUsers } from '@/lib/server/queries/list-users';
import { createUserAction, passwordLinkAction, setRolesAction } from './actions';

export const metadata: Metadata = { title: 'Users', robots: { index: false } };

export default async function UsersPage() {
  const actor = await requireSignedIn('/admin/users');
  if (!can(actor, 'users.manage'))
    return (
      <div role="alert" className="mx-auto max-w-2xl space-y-3 py-10">
        <p className="text-brand-700 text-sm font-semibold">403</p>
        <h1 className="text-2xl font-semibold text-slate-900">Only admins manage users</h1>
        <p className="text-slate-700">
          You are signed in as {actor.name}, who is not an admin. Ask an admin if you need an account for
          someone or a different role.
        </p>
      </div>
    );
  const users = await listUsers(actor);
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <h1 className="text-2xl font-semibold text-slate-900">Users</h1>
      <Section id="new-user" title="Create a user">
        <CreateUserForm action={createUserAction} />
      </Section>
      <Section id="users" title={`${users.length} users`}>
        <ul aria-label="Users" className="divide-y divide-slate-200">
          {users.map((user) => (
            <UserRow
              key={user.id}
              user={user}
              isSelf={user.id === actor.userId}
              setRoles={setRolesAction}
              passwordLink={passwordLinkAction}
            />
          ))}
        </ul>
      </Section>
    </div>
  );
}
