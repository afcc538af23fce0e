import Form from 'next/form';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { LIAISON_PURPOSE_LABELS, LIAISON_STATE_LABELS, toSlug } from '@/lib/domain/labels';
import type { GroupOption } from '@/lib/domain/group-tree';
import {
  DUE_FILTERS,
  LIAISON_DIRECTIONS,
  LIAISON_PURPOSES,
  LIAISON_STATES,
  type LiaisonFilters,
} from '@/lib/domain/liaison-filters';
import { DUE_FILTER_LABELS, LIAISON_DIRECTION_LABELS } from '@/lib/domain/liaisons';

const control =
  'mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm text-slate-900 focus-visible:border-brand-600';

function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
    </div>
  );
}

function CodeSelect<T extends string>({
  name,
  label,
  codes,
  labels,
  value,
}: {
  name: string;
  label: string;
  codes: readonly T[];
  labels: Record<T, string>;
  value: T | null;
}) {
  return (
    <Field id={`ls-${name}`} label={label}>
      <select id={`ls-${name}`} name={name} defaultValue={value ? toSlug(value) : ''} className={control}>
        <option value="">Any</option>
        {codes.map((code) => (
          <option key={code} value={toSlug(code)}>
            {labels[code]}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** The liaison filters as a plain GET form: it works without JavaScript; links to its results can be shared. */
export function LiaisonFilterForm({ filters, groups }: { filters: LiaisonFilters; groups: GroupOption[] }) {
  return (
    <Form
      action="/liaisons"
      aria-label="Filter liaison statements"
      className="rounded-lg border border-slate-200 bg-white p-4"
    >
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <div className="col-span-2">
          <Field id="ls-q" label="Reference or title contains">
            <input
              id="ls-q"
              name="q"
              type="search"
              defaultValue={filters.q}
              maxLength={200}
              className={control}
            />
          </Field>
        </div>
        <div className="col-span-2">
          <Field id="ls-group" label="Group (sender or recipient, subgroups included)">
            <select id="ls-group" name="group" defaultValue={filters.group ?? ''} className={control}>
              <option value="">Any group</option>
              {groups.map((g) => (
                <option key={g.value} value={g.value}>
                  {'\u00a0\u00a0'.repeat(g.depth)}
                  {g.label}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <CodeSelect
          name="direction"
          label="Direction"
          codes={LIAISON_DIRECTIONS}
          labels={LIAISON_DIRECTION_LABELS}
          value={filters.direction}
        />
        <CodeSelect
          name="state"
          label="State"
          codes={LIAISON_STATES}
          labels={LIAISON_STATE_LABELS}
          value={filters.state}
        />
        <CodeSelect
          name="purpose"
          label="Purpose"
          codes={LIAISON_PURPOSES}
          labels={LIAISON_PURPOSE_LABELS}
          value={filters.purpose}
        />
        <CodeSelect
          name="due"
          label="Deadline"
          codes={DUE_FILTERS}
          labels={DUE_FILTER_LABELS}
          value={filters.due}
        />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button
          type="submit"
          className="bg-brand-700 hover:bg-brand-800 rounded-md px-4 py-2 text-sm font-medium text-white"
        >
          Apply filters
        </button>
        <Link href="/liaisons" className="text-sm">
          Clear filters
        </Link>
      </div>
    </Form>
  );
}
