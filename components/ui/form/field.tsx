'use client';
import type { ReactNode } from 'react';
import { useFormField } from './form-context';

// A labelled control with its hint and its message right below it, tied by aria-describedby. Every
// form's fields are one of these (or TextField, SelectField... built on it).

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
  'block w-full min-w-0 rounded border border-slate-400 bg-white px-2.5 py-1.5 text-sm text-slate-900 ' +
  'aria-invalid:border-rose-700 aria-invalid:ring-1 aria-invalid:ring-rose-700';

/** A message that starts in lower case continues the label: "E-mail" + "is required". */
export function fieldMessage(label: ReactNode, error: string): string {
  return typeof label === 'string' && /^[a-z]/.test(error) ? `${label} ${error}` : error;
}

export interface FieldProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Default: the form's message for `name`. */
  error?: string;
  required?: boolean;
  className?: string;
  /** The id of the control when it is not fieldId(name) (two forms for one name on a page). */
  id?: string;
  children: (control: ControlProps) => ReactNode;
}

export function Field({ name, label, hint, error, required, className, id, children }: FieldProps) {
  const fromForm = useFormField(name).error;
  const message = error ?? fromForm;
  const controlId = id ?? fieldId(name);
  const describedBy = [hint ? `${controlId}-hint` : '', message ? `${controlId}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={className}>
      <label htmlFor={controlId} className="block text-sm font-medium text-slate-800">
        {label}
        {required ? <span className="font-normal text-slate-600"> (required)</span> : null}
      </label>
      {hint ? (
        <p id={`${controlId}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <div className="mt-1">
        {children({
          id: controlId,
          name,
          'aria-invalid': message ? true : undefined,
          'aria-describedby': describedBy || undefined,
        })}
      </div>
      <FieldError id={`${controlId}-error`} error={message ? fieldMessage(label, message) : undefined} />
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
