'use client';
import Link from 'next/link';
import { primaryButton, secondaryButton } from '@/components/ui/form/buttons';
import { Form } from '@/components/ui/form/form';
import { SelectField, TextArea, TextField } from '@/components/ui/form/inputs';
import { SubmitButton } from '@/components/ui/form/submit-button';
import { useFormAction, type FormServerAction } from '@/components/ui/form/use-form-action';
import type { FormValues } from '@/lib/domain/action-state';
import { schemaFieldErrors } from '@/lib/domain/field-errors';
import { changeStatusSchema } from '@/lib/domain/schemas/work-item';
import { simpleFormInput } from '@/lib/domain/work-item-form';

const NAMES = ['version', 'status', 'date', 'reference', 'note'] as const;

function validate(data: FormData): Record<string, string> {
  return schemaFieldErrors(changeStatusSchema, simpleFormInput(data.entries(), NAMES));
}

/** Moves an item to one of the statuses its lifecycle allows next, with date, reference and note. */
export function StatusForm({
  action,
  version,
  options,
  today,
  cancelHref,
}: {
  action: FormServerAction<FormValues, undefined>;
  version: number;
  /** Only the statuses the lifecycle allows next. */
  options: { code: string; name: string }[];
  today: string;
  cancelHref: string;
}) {
  const kit = useFormAction(action, { validate });
  return (
    <Form kit={kit} className="space-y-4">
      <input type="hidden" name="version" value={version} />
      <SelectField
        name="status"
        label="New status"
        required
        defaultValue=""
        options={[
          { value: '', label: 'Choose the new status…' },
          ...options.map((s) => ({ value: s.code, label: s.name })),
        ]}
      />
      <TextField
        name="date"
        label="Date"
        required
        hint="The day it took effect (UTC)."
        type="date"
        max={today}
        defaultValue={today}
      />
      <TextField
        name="reference"
        label="Meeting or reference"
        hint="e.g. “SG13 meeting, Geneva, July 2026” or “TD 123/PLEN”"
      />
      <TextArea name="note" label="Note" rows={3} />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={kit.pending} pendingLabel="Saving…" className={primaryButton}>
          Change status
        </SubmitButton>
        <Link href={cancelHref} className={secondaryButton}>
          Cancel
        </Link>
      </div>
    </Form>
  );
}
