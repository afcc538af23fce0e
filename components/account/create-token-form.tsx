'use client';

import { useState } from 'react';
import { inputClass } from '@/components/ui/form/field';
import { Form } from '@/components/ui/form/form';
import { FormMessage } from '@/components/ui/form/form-message';
import { SelectField, TextField } from '@/components/ui/form/inputs';
import { SubmitButton } from '@/components/ui/form/submit-button';
import { useFormAction, type FormServerAction } from '@/components/ui/form/use-form-action';
import type { FormValues } from '@/lib/domain/action-state';
import { schemaFieldErrors } from '@/lib/domain/field-errors';
import { createApiTokenInput } from '@/lib/domain/schemas/account';
import { tokenFormInput, type CreatedToken } from '@/lib/domain/token-form';

const EXPIRY = [
  { value: '30', label: 'in 30 days' },
  { value: '90', label: 'in 90 days' },
  { value: '365', label: 'in a year' },
  { value: '', label: 'never' },
];

/** Creates an API token and shows it once, with a copy button. */
export function CreateTokenForm({ action }: { action: FormServerAction<FormValues, CreatedToken> }) {
  const kit = useFormAction(action, {
    validate: (data) => schemaFieldErrors(createApiTokenInput, tokenFormInput(data).input),
  });
  const { state } = kit;
  const token = state.done ? state.data?.token : undefined;
  const [copied, setCopied] = useState(false);
  return (
    <div className="space-y-4">
      {token ? (
        <div role="status" className="space-y-2 rounded border border-green-200 bg-green-50 p-3">
          <p className="text-sm font-medium text-green-900">{state.message}</p>
          <div className="flex gap-2">
            <label htmlFor="new-token" className="sr-only">
              New API token
            </label>
            <input
              id="new-token"
              readOnly
              value={token}
              className={`${inputClass} font-mono text-sm`}
              onFocus={(e) => e.currentTarget.select()}
            />
            <button
              type="button"
              className="rounded border border-slate-400 bg-white px-3 py-2 text-sm hover:bg-slate-100"
              onClick={() => {
                void navigator.clipboard?.writeText(token).then(() => setCopied(true));
              }}
            >
              {copied ? 'Copied' : 'Copy'}
            </button>
          </div>
          <p className="text-xs text-slate-700">
            Send it with each API request as{' '}
            <code className="font-mono">Authorization: Bearer &lt;token&gt;</code>.
          </p>
        </div>
      ) : null}
      <Form
        kit={kit}
        message={false}
        className="grid gap-3 sm:grid-cols-[1fr_12rem_auto] sm:items-end"
        aria-label="Create an API token"
      >
        {token ? null : (
          <div className="sm:col-span-3">
            <FormMessage {...kit.messageProps} />
          </div>
        )}
        <TextField
          id="token-name"
          label="Token name"
          name="name"
          maxLength={100}
          placeholder="e.g. import script on my laptop"
        />
        <SelectField
          id="token-expiry"
          label="Expires"
          name="expiresInDays"
          defaultValue="365"
          options={EXPIRY}
        />
        <SubmitButton pending={kit.pending} pendingLabel="Creating…">
          Create token
        </SubmitButton>
      </Form>
    </div>
  );
}
