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

/** Parts a control's props into the Field's, the control's own and the value to show. */
function useControl<P extends Labelled & Native<object>>(props: P) {
  const {
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
    ...control
  } = props;
  const { value } = useFormField(name);
  return {
    field: { name, label, hint, error, required, className, id },
    control: {
      ...control,
      required: requiredAttribute,
      className: `${inputClass} ${controlClassName}`,
    },
    value: value ?? defaultValue,
  };
}

export function TextField(props: Labelled & Native<InputHTMLAttributes<HTMLInputElement>>) {
  const { field, control, value } = useControl(props);
  // A password typed before a refused save is never sent back into the page.
  const shown = control.type === 'password' ? undefined : value;
  return <Field {...field}>{(p) => <input {...p} {...control} defaultValue={shown} />}</Field>;
}

export function TextArea(props: Labelled & Native<TextareaHTMLAttributes<HTMLTextAreaElement>>) {
  const { field, control, value } = useControl(props);
  return <Field {...field}>{(p) => <textarea {...p} {...control} defaultValue={value} />}</Field>;
}

export function SelectField({
  options,
  ...props
}: Labelled &
  Native<SelectHTMLAttributes<HTMLSelectElement>> & {
    options: readonly { value: string; label: string }[];
  }) {
  const { field, control, value } = useControl(props);
  return (
    <Field {...field}>
      {(p) => (
        <select {...p} {...control} defaultValue={value}>
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
