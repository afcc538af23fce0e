'use client';

import type { InputHTMLAttributes, ReactNode } from 'react';
import { useFormStatus } from 'react-dom';

// Pieces of the account and admin forms: a labelled field with its error, the form's message, a
// submit button that shows it is working.

export interface FormState {
  error?: string;
  fieldErrors?: Record<string, string>;
  done?: boolean;
  message?: string;
}

export const inputClass = 'w-full min-w-0 rounded border border-slate-400 bg-white px-3 py-2 text-base';

export function TextField({
  id,
  label,
  error,
  hint,
  ...input
}: { id: string; label: string; error?: string; hint?: ReactNode } & InputHTMLAttributes<HTMLInputElement>) {
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ');
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        className={inputClass}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...input}
      />
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {label} {error}
        </p>
      ) : null}
    </div>
  );
}

export function FormMessage({ state }: { state: FormState }) {
  if (!state.error) return null;
  return (
    <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      {state.error}
    </p>
  );
}

export function SubmitButton({ children, pending: pendingLabel }: { children: ReactNode; pending?: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      className="bg-brand-700 hover:bg-brand-800 rounded px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
