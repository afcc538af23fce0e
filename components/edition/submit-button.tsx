'use client';

import type { ReactNode } from 'react';
import { useFormStatus } from 'react-dom';

/** A submit button that says it is working while its form's action runs. */
export function SubmitButton({
  children,
  pending,
  variant = 'primary',
}: {
  children: ReactNode;
  pending: string;
  variant?: 'primary' | 'secondary';
}) {
  const status = useFormStatus();
  const look =
    variant === 'primary'
      ? 'bg-brand-700 hover:bg-brand-800 text-white'
      : 'border border-slate-400 bg-white text-slate-900 hover:bg-slate-50';
  return (
    <button
      type="submit"
      disabled={status.pending}
      className={`${look} rounded-md px-4 py-2 text-sm font-medium disabled:opacity-60`}
    >
      {status.pending ? pending : children}
    </button>
  );
}
