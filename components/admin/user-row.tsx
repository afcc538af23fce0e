'use client';

import { Form } from '@/components/ui/form/form';
import { FormMessage } from '@/components/ui/form/form-message';
import { CheckboxField, TextField } from '@/components/ui/form/inputs';
import { SubmitButton } from '@/components/ui/form/submit-button';
import { useFormAction, type FormServerAction } from '@/components/ui/form/use-form-action';
import type { FormValues } from '@/lib/domain/action-state';
import type { LinkData } from '@/lib/domain/user-form';
import { LinkNotice } from './link-notice';

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
  setRoles: FormServerAction<FormValues, undefined>;
  passwordLink: FormServerAction<FormValues, LinkData>;
}) {
  const roles = useFormAction(setRoles, { resetOnDone: false });
  const link = useFormAction(passwordLink);
  const paths = (role: string) =>
    user.roles
      .filter((r) => r.role === role)
      .map((r) => r.path)
      .join(', ');
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
      <Form
        kit={roles}
        message={false}
        className="grid gap-3 sm:grid-cols-[1fr_1fr_auto_auto] sm:items-end"
        aria-label={`Roles of ${user.name}`}
      >
        <input type="hidden" name="userId" value={user.id} />
        <TextField
          id={`coord-${key}`}
          label="Coordinator of"
          name="coordinatorOf"
          defaultValue={paths('COORDINATOR')}
        />
        <TextField
          id={`rapp-${key}`}
          label="Rapporteur of"
          name="rapporteurOf"
          defaultValue={paths('RAPPORTEUR')}
        />
        <div className="pb-2">
          {isSelf ? (
            // Your own admin role stays (another admin removes it): the box is shown, the hidden field posts it.
            <>
              <CheckboxField id={`admin-${key}`} name="isAdmin" label="Admin" defaultChecked disabled />
              <input type="hidden" name="isAdmin" value="on" />
            </>
          ) : (
            <CheckboxField id={`admin-${key}`} name="isAdmin" label="Admin" defaultChecked={user.isAdmin} />
          )}
        </div>
        <SubmitButton pending={roles.pending} pendingLabel="Saving…">
          Save roles
        </SubmitButton>
      </Form>
      <FormMessage {...roles.messageProps} />
      <Form kit={link} message={false}>
        <input type="hidden" name="email" value={user.email} />
        <button type="submit" className="text-brand-700 text-sm underline">
          New password link for {user.name}
        </button>
      </Form>
      {link.state.done && link.state.data ? (
        <LinkNotice id={`link-${key}`} {...link.state.data} />
      ) : (
        <FormMessage {...link.messageProps} />
      )}
    </li>
  );
}
