'use client';
import { deleteWorkItemSchema } from '@/lib/domain/schemas/work-item';
import { simpleFormInput, zodFieldErrors } from '@/lib/domain/work-item-form';
import { dangerButton } from './buttons';
import { Field, FormMessage, inputClass } from './field';
import type { FormState } from './form-state';
import { useValidatedAction } from './use-validated-action';

/** Admins only: deletes an item for good after its identifier is typed again. */
export function DeleteForm({
  action,
  identifier,
  version,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  identifier: string;
  version: number;
}) {
  const validate = (data: FormData) => {
    const input = simpleFormInput(data.entries(), ['version', 'confirm', 'comment']);
    const parsed = deleteWorkItemSchema.safeParse(input);
    if (!parsed.success) return zodFieldErrors(parsed.error);
    return parsed.data.confirm === identifier ? {} : { confirm: `type ${identifier} exactly to confirm` };
  };
  const { pending, fieldErrors: errors, formProps, messageProps } = useValidatedAction(action, validate);
  return (
    <form {...formProps} className="space-y-3">
      <FormMessage {...messageProps} />
      <input type="hidden" name="version" value={version} />
      <Field
        name="confirm"
        label={`Type ${identifier} to confirm`}
        error={errors.confirm}
        hint="The deletion is recorded in the audit trail with every field’s last value."
      >
        {(p) => <input {...p} autoComplete="off" className={`${inputClass} font-mono sm:max-w-xs`} />}
      </Field>
      <Field name="comment" label="Why (optional)" error={errors.comment}>
        {(p) => <input {...p} className={inputClass} />}
      </Field>
      <button type="submit" disabled={pending} className={dangerButton}>
        {pending ? 'Deleting…' : 'Delete permanently'}
      </button>
    </form>
  );
}
