'use client';
import Link from 'next/link';
import { changeStatusSchema } from '@/lib/domain/schemas/work-item';
import { simpleFormInput, zodFieldErrors } from '@/lib/domain/work-item-form';
import { primaryButton, secondaryButton } from './buttons';
import { Field, FormMessage, inputClass } from './field';
import type { FormState } from './form-state';
import { useValidatedAction } from './use-validated-action';

const NAMES = ['version', 'status', 'date', 'reference', 'note'] as const;

function validate(data: FormData): Record<string, string> {
  const parsed = changeStatusSchema.safeParse(simpleFormInput(data.entries(), NAMES));
  return parsed.success ? {} : zodFieldErrors(parsed.error);
}

/** Moves an item to one of the statuses its lifecycle allows next, with date, reference and note. */
export function StatusForm({
  action,
  version,
  options,
  today,
  cancelHref,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  version: number;
  /** Only the statuses the lifecycle allows next. */
  options: { code: string; name: string }[];
  today: string;
  cancelHref: string;
}) {
  const {
    state,
    pending,
    fieldErrors: errors,
    formProps,
    messageProps,
  } = useValidatedAction(action, validate);
  const text = (name: string) => state.values?.text[name];
  return (
    <form {...formProps} className="space-y-4">
      <FormMessage {...messageProps} />
      <input type="hidden" name="version" value={version} />
      <Field name="status" label="New status" required error={errors.status}>
        {(p) => (
          <select {...p} defaultValue={text('status') ?? ''} className={inputClass}>
            <option value="" disabled>
              Choose the new status…
            </option>
            {options.map((s) => (
              <option key={s.code} value={s.code}>
                {s.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="date" label="Date" required hint="The day it took effect (UTC)." error={errors.date}>
        {(p) => (
          <input {...p} type="date" max={today} defaultValue={text('date') ?? today} className={inputClass} />
        )}
      </Field>
      <Field
        name="reference"
        label="Meeting or reference"
        hint="e.g. “SG13 meeting, Geneva, July 2026” or “TD 123/PLEN”"
        error={errors.reference}
      >
        {(p) => <input {...p} defaultValue={text('reference') ?? ''} className={inputClass} />}
      </Field>
      <Field name="note" label="Note" error={errors.note}>
        {(p) => <textarea {...p} rows={3} defaultValue={text('note') ?? ''} className={inputClass} />}
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? 'Saving…' : 'Change status'}
        </button>
        <Link href={cancelHref} className={secondaryButton}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
