'use client';

import { useActionState } from 'react';
import { FormMessage, SubmitButton, TextField, type FormState } from '@/components/account/form-parts';
import { LinkNotice } from './link-notice';

type LinkState = FormState & { link?: string; mailed?: boolean; email?: string };

export interface AdminUser {
  id: string;
  name: string;
  email: string;
  isAdmin: boolean;
  hasPassword: boolean;
  roles: { role: 'COORDINATOR' | 'RAPPORTEUR'; path: string; code: string }[];
}

/** One user: their roles as an editable form, and a button for a new password link. */
export function UserRow({
  user,
  isSelf,
  setRoles,
  passwordLink,
}: {
  user: AdminUser;
  isSelf: boolean;
  setRoles: (state: FormState, form: FormData) => Promise<FormState>;
  passwordLink: (state: LinkState, form: FormData) => Promise<LinkState>;
}) {
  const [rolesState, rolesAction] = useActionState(setRoles, {});
  const [linkState, linkAction] = useActionState(passwordLink, {});
  const paths = (role: string) =>
    user.roles
      .filter((r) => r.role === role)
      .map((r) => r.path)
      .join(', ');
  const roleError = Object.entries(rolesState.fieldErrors ?? {}).find(([f]) =>
    f.startsWith('groupRoles'),
  )?.[1];
  const key = user.id.replace(/[^A-Za-z0-9_-]/g, '');
  return (
    <li className="space-y-3 py-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-medium text-slate-900">
          {user.name} <span className="font-normal text-slate-600">{user.email}</span>
        </h3>
        <span className="text-xs text-slate-600">
          {user.hasPassword ? 'has a password' : 'no password yet'}
        </span>
      </div>
      <form
        action={rolesAction}
        className="grid gap-3 sm:grid-cols-[1fr_1fr_auto_auto] sm:items-end"
        aria-label={`Roles of ${user.name}`}
      >
        <input type="hidden" name="userId" value={user.id} />
        <TextField
          id={`coord-${key}`}
          label="Coordinator of"
          name="coordinatorOf"
          defaultValue={paths('COORDINATOR')}
          error={roleError}
        />
        <TextField
          id={`rapp-${key}`}
          label="Rapporteur of"
          name="rapporteurOf"
          defaultValue={paths('RAPPORTEUR')}
        />
        <div className="flex items-center gap-2 pb-2">
          <input
            id={`admin-${key}`}
            type="checkbox"
            name="isAdmin"
            defaultChecked={user.isAdmin}
            disabled={isSelf}
            className="h-4 w-4"
          />
          <label htmlFor={`admin-${key}`} className="text-sm text-slate-800">
            Admin
          </label>
          {isSelf ? <input type="hidden" name="isAdmin" value="on" /> : null}
        </div>
        <SubmitButton pending="Saving…">Save roles</SubmitButton>
      </form>
      <FormMessage state={rolesState} />
      {rolesState.message ? (
        <p role="status" className="text-sm text-green-800">
          {rolesState.message}
        </p>
      ) : null}
      <form action={linkAction}>
        <input type="hidden" name="email" value={user.email} />
        <button type="submit" className="text-brand-700 text-sm underline">
          New password link for {user.name}
        </button>
      </form>
      <FormMessage state={linkState} />
      <LinkNotice
        id={`link-${key}`}
        email={linkState.email}
        link={linkState.link}
        mailed={linkState.mailed}
      />
    </li>
  );
}
