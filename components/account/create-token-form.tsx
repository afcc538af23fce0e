'use client';

import { useActionState, useState } from 'react';
import { FormMessage, inputClass, SubmitButton, TextField, type FormState } from './form-parts';

type State = FormState & { token?: string; name?: string };

/** Creates an API token and shows it once, with a copy button. */
export function CreateTokenForm({ action }: { action: (state: State, form: FormData) => Promise<State> }) {
  const [state, formAction] = useActionState(action, {});
  const [copied, setCopied] = useState(false);
  return (
    <div className="space-y-4">
      {state.token ? (
        <div role="status" className="space-y-2 rounded border border-green-200 bg-green-50 p-3">
          <p className="text-sm font-medium text-green-900">
            Token “{state.name}” created. Copy it now: it is shown only once and cannot be recovered.
          </p>
          <div className="flex gap-2">
            <label htmlFor="new-token" className="sr-only">
              New API token
            </label>
            <input
              id="new-token"
              readOnly
              value={state.token}
              className={`${inputClass} font-mono text-sm`}
              onFocus={(e) => e.currentTarget.select()}
            />
            <button
              type="button"
              className="rounded border border-slate-400 bg-white px-3 py-2 text-sm hover:bg-slate-100"
              onClick={() => {
                void navigator.clipboard?.writeText(state.token ?? '').then(() => setCopied(true));
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
      <form
        action={formAction}
        className="grid gap-3 sm:grid-cols-[1fr_12rem_auto] sm:items-end"
        aria-label="Create an API token"
      >
        <FormMessage state={state} />
        <TextField
          id="token-name"
          label="Token name"
          name="name"
          required
          maxLength={100}
          placeholder="e.g. import script on my laptop"
          error={state.fieldErrors?.name}
        />
        <div className="space-y-1">
          <label htmlFor="token-expiry" className="block text-sm font-medium text-slate-800">
            Expires
          </label>
          <select id="token-expiry" name="expiresInDays" defaultValue="365" className={inputClass}>
            <option value="30">in 30 days</option>
            <option value="90">in 90 days</option>
            <option value="365">in a year</option>
            <option value="">never</option>
          </select>
        </div>
        <SubmitButton pending="Creating…">Create token</SubmitButton>
      </form>
    </div>
  );
}
