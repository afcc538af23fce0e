'use client';

import { useActionState } from 'react';
import { FormMessage, type FormState } from '@/components/account/form-parts';
import { SubmitButton } from './submit-button';
import { SupplementNumberField } from './supplement-number-field';

// Creates the draft edition of a year with its scope. Every box is checked at first: the edition
// covers everything unless the coordinator narrows it.

interface Option {
  value: string;
  label: string;
}

function Checkboxes({
  name,
  legend,
  options,
  error,
}: {
  name: string;
  legend: string;
  options: Option[];
  error?: string;
}) {
  return (
    <fieldset className="min-w-0 space-y-1" aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <input type="hidden" name={`${name}Count`} value={options.length} />
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {options.map((o) => (
          <label key={o.value} className="facet-option">
            <input type="checkbox" name={name} value={o.value} defaultChecked />
            {o.label}
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${name}-error`} className="text-sm text-red-700">
          {legend}: {error}
        </p>
      ) : null}
    </fieldset>
  );
}

export function CreateEditionForm({
  action,
  defaultYear,
  generations,
  bodies,
  topics,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  defaultYear: number;
  generations: Option[];
  bodies: Option[];
  topics: Option[];
}) {
  const [state, formAction] = useActionState(action, {});
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-4" aria-labelledby="create-edition-heading">
      <FormMessage state={state} />
      {state.done && state.message ? (
        <p
          role="status"
          className="rounded border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900"
        >
          {state.message}
        </p>
      ) : null}
      <div className="max-w-xs space-y-1">
        <label htmlFor="edition-year" className="block text-sm font-medium text-slate-800">
          Year
        </label>
        <input
          id="edition-year"
          name="year"
          type="number"
          inputMode="numeric"
          min={2016}
          max={2200}
          required
          defaultValue={defaultYear}
          aria-invalid={errors.year ? true : undefined}
          aria-describedby={errors.year ? 'edition-year-error' : undefined}
          className="w-full rounded border border-slate-400 bg-white px-3 py-2 text-base"
        />
        {errors.year ? (
          <p id="edition-year-error" className="text-sm text-red-700">
            {errors.year}
          </p>
        ) : null}
      </div>
      <SupplementNumberField id="edition-supplement" />
      <Checkboxes
        name="generation"
        legend="IMT generations"
        options={generations}
        error={errors.generation}
      />
      <Checkboxes name="body" legend="Standards bodies" options={bodies} error={errors.body} />
      <Checkboxes name="topic" legend="Topics" options={topics} error={errors.topic} />
      <div className="max-w-xl space-y-1">
        <label htmlFor="edition-comment" className="block text-sm font-medium text-slate-800">
          Comment for the audit trail (optional)
        </label>
        <input
          id="edition-comment"
          name="comment"
          maxLength={500}
          className="w-full rounded border border-slate-400 bg-white px-3 py-2 text-base"
        />
      </div>
      <SubmitButton pending="Taking the snapshot…">Create the draft edition</SubmitButton>
    </form>
  );
}
