import Form from 'next/form';
import Link from 'next/link';
import { FilterField, filterControl, SelectField } from '@/components/ui/select-field';
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
    <SelectField
      id={`ls-${name}`}
      name={name}
      label={label}
      value={value ? toSlug(value) : ''}
      options={codes.map((code) => ({ value: toSlug(code), label: labels[code] }))}
    />
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
        <FilterField id="ls-q" label="Reference or title contains" className="col-span-2">
          <input
            id="ls-q"
            name="q"
            type="search"
            defaultValue={filters.q}
            maxLength={200}
            className={filterControl}
          />
        </FilterField>
        <SelectField
          id="ls-group"
          name="group"
          label="Group (sender or recipient, subgroups included)"
          value={filters.group ?? ''}
          anyLabel="Any group"
          options={groups.map((g) => ({
            value: g.value,
            label: `${'\u00a0\u00a0'.repeat(g.depth)}${g.label}`,
          }))}
          className="col-span-2"
        />
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
