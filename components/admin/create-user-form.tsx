'use client';

import { useActionState } from 'react';
import { FormMessage, SubmitButton, TextField, type FormState } from '@/components/account/form-parts';
import { LinkNotice } from './link-notice';

type State = FormState & { link?: string; mailed?: boolean; email?: string };

const GROUP_HINT = 'Group paths or codes, comma-separated: itu-t/sg13, Q6/13, JCA-IMT2020';

export function CreateUserForm({ action }: { action: (state: State, form: FormData) => Promise<State> }) {
  const [state, formAction] = useActionState(action, {});
  const errors = state.fieldErrors ?? {};
  const roleError = Object.entries(errors).find(([field]) => field.startsWith('groupRoles'))?.[1];
  return (
    <div className="space-y-4">
      {state.done ? (
        state.link ? (
          <LinkNotice id="invitation-link" email={state.email} link={state.link} mailed={state.mailed} />
        ) : (
          <p role="status" className="text-sm text-green-800">
            Account created for {state.email}, with the password you gave.
          </p>
        )
      ) : null}
      <form action={formAction} className="grid gap-4 sm:grid-cols-2" aria-label="Create a user">
        <div className="sm:col-span-2">
          <FormMessage state={state} />
        </div>
        <TextField
          id="new-user-email"
          label="E-mail"
          name="email"
          type="email"
          required
          error={errors.email}
        />
        <TextField id="new-user-name" label="Name" name="name" required maxLength={200} error={errors.name} />
        <TextField
          id="new-user-coordinator"
          label="Coordinator of"
          name="coordinatorOf"
          hint={GROUP_HINT}
          error={roleError}
        />
        <TextField id="new-user-rapporteur" label="Rapporteur of" name="rapporteurOf" hint={GROUP_HINT} />
        <TextField
          id="new-user-password"
          label="Password (optional)"
          name="password"
          type="password"
          autoComplete="new-password"
          hint="Leave empty to get an invitation link with which they set their own."
          error={errors.password}
        />
        <div className="flex items-center gap-2 self-center">
          <input id="new-user-admin" type="checkbox" name="isAdmin" className="h-4 w-4" />
          <label htmlFor="new-user-admin" className="text-sm text-slate-800">
            Admin (manages users and everything else)
          </label>
        </div>
        <div className="sm:col-span-2">
          <SubmitButton pending="Creating…">Create user</SubmitButton>
        </div>
      </form>
    </div>
  );
}
