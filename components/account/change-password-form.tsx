'use client';

import { useActionState } from 'react';
import { FormMessage, SubmitButton, TextField, type FormState } from './form-parts';

export function ChangePasswordForm({
  action,
  minLength,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  minLength: number;
}) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="max-w-sm space-y-4" aria-label="Change your password">
      <FormMessage state={state} />
      {state.done ? (
        <p role="status" className="text-sm text-green-800">
          Password changed. Your other sessions are signed out.
        </p>
      ) : null}
      <TextField
        id="current-password"
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={state.fieldErrors?.currentPassword}
      />
      <TextField
        id="new-password"
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        minLength={minLength}
        required
        hint={`At least ${minLength} characters.`}
        error={state.fieldErrors?.newPassword}
      />
      <TextField
        id="confirm-password"
        label="Repeat the new password"
        name="confirm"
        type="password"
        autoComplete="new-password"
        required
        error={state.fieldErrors?.confirm}
      />
      <SubmitButton pending="Saving…">Change password</SubmitButton>
    </form>
  );
}
