'use client';

import { useActionState } from 'react';
import { FormMessage, SubmitButton, TextField, type FormState } from './form-parts';

export function SignInForm({
  action,
  next,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  next: string;
}) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-4" aria-label="Sign in">
      <FormMessage state={state} />
      <input type="hidden" name="next" value={next} />
      <TextField
        id="sign-in-email"
        label="E-mail"
        name="email"
        type="email"
        autoComplete="username"
        required
        error={state.fieldErrors?.email}
      />
      <TextField
        id="sign-in-password"
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={state.fieldErrors?.password}
      />
      <SubmitButton pending="Signing in…">Sign in</SubmitButton>
    </form>
  );
}
