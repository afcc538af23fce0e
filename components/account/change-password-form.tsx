'use client';

import { Form } from '@/components/ui/form/form';
import { TextField } from '@/components/ui/form/inputs';
import { SubmitButton } from '@/components/ui/form/submit-button';
import { useFormAction, type FormServerAction } from '@/components/ui/form/use-form-action';
import { formFields, type FormValues } from '@/lib/domain/action-state';
import { schemaFieldErrors } from '@/lib/domain/field-errors';
import { changePasswordForm } from '@/lib/domain/schemas/account';

export function ChangePasswordForm({
  action,
  minLength,
}: {
  action: FormServerAction<FormValues, undefined>;
  minLength: number;
}) {
  const kit = useFormAction(action, {
    validate: (data) => schemaFieldErrors(changePasswordForm, formFields(data)),
  });
  return (
    <Form kit={kit} className="max-w-sm space-y-4" aria-label="Change your password">
      <TextField
        id="current-password"
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
      />
      <TextField
        id="new-password"
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        minLength={minLength}
        hint={`At least ${minLength} characters.`}
      />
      <TextField
        id="confirm-password"
        label="Repeat the new password"
        name="confirm"
        type="password"
        autoComplete="new-password"
      />
      <SubmitButton pending={kit.pending} pendingLabel="Saving…">
        Change password
      </SubmitButton>
    </Form>
  );
}
