'use client';
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { Field, fieldId, inputClass } from './field';
import { useFormField } from './form-context';

// The kit's controls: a Field around an input, a textarea or a select, filled with the value typed
// before a refused save (else `defaultValue`).

interface Labelled {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  className?: string;
  id?: string;
}

type Native<T> = Omit<T, 'name' | 'id' | 'className' | 'defaultValue' | 'required'> & {
  defaultValue?: string;
  controlClassName?: string;
  /** Sets the control's own `required` (the label says "(required)" in any case). */
  requiredAttribute?: boolean;
};

export function TextField({
  name,
  label,
  hint,
  error,
  required,
  className,
  id,
  defaultValue,
  controlClassName = '',
  requiredAttribute,
  ...input
}: Labelled & Native<InputHTMLAttributes<HTMLInputElement>>) {
  const { value } = useFormField(name);
  const secret = input.type === 'password';
  return (
    <Field {...{ name, label, hint, error, required, className, id }}>
      {(p) => (
        <input
          {...p}
          {...input}
          required={requiredAttribute}
          defaultValue={secret ? undefined : (value ?? defaultValue)}
          className={`${inputClass} ${controlClassName}`}
        />
      )}
    </Field>
  );
}

export function TextArea({
  name,
  label,
  hint,
  error,
  required,
  className,
  id,
  defaultValue,
  controlClassName = '',
  requiredAttribute,
  ...input
}: Labelled & Native<TextareaHTMLAttributes<HTMLTextAreaElement>>) {
  const { value } = useFormField(name);
  return (
    <Field {...{ name, label, hint, error, required, className, id }}>
      {(p) => (
        <textarea
          {...p}
          {...input}
          required={requiredAttribute}
          defaultValue={value ?? defaultValue}
          className={`${inputClass} ${controlClassName}`}
        />
      )}
    </Field>
  );
}

export function SelectField({
  name,
  label,
  hint,
  error,
  required,
  className,
  id,
  defaultValue,
  controlClassName = '',
  requiredAttribute,
  options,
  ...select
}: Labelled &
  Native<SelectHTMLAttributes<HTMLSelectElement>> & {
    options: readonly { value: string; label: string }[];
  }) {
  const { value } = useFormField(name);
  return (
    <Field {...{ name, label, hint, error, required, className, id }}>
      {(p) => (
        <select
          {...p}
          {...select}
          required={requiredAttribute}
          defaultValue={value ?? defaultValue}
          className={`${inputClass} ${controlClassName}`}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A checkbox with its label beside it; checked again after a refused save when it was. */
export function CheckboxField({
  name,
  label,
  value = 'on',
  defaultChecked,
  id,
  className,
  hint,
  disabled,
}: {
  name: string;
  label: ReactNode;
  value?: string;
  defaultChecked?: boolean;
  disabled?: boolean;
  id?: string;
  className?: string;
  hint?: ReactNode;
}) {
  const { error, value: typed, filled } = useFormField(name);
  const controlId = id ?? fieldId(name);
  // A box left unchecked is not posted: once the form holds values, absent means unchecked.
  const checked = filled ? (typed ?? '').split('\n').includes(value) : defaultChecked;
  const describedBy = [hint ? `${controlId}-hint` : '', error ? `${controlId}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={className}>
      <div className="flex items-center gap-2">
        <input
          id={controlId}
          type="checkbox"
          name={name}
          value={value}
          defaultChecked={checked}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          className="h-4 w-4"
        />
        <label htmlFor={controlId} className="text-sm text-slate-800">
          {label}
        </label>
      </div>
      {hint ? (
        <p id={`${controlId}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${controlId}-error`} className="mt-1 text-sm font-medium text-rose-800">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}
