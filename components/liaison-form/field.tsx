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
        {required ? (
          <span className="text-rose-800" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </label>
      {children}
      {hint ? <Hint name={name}>{hint}</Hint> : null}
      <FieldError name={name} error={error} />
    </div>
  );
}
