import type { ReactNode } from 'react';

// A labelled control with its hint and its error right below it; the control gets the ids through
// `describedBy` and `invalid` (aria-describedby, aria-invalid).

export const control =
  'mt-1 block w-full rounded-md border bg-white px-2 py-1.5 text-sm text-slate-900 focus-visible:border-brand-600 aria-invalid:border-rose-700 aria-invalid:ring-1 aria-invalid:ring-rose-700';
export const controlBorder = 'border-slate-400';

export function fieldIds(name: string, hint: boolean, error: string | undefined) {
  const ids = [hint ? `lf-${name}-hint` : null, error ? `lf-${name}-error` : null].filter(Boolean);
  return {
    id: `lf-${name}`,
    'aria-describedby': ids.length ? ids.join(' ') : undefined,
    'aria-invalid': error ? true : undefined,
  } as const;
}

export function FieldError({ name, error }: { name: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p id={`lf-${name}-error`} className="mt-1 text-sm font-medium text-rose-800">
      <span aria-hidden="true">✕ </span>
      {error}
    </p>
  );
}

/** The asterisk after a required field's label (the form says what it means). */
export function RequiredMark() {
  return (
    <span className="text-rose-800" aria-hidden="true">
      {' '}
      *
    </span>
  );
}

export function Hint({ name, children }: { name: string; children: ReactNode }) {
  return (
    <p id={`lf-${name}-hint`} className="mt-1 text-xs text-slate-600">
      {children}
    </p>
  );
}

export function Field({
  name,
  label,
  hint,
  error,
  required,
  children,
  className,
}: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error: string | undefined;
  required?: boolean;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={className}>
      <label htmlFor={`lf-${name}`} className="block text-sm font-medium text-slate-800">
        {label}
        {required ? <RequiredMark /> : null}
      </label>
      {children}
      {hint ? <Hint name={name}>{hint}</Hint> : null}
      <FieldError name={name} error={error} />
    </div>
  );
}

/** A select of codes shown by their labels, as a Field. */
export function CodeSelect<T extends string>({
  name,
  label,
  codes,
  labels,
  value,
  error,
  hint,
}: {
  name: string;
  label: string;
  codes: readonly T[];
  labels: Record<T, string>;
  value: string;
  error: string | undefined;
  hint?: ReactNode;
}) {
  return (
    <Field name={name} label={label} error={error} hint={hint}>
      <select
        name={name}
        defaultValue={value}
        className={`${control} ${controlBorder}`}
        {...fieldIds(name, hint !== undefined, error)}
      >
        {codes.map((code) => (
          <option key={code} value={code}>
            {labels[code]}
          </option>
        ))}
      </select>
    </Field>
  );
}
