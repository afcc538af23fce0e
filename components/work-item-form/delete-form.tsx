'use client';
import { dangerButton } from '@/components/ui/form/buttons';
import { Form } from '@/components/ui/form/form';
import { TextField } from '@/components/ui/form/inputs';
import { SubmitButton } from '@/components/ui/form/submit-button';
import { useFormAction, type FormServerAction } from '@/components/ui/form/use-form-action';
import type { FormValues } from '@/lib/domain/action-state';
import { schemaFieldErrors } from '@/lib/domain/field-errors';
import { deleteWorkItemSchema } from '@/lib/domain/schemas/work-item';
import { simpleFormInput } from '@/lib/domain/work-item-form';

/** Admins only: deletes an item for good after its identifier is typed again. */
export function DeleteForm({
  action,
  identifier,
  version,
}: {
  action: FormServerAction<FormValues, undefined>;
  identifier: string;
  version: number;
}) {
  const validate = (data: FormData) => {
    const input = simpleFormInput(data.entries(), ['version', 'confirm', 'comment']);
    const errors = schemaFieldErrors(deleteWorkItemSchema, input);
    if (Object.keys(errors).length > 0) return errors;
    return input.confirm === identifier ? {} : { confirm: `type ${identifier} exactly to confirm` };
  };
  const kit = useFormAction(action, { validate });
  return (
    <Form kit={kit} className="space-y-3">
      <input type="hidden" name="version" value={version} />
      <TextField
        name="confirm"
        label={`Type ${identifier} to confirm`}
        hint="The deletion is recorded in the audit trail with every field’s last value."
        autoComplete="off"
        controlClassName="font-mono sm:max-w-xs"
      />
      <TextField name="comment" label="Why (optional)" />
      <SubmitButton pending={kit.pending} pendingLabel="Deleting…" className={dangerButton}>
        Delete permanently
      </SubmitButton>
    </Form>
  );
}
