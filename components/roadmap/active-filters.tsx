import Link from 'next/link';
import {
  EMPTY_VIEW,
  hasFilters,
  toggleFilterValue,
  type RoadmapFilters,
  type RoadmapView,
} from '@/lib/domain/roadmap-filters';
import { toSlug } from '@/lib/domain/labels';
import type { RoadmapFacets } from '@/lib/server/queries/roadmap-types';
import { viewHref } from './view-href';

type Dimension = keyof Omit<RoadmapFilters, 'q'>;
const DIMENSIONS: Dimension[] = ['body', 'group', 'topic', 'stage', 'status', 'generation', 'kind', 'year'];

/** The chosen filters as removable chips, so that a shared link shows what it contains. */
export function ActiveFilters({ view, facets }: { view: RoadmapView; facets: RoadmapFacets }) {
  if (!hasFilters(view)) return null;
  const chips = DIMENSIONS.flatMap((dimension) =>
    (view[dimension] as (string | number)[]).map((value) => {
      const slug =
        typeof value === 'number'
          ? String(value)
          : ['body', 'group', 'topic'].includes(dimension)
            ? value
            : toSlug(value);
      const label = facets[dimension].find((f) => f.value === slug)?.label ?? slug;
      const without = toggleFilterValue(view, dimension, value as never);
      return { key: `${dimension}:${slug}`, label, href: viewHref(without) };
    }),
  );
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm" aria-label="Active filters">
      {view.q ? (
        <Link
          href={viewHref({ ...view, q: '', page: 1, sort: { key: 'identifier', descending: false } })}
          className="border-brand-600 bg-brand-50 text-brand-800 hover:bg-brand-100 inline-flex items-center gap-1 rounded-full border px-2.5 py-0.5 no-underline"
        >
          “{view.q}” <span aria-hidden="true">×</span>
          <span className="sr-only">(remove search)</span>
        </Link>
      ) : null}
      {chips.map((chip) => (
        <Link
          key={chip.key}
          href={chip.href}
          className="border-brand-600 bg-brand-50 text-brand-800 hover:bg-brand-100 inline-flex items-center gap-1 rounded-full border px-2.5 py-0.5 no-underline"
        >
          {chip.label} <span aria-hidden="true">×</span>
          <span className="sr-only">(remove filter)</span>
        </Link>
      ))}
      <Link href={viewHref({ ...EMPTY_VIEW, pageSize: view.pageSize })} className="text-brand-700 ml-1">
        Clear all
      </Link>
    </div>
  );
}
