import { auditHref, type AuditFilters } from '@/lib/domain/audit-filters';

export function AuditPagination({ filters, pageCount }: { filters: AuditFilters; pageCount: number }) {
  if (pageCount <= 1 && filters.page <= 1) return null;
  const link = (page: number, label: string, rel?: string) => (
    <a
      href={auditHref({ ...filters, page })}
      rel={rel}
      className="rounded border border-slate-300 bg-white px-3 py-1.5 no-underline hover:bg-slate-100"
    >
      {label}
    </a>
  );
  const page = Math.min(filters.page, Math.max(pageCount, 1));
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-2 text-sm">
      <p className="text-slate-700">
        Page {filters.page} of {pageCount}
      </p>
      <div className="flex gap-2">
        {page > 1 ? link(1, 'Newest') : null}
        {page > 1 ? link(page - 1, 'Newer', 'prev') : null}
        {filters.page < pageCount ? link(filters.page + 1, 'Older', 'next') : null}
      </div>
    </nav>
  );
}
