'use client';
import type { ReactNode } from 'react';
import { primaryButton } from './buttons';

/** The form's submit button, which says it is working while the Server Action runs. */
export function SubmitButton({
  pending,
  pendingLabel,
  children,
  className = primaryButton,
  name,
  value,
}: {
  pending: boolean;
  pendingLabel?: string;
  children: ReactNode;
  className?: string;
  name?: string;
  value?: string;
}) {
  return (
    <button type="submit" disabled={pending} className={className} name={name} value={value}>
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
