'use client';
import { useActionState } from 'react';
import { initialFormState, type FormState } from './form-state';

/** "Mark as verified": one click confirms the entry is current as shown (the version seen). */
export function VerifyButton({
  action,
  identifier,
  version,
  compact = false,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  identifier: string;
  version: number;
  compact?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="inline-flex flex-wrap items-center gap-2">
      <input type="hidden" name="identifier" value={identifier} />
      <input type="hidden" name="version" value={version} />
      <button
        type="submit"
        disabled={pending}
        className={`inline-flex items-center rounded border border-emerald-700 bg-white text-sm font-medium whitespace-nowrap text-emerald-900 hover:bg-emerald-50 disabled:opacity-60 ${compact ? 'px-2 py-1' : 'px-3 py-1.5'}`}
      >
        <span aria-hidden="true" className="mr-1">
          ✓
        </span>
        {pending ? 'Saving…' : 'Mark as verified'}
        {compact ? <span className="sr-only"> {identifier}</span> : null}
      </button>
      <span role="status" className="text-sm">
        {state.done ? <span className="text-emerald-900">{state.done}</span> : null}
        {state.message ? <span className="text-rose-800">{state.message}</span> : null}
      </span>
    </form>
  );
}
