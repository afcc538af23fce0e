'use client';

import { useActionState } from 'react';
import { FormMessage, SubmitButton, TextField, type FormState } from './form-parts';

export function ResetPasswordForm({
  action,
  token,
  minLength,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  token: string;
  minLength: number;
}) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-4" aria-label="Set your password">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <TextField
        id="reset-password"
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        minLength={minLength}
        required
        hint={`At least ${minLength} characters; a few unrelated words make a good one.`}
        error={state.fieldErrors?.password}
      />
      <TextField
        id="reset-confirm"
        label="Repeat the password"
        name="confirm"
        type="password"
        autoComplete="new-password"
        required
        error={state.fieldErrors?.confirm}
      />
      <SubmitButton pending="Saving…">Set password</SubmitButton>
    </form>
  );
}
