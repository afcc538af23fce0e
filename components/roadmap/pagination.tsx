import Link from 'next/link';
import type { RoadmapView } from '@/lib/domain/roadmap-filters';
import { viewHref } from './view-href';

export function Pagination({ view, total }: { view: RoadmapView; total: number }) {
  const pages = Math.max(1, Math.ceil(total / view.pageSize));
  if (pages <= 1) return null;
  const link = (page: number, label: string, rel?: string) => (
    <Link
      href={viewHref({ ...view, page })}
      rel={rel}
      className="rounded border border-slate-300 bg-white px-3 py-1.5 no-underline hover:bg-slate-100"
    >
      {label}
    </Link>
  );
  return (
    <nav aria-label="Pages" className="mt-4 flex flex-wrap items-center justify-between gap-2 text-sm">
      <p className="text-slate-700">
        Page {view.page} of {pages}
      </p>
      <div className="flex gap-2">
        {view.page > 1 ? link(1, 'First') : null}
        {view.page > 1 ? link(view.page - 1, 'Previous', 'prev') : null}
        {view.page < pages ? link(view.page + 1, 'Next', 'next') : null}
        {view.page < pages ? link(pages, 'Last') : null}
      </div>
    </nav>
  );
}
