import type { RoadmapView } from '@/lib/domain/roadmap-filters';
import { toSlug } from '@/lib/domain/labels';
import type { FacetValue, RoadmapFacets } from '@/lib/server/queries/roadmap-types';
import Form from 'next/form';
import { AutoSubmit } from './auto-submit';

// The filters as a plain GET form of checkboxes with counts: it works without JavaScript, and
// with it (AutoSubmit) every change applies at once.

const DIMENSIONS: { name: keyof RoadmapFacets; label: string; open?: boolean }[] = [
  { name: 'stage', label: 'Stage', open: true },
  { name: 'body', label: 'Body', open: true },
  { name: 'generation', label: 'IMT generation', open: true },
  { name: 'topic', label: 'Topic' },
  { name: 'group', label: 'Group' },
  { name: 'kind', label: 'Kind of document' },
  { name: 'status', label: 'Status (per body)' },
  { name: 'year', label: 'Year (approval, else target)' },
];

function selectedValues(view: RoadmapView, name: keyof RoadmapFacets): string[] {
  const values = view[name] as (string | number)[];
  return values.map((v) =>
    typeof v === 'number'
      ? String(v)
      : name === 'body' || name === 'group' || name === 'topic'
        ? v
        : toSlug(v),
  );
}

function FacetGroup({
  name,
  label,
  values,
  selected,
  open,
}: {
  name: string;
  label: string;
  values: FacetValue[];
  selected: string[];
  open: boolean;
}) {
  const shown = values.filter((v) => v.count > 0 || selected.includes(v.value));
  return (
    <details open={open || selected.length > 0} className="border-b border-slate-200 py-2">
      <summary className="cursor-pointer py-1 text-sm font-semibold text-slate-800">
        {label}
        {selected.length > 0 ? (
          <span className="text-brand-700 ml-1 font-normal">({selected.length} chosen)</span>
        ) : null}
      </summary>
      <fieldset className="mt-1 max-h-72 space-y-0.5 overflow-y-auto pr-1">
        <legend className="sr-only">{label}</legend>
        {shown.length === 0 ? <p className="text-sm text-slate-600">No values in this view.</p> : null}
        {shown.map((v) => (
          <label
            key={v.value}
            className="flex cursor-pointer items-center gap-2 rounded px-1 py-0.5 text-sm hover:bg-slate-100"
            style={v.depth ? { paddingLeft: `${0.25 + v.depth * 0.9}rem` } : undefined}
          >
            <input
              type="checkbox"
              name={name}
              value={v.value}
              defaultChecked={selected.includes(v.value)}
              className="accent-brand-700 size-4"
            />
            <span className="flex-1">{v.label}</span>
            <span className="text-xs text-slate-600 tabular-nums">{v.count}</span>
          </label>
        ))}
      </fieldset>
    </details>
  );
}

export function FilterPanel({ view, facets }: { view: RoadmapView; facets: RoadmapFacets }) {
  return (
    <Form action="/" id="roadmap-filters" aria-label="Filter the roadmap">
      <AutoSubmit formId="roadmap-filters" />
      {view.q ? <input type="hidden" name="q" value={view.q} /> : null}
      {view.sort.key !== (view.q ? 'relevance' : 'identifier') || view.sort.descending ? (
        <input type="hidden" name="sort" value={`${view.sort.descending ? '-' : ''}${view.sort.key}`} />
      ) : null}
      {view.pageSize !== 50 ? <input type="hidden" name="pageSize" value={view.pageSize} /> : null}
      {DIMENSIONS.map((d) => (
        <FacetGroup
          key={d.name}
          name={d.name}
          label={d.label}
          values={facets[d.name]}
          selected={selectedValues(view, d.name)}
          open={d.open ?? false}
        />
      ))}
      <button
        type="submit"
        className="bg-brand-700 hover:bg-brand-800 mt-3 w-full rounded px-3 py-2 text-sm font-medium text-white [.js_&]:sr-only"
      >
        Apply filters
      </button>
    </Form>
  );
}
