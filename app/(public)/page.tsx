import type { Metadata } from 'next';
import Link from 'next/link';
import {
  InvalidParameterError,
  parseRoadmapView,
  serializeRoadmapView,
  type RoadmapView,
} from '@/lib/domain/roadmap-filters';
import { listWorkItems } from '@/lib/server/queries/list-work-items';
import { roadmapFacets } from '@/lib/server/queries/roadmap-facets';
import { ActiveFilters } from '@/components/roadmap/active-filters';
import { FilterPanel } from '@/components/roadmap/filter-panel';
import { Pagination } from '@/components/roadmap/pagination';
import { SearchBox } from '@/components/roadmap/search-box';
import { SortSelect } from '@/components/roadmap/sort-select';
import { WorkItemTable } from '@/components/roadmap/work-item-table';
import { EmptyState } from '@/components/ui/empty-state';

export const metadata: Metadata = { title: 'Roadmap of IMT-2020 and IMT-2030 standardization' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

async function load(view: RoadmapView) {
  const [page, facets] = await Promise.all([listWorkItems(view), roadmapFacets(view)]);
  return { page, facets };
}

export default async function RoadmapPage({ searchParams }: { searchParams: SearchParams }) {
  let view: RoadmapView;
  let data: Awaited<ReturnType<typeof load>>;
  try {
    view = parseRoadmapView(await searchParams);
    data = await load(view);
  } catch (error) {
    if (error instanceof InvalidParameterError)
      return <InvalidView field={error.field} message={error.message} />;
    throw error;
  }
  const { page, facets } = data;
  const query = serializeRoadmapView({ ...view, page: 1 });
  query.delete('page');
  const csvHref = `/api/items.csv${query.size > 0 ? `?${query.toString()}` : ''}`;
  const xlsxHref = csvHref.replace('/api/items.csv', '/api/items.xlsx');
  const first = (page.page - 1) * page.pageSize + 1;
  return (
    <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
      <aside className="order-2 lg:order-1">
        <h2 className="sr-only">Filters</h2>
        <FilterPanel view={view} facets={facets} />
      </aside>
      <section className="order-1 min-w-0 lg:order-2" aria-labelledby="roadmap-heading">
        <h1 id="roadmap-heading" className="text-2xl font-semibold text-slate-900">
          IMT standardization roadmap
        </h1>
        <p className="mt-1 text-sm text-slate-700">
          Non-radio aspects of IMT-2020 and IMT-2030 across ITU-T study groups, 3GPP, ETSI, IETF, IEEE, BBF
          and O-RAN.
        </p>
        <div className="mt-4">
          <SearchBox view={view} />
        </div>
        <div className="mt-3">
          <ActiveFilters view={view} facets={facets} />
        </div>
        <div className="mt-4 flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 pb-2">
          <p className="text-sm text-slate-800" role="status">
            {page.total === 0
              ? 'No work items'
              : `${first}–${first + page.items.length - 1} of ${page.total} work item${page.total === 1 ? '' : 's'}`}
          </p>
          <div className="flex flex-wrap items-center gap-4">
            <a href="#roadmap-filters" className="text-sm lg:hidden">
              Filters
            </a>
            <SortSelect view={view} />
            <a href={csvHref} className="text-sm" download>
              Download CSV
            </a>
            <a href={xlsxHref} className="text-sm" download>
              Download XLSX
            </a>
          </div>
        </div>
        <div className="mt-2">
          {page.items.length > 0 ? (
            <WorkItemTable items={page.items} />
          ) : (
            <EmptyState title="No work items match this view">
              Try fewer filters or another search, or <Link href="/">show the whole roadmap</Link>.
            </EmptyState>
          )}
        </div>
        <Pagination view={view} total={page.total} />
      </section>
    </div>
  );
}

function InvalidView({ field, message }: { field: string; message: string }) {
  return (
    <div role="alert" className="mx-auto max-w-xl rounded-lg border border-rose-300 bg-rose-50 p-6">
      <h1 className="text-lg font-semibold text-rose-900">This roadmap link has an invalid parameter</h1>
      <p className="mt-2 text-rose-900">
        <strong>{field}</strong>: {message}
      </p>
      <p className="mt-4">
        <Link href="/">Show the whole roadmap</Link>
      </p>
    </div>
  );
}
