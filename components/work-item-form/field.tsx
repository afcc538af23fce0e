import type { ReactNode } from 'react';

/** The element id of a form field ("editors.1.email" -> "f-editors-1-email"). */
export function fieldId(name: string): string {
  return `f-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

export interface ControlProps {
  id: string;
  name: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export const inputClass =
  'block w-full rounded border border-slate-400 bg-white px-2.5 py-1.5 text-sm text-slate-900 ' +
  'aria-invalid:border-rose-700 aria-invalid:ring-1 aria-invalid:ring-rose-700';

/** A labelled control with its hint and its error right below it, tied by aria-describedby. */
export function Field({
  name,
  label,
  hint,
  error,
  required,
  className,
  children,
}: {
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const id = fieldId(name);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {required ? <span className="text-slate-600"> (required)</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <div className="mt-1">
        {children({
          id,
          name,
          'aria-invalid': error ? true : undefined,
          'aria-describedby': describedBy || undefined,
        })}
      </div>
      <FieldError id={`${id}-error`} error={error && /^[a-z]/.test(error) ? `${label} ${error}` : error} />
    </div>
  );
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-rose-800">
      <span aria-hidden="true">⚠ </span>
      {error}
    </p>
  );
}

/** The form's message (refusal, conflict), announced and focusable. */
export function FormMessage({
  message,
  conflict,
  focusRef,
}: {
  message?: string;
  conflict?: boolean;
  focusRef?: React.Ref<HTMLDivElement>;
}) {
  if (!message) return null;
  return (
    <div
      ref={focusRef}
      tabIndex={-1}
      role="alert"
      className="rounded border border-rose-300 bg-rose-50 px-3 py-2 text-sm text-rose-900"
    >
      {conflict ? (
        <p className="font-semibold">Someone changed this item while you were editing it.</p>
      ) : null}
      <p>{message}</p>
      {conflict ? (
        <p className="mt-1">
          Your input is still in the form below. Open the item in a new tab to see the current values, then
          reload this page and apply your change again.
        </p>
      ) : null}
    </div>
  );
}
