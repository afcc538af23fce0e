import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { IgnoredFilters } from '@/components/ui/ignored-filters';
import { AuditFilterForm } from '@/components/admin/audit-filter-form';
import { AuditPagination } from '@/components/admin/audit-pagination';
import { AuditTable } from '@/components/admin/audit-table';
import { EmptyState } from '@/components/ui/empty-state';
import { auditHref, hasAuditFilters, parseAuditFilters } from '@/lib/domain/audit-filters';
import { hasEmptyValues } from '@/lib/domain/liaison-filters';
import { requireSignedIn } from '@/lib/server/current-actor';
import { can } from '@/lib/server/permissions';
import { listAuditActions, listAuditEvents } from '@/lib/server/queries/list-audit-events';

export const metadata: Metadata = { title: 'Audit log', robots: { index: false } };

export default async function AuditLogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = await searchParams;
  const { filters, errors } = parseAuditFilters(query);
  const actor = await requireSignedIn(auditHref(filters));
  if (!can(actor, 'audit.read'))
    return (
      <div role="alert" className="mx-auto max-w-2xl space-y-3 py-10">
        <p className="text-brand-700 text-sm font-semibold">403</p>
        <h1 className="text-2xl font-semibold text-slate-900">Only admins read the audit log</h1>
        <p className="text-slate-700">
          You are signed in as {actor.name}, who is not an admin. Every item page shows its own change
          history.
        </p>
      </div>
    );
  // The form sends its empty fields too; a valid query is shown at its canonical, shareable address.
  if (errors.length === 0 && hasEmptyValues(query)) redirect(auditHref(filters));
  const [page, actions] = await Promise.all([listAuditEvents({ actor, filters }), listAuditActions(actor)]);
  const first = (page.page - 1) * page.pageSize + 1;
  return (
    <div className="space-y-5">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold text-slate-900">Audit log</h1>
        <p className="max-w-3xl text-sm text-slate-700">
          Every change made through the forms, the API, imports and scripts: who, when (UTC), what (each
          changed field before and after) and why. Newest first; nothing here can be edited or deleted.
        </p>
      </header>
      <AuditFilterForm filters={filters} actions={actions} />
      <IgnoredFilters errors={errors} />
      <section aria-labelledby="audit-results" className="space-y-3">
        <h2 id="audit-results" className="text-base font-semibold text-slate-900">
          {page.total === 0
            ? 'No events'
            : `${page.total} event${page.total === 1 ? '' : 's'}${hasAuditFilters(filters) ? ' match the filters' : ''}`}
          {page.events.length > 0 && page.total > page.events.length
            ? ` (showing ${first}–${first + page.events.length - 1})`
            : ''}
        </h2>
        {page.events.length > 0 ? (
          <>
            <AuditTable events={page.events} />
            <AuditPagination filters={filters} pageCount={page.pageCount} />
          </>
        ) : (
          <EmptyState
            title={page.total > 0 ? 'This page is past the last event.' : 'No event matches these filters.'}
          >
            <p>
              <a href="/admin/audit" className="underline">
                Show every event
              </a>
            </p>
          </EmptyState>
        )}
      </section>
    </div>
  );
}
