import type { RoadmapView } from '@/lib/domain/roadmap-filters';
import { toSlug } from '@/lib/domain/labels';
import type { RoadmapFacets } from '@/lib/server/queries/roadmap-types';
import { FilterForm, type FacetGroupData } from './filter-form';

// The filters: facet values with counts, handed to the form as compact data (the rendered tree
// of a few hundred checkboxes would otherwise travel twice, as HTML and as React payload).

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

export function FilterPanel({ view, facets }: { view: RoadmapView; facets: RoadmapFacets }) {
  const groups: FacetGroupData[] = DIMENSIONS.map((d) => {
    const selected = selectedValues(view, d.name);
    return {
      name: d.name,
      label: d.label,
      open: d.open ?? false,
      selected,
      // Values that would empty the view are left out, unless chosen.
      options: facets[d.name]
        .filter((v) => v.count > 0 || selected.includes(v.value))
        .map((v) => [v.value, v.label, v.count, v.depth ?? 0] as const),
    };
  });
  const hidden: [string, string][] = [];
  if (view.q) hidden.push(['q', view.q]);
  if (view.sort.key !== (view.q ? 'relevance' : 'identifier') || view.sort.descending) {
    hidden.push(['sort', `${view.sort.descending ? '-' : ''}${view.sort.key}`]);
  }
  if (view.pageSize !== 50) hidden.push(['pageSize', String(view.pageSize)]);
  return <FilterForm groups={groups} hidden={hidden} />;
}
