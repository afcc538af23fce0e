'use client';

import Form from 'next/form';
import { useSyncExternalStore } from 'react';

export interface FacetGroupData {
  name: string;
  label: string;
  open: boolean;
  selected: string[];
  /** [value, label, count, depth] */
  options: (readonly [string, string, number, number])[];
}

const noSubscription = () => () => undefined;

/**
 * The filters as a GET form of checkboxes with counts. Without JavaScript a button applies them;
 * with it, every change navigates at once (next/form: a client-side navigation).
 */
export function FilterForm({ groups, hidden }: { groups: FacetGroupData[]; hidden: [string, string][] }) {
  // False while server-rendering, true once hydrated: then changes apply without the button.
  const interactive = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return (
    <Form
      action="/"
      id="roadmap-filters"
      aria-label="Filter the roadmap"
      onChange={(event) => event.currentTarget.requestSubmit()}
    >
      {hidden.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {groups.map((group) => (
        <details
          key={group.name}
          open={group.open || group.selected.length > 0}
          className="border-b border-slate-200 py-2"
        >
          <summary className="cursor-pointer py-1 text-sm font-semibold text-slate-800">
            {group.label}
            {group.selected.length > 0 ? (
              <span className="text-brand-700 ml-1 font-normal">({group.selected.length} chosen)</span>
            ) : null}
          </summary>
          <fieldset className="mt-1 max-h-72 space-y-0.5 overflow-y-auto pr-1">
            <legend className="sr-only">{group.label}</legend>
            {group.options.length === 0 ? (
              <p className="text-sm text-slate-600">No values in this view.</p>
            ) : null}
            {group.options.map(([value, label, count, depth]) => (
              <label
                key={value}
                className="facet-option"
                style={depth ? { paddingLeft: `${0.25 + depth * 0.9}rem` } : undefined}
              >
                <input
                  type="checkbox"
                  name={group.name}
                  value={value}
                  defaultChecked={group.selected.includes(value)}
                  className="accent-brand-700 size-4"
                />
                <span className="flex-1">{label}</span>
                <span className="text-xs text-slate-600 tabular-nums">{count}</span>
              </label>
            ))}
          </fieldset>
        </details>
      ))}
      <button
        type="submit"
        className={`bg-brand-700 hover:bg-brand-800 mt-3 w-full rounded px-3 py-2 text-sm font-medium text-white ${interactive ? 'sr-only' : ''}`}
      >
        Apply filters
      </button>
    </Form>
  );
}
