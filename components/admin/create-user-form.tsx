'use client';

import { Form } from '@/components/ui/form/form';
import { CheckboxField, TextField } from '@/components/ui/form/inputs';
import { SubmitButton } from '@/components/ui/form/submit-button';
import { useFormAction, type FormServerAction } from '@/components/ui/form/use-form-action';
import { createUserInput } from '@/lib/domain/schemas/account';
import { schemaFieldErrors } from '@/lib/domain/field-errors';
import { readUserForm } from '@/lib/domain/user-form';
import type { FormValues } from '@/lib/domain/action-state';
import type { LinkData } from '@/lib/domain/user-form';
import { FormMessage } from '@/components/ui/form/form-message';
import { LinkNotice } from './link-notice';

export const GROUP_HINT = 'Group paths or codes, comma-separated: itu-t/sg13, Q6/13, JCA-IMT2020';

/** The form's own check, with the schema the Server Action uses. */
function validate(data: FormData): Record<string, string> {
  const form = readUserForm(data, ['email', 'name', 'password']);
  return form.mapErrors(schemaFieldErrors(createUserInput, form.input));
}

export function CreateUserForm({ action }: { action: FormServerAction<FormValues, LinkData> }) {
  const kit = useFormAction(action, { validate });
  const { state, pending } = kit;
  return (
    <div className="space-y-4">
      {state.done && state.data?.link ? <LinkNotice id="invitation-link" {...state.data} /> : null}
      <Form kit={kit} className="grid gap-4 sm:grid-cols-2" aria-label="Create a user" message={false}>
        <div className="sm:col-span-2">
          <FormMessage {...kit.messageProps} />
        </div>
        <TextField id="new-user-email" label="E-mail" name="email" type="email" required />
        <TextField id="new-user-name" label="Name" name="name" required maxLength={200} />
        <TextField id="new-user-coordinator" label="Coordinator of" name="coordinatorOf" hint={GROUP_HINT} />
        <TextField id="new-user-rapporteur" label="Rapporteur of" name="rapporteurOf" hint={GROUP_HINT} />
        <TextField
          id="new-user-password"
          label="Password (optional)"
          name="password"
          type="password"
          autoComplete="new-password"
          hint="Leave empty to get an invitation link with which they set their own."
        />
        <CheckboxField
          id="new-user-admin"
          name="isAdmin"
          label="Admin (manages users and everything else)"
          className="self-center"
        />
        <div className="sm:col-span-2">
          <SubmitButton pending={pending} pendingLabel="Creating…">
            Create user
          </SubmitButton>
        </div>
      </Form>
    </div>
  );
}
