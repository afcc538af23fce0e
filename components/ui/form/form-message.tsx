'use client';
import type { ReactNode, Ref } from 'react';

/** The form's message: why nothing was saved (an alert), or what was done (a status); focusable. */
export function FormMessage({
  message,
  tone = 'error',
  focusRef,
  children,
}: {
  message?: string;
  tone?: 'error' | 'done';
  focusRef?: Ref<HTMLDivElement>;
  /** More to say under the message (what a conflict means, a link made). */
  children?: ReactNode;
}) {
  if (!message) return null;
  return (
    <div
      ref={focusRef}
      tabIndex={-1}
      role={tone === 'error' ? 'alert' : 'status'}
      className={
        tone === 'error'
          ? 'rounded border border-rose-300 bg-rose-50 px-3 py-2 text-sm text-rose-900'
          : 'rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900'
      }
    >
      <p>{message}</p>
      {children}
    </div>
  );
}
