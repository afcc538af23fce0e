'use client';

import { Form } from '@/components/ui/form/form';
import { TextField } from '@/components/ui/form/inputs';
import { SubmitButton } from '@/components/ui/form/submit-button';
import { useFormAction, type FormServerAction } from '@/components/ui/form/use-form-action';
import { schemaFieldErrors } from '@/lib/domain/field-errors';
import { formFields, type FormValues } from '@/lib/domain/action-state';
import { signInForm } from '@/lib/domain/schemas/account';

/** `next`: the page to go back to after signing in ('' for none). */
export function SignInForm({
  action,
  next,
}: {
  action: FormServerAction<FormValues, undefined>;
  next: string;
}) {
  const kit = useFormAction(action, {
    validate: (data) => schemaFieldErrors(signInForm, formFields(data)),
  });
  return (
    <Form kit={kit} className="space-y-4" aria-label="Sign in">
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextField id="sign-in-email" label="E-mail" name="email" type="email" autoComplete="username" />
      <TextField
        id="sign-in-password"
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
      />
      <SubmitButton pending={kit.pending} pendingLabel="Signing in…">
        Sign in
      </SubmitButton>
    </Form>
  );
}
