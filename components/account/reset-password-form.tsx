'use client';

import { Form } from '@/components/ui/form/form';
import { TextField } from '@/components/ui/form/inputs';
import { SubmitButton } from '@/components/ui/form/submit-button';
import { useFormAction, type FormServerAction } from '@/components/ui/form/use-form-action';
import { schemaFieldErrors } from '@/lib/domain/field-errors';
import { formFields, type FormValues } from '@/lib/domain/action-state';
import { resetPasswordForm } from '@/lib/domain/schemas/account';

export function ResetPasswordForm({
  action,
  token,
  minLength,
}: {
  action: FormServerAction<FormValues, undefined>;
  token: string;
  minLength: number;
}) {
  const kit = useFormAction(action, {
    validate: (data) => schemaFieldErrors(resetPasswordForm, formFields(data)),
  });
  return (
    <Form kit={kit} className="space-y-4" aria-label="Set your password">
      <input type="hidden" name="token" value={token} />
      <TextField
        id="reset-password"
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        minLength={minLength}
        hint={`At least ${minLength} characters; a few unrelated words make a good one.`}
      />
      <TextField
        id="reset-confirm"
        label="Repeat the password"
        name="confirm"
        type="password"
        autoComplete="new-password"
      />
      <SubmitButton pending={kit.pending} pendingLabel="Saving…">
        Set password
      </SubmitButton>
    </Form>
  );
}
