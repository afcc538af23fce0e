'use client';
import { useState, type ReactNode } from 'react';
import { secondaryButton } from '@/components/ui/form/buttons';
import { FieldError } from '@/components/ui/form/field';

interface RepeatableRowsProps<T> {
  /** The form field the rows are sent as (`name.0.x`, …); its own error is shown above the rows. */
  name: string;
  legend: string;
  hint: ReactNode;
  /** What one row is, capitalised ("Editor"): names each row and its "Remove" button for screen readers. */
  rowLabel: string;
  addLabel: string;
  /** The grid of one row's controls and its "Remove" button. */
  gridClassName: string;
  initial: T[];
  empty: () => T;
  errors: Record<string, string>;
  children: (value: T, index: number) => ReactNode;
}

/**
 * A list of rows with a spare empty one; a blank row is ignored by the server. "Add" and "Remove"
 * need JavaScript; the spare row does not.
 */
export function RepeatableRows<T>(props: RepeatableRowsProps<T>) {
  const { name, rowLabel, empty } = props;
  const [rows, setRows] = useState(() => [...props.initial, empty()].map((value, key) => ({ key, value })));
  const [nextKey, setNextKey] = useState(rows.length);
  return (
    <fieldset className="space-y-3">
      <legend className="text-base font-semibold text-slate-900">{props.legend}</legend>
      <p className="text-xs text-slate-600">{props.hint}</p>
      <FieldError id={`f-${name}-error`} error={props.errors[name]} />
      <ol className="space-y-3">
        {rows.map((row, i) => (
          <li key={row.key} className="rounded border border-slate-200 bg-slate-50 p-3">
            <fieldset>
              <legend className="sr-only">
                {rowLabel} {i + 1}
              </legend>
              <div className={`grid gap-3 sm:grid-cols-2 lg:items-end ${props.gridClassName}`}>
                {props.children(row.value, i)}
                <button
                  type="button"
                  className={`${secondaryButton} justify-self-start`}
                  onClick={() => setRows((r) => r.filter((x) => x.key !== row.key))}
                >
                  Remove
                  <span className="sr-only">
                    {' '}
                    {rowLabel.toLowerCase()} {i + 1}
                  </span>
                </button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className={secondaryButton}
        onClick={() => {
          setRows((r) => [...r, { key: nextKey, value: empty() }]);
          setNextKey((k) => k + 1);
        }}
      >
        {props.addLabel}
      </button>
    </fieldset>
  );
}
