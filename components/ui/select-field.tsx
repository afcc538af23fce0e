import type { ReactNode } from 'react';

// The labelled controls of the plain GET filter forms (liaisons, audit log).

export const filterControl =
  'mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm text-slate-900 focus-visible:border-brand-600';

/** A label above its control (whose id is `id`), and an optional hint (`${id}-hint`) below. */
export function FilterField({
  id,
  label,
  hint,
  className,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

/** A filter's select: its first option ("Any" unless said otherwise, value '') sets no filter. */
export function SelectField({
  id,
  name,
  label,
  value,
  options,
  anyLabel = 'Any',
  className,
}: {
  id: string;
  name: string;
  label: string;
  /** The selected option's value; '' for none. */
  value: string;
  options: readonly SelectOption[];
  anyLabel?: string;
  className?: string;
}) {
  return (
    <FilterField id={id} label={label} className={className}>
      <select id={id} name={name} defaultValue={value} className={filterControl}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FilterField>
  );
}
