'use client';

import { useActionState, useId } from 'react';
import { FormMessage, type FormState } from '@/components/account/form-parts';
import { SubmitButton } from './submit-button';
import { SupplementNumberField } from './supplement-number-field';

// One action on one edition (refresh, publish, create a corrigendum): hidden year and version,
// optionally a comment and a confirmation box, and the outcome under the button.

export function EditionActionForm({
  action,
  year,
  version,
  label,
  pending,
  confirm,
  comment = false,
  corrigendum = false,
  supplementNumber,
  variant = 'primary',
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  year: number;
  version?: number;
  label: string;
  pending: string;
  /** A required box to tick first (publishing cannot be undone). */
  confirm?: string;
  comment?: boolean;
  corrigendum?: boolean;
  /** Offer the Supplement number field, with the current number (null: none yet). */
  supplementNumber?: number | null;
  variant?: 'primary' | 'secondary';
}) {
  const [state, formAction] = useActionState(action, {});
  const id = useId();
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="year" value={year} />
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      {corrigendum ? <input type="hidden" name="corrigendum" value="1" /> : null}
      {supplementNumber !== undefined ? (
        <SupplementNumberField id={`${id}-supplement`} defaultValue={supplementNumber} />
      ) : null}
      {comment ? (
        <div className="space-y-1">
          <label htmlFor={`${id}-comment`} className="block text-sm font-medium text-slate-800">
            Comment (optional)
          </label>
          <input
            id={`${id}-comment`}
            name="comment"
            maxLength={500}
            className="w-full rounded border border-slate-400 bg-white px-3 py-2 text-base"
          />
        </div>
      ) : null}
      {confirm ? (
        <label className="flex items-start gap-2 text-sm text-slate-800">
          <input type="checkbox" name="confirm" value="yes" required className="mt-1" />
          <span>{confirm}</span>
        </label>
      ) : null}
      <SubmitButton pending={pending} variant={variant}>
        {label}
      </SubmitButton>
      <FormMessage state={state} />
      {state.done && state.message ? (
        <p role="status" className="text-sm text-green-800">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
