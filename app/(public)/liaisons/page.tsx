import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { EmptyState } from '@/components/ui/empty-state';
import { IgnoredFilters } from '@/components/ui/ignored-filters';
import { LiaisonFilterForm } from '@/components/liaison/liaison-filter-form';
import { LiaisonTable } from '@/components/liaison/liaison-table';
import {
  hasEmptyValues,
  hasLiaisonFilters,
  liaisonsHref,
  parseLiaisonFilters,
} from '@/lib/domain/liaison-filters';
import { todayUtc, UPCOMING_DAYS } from '@/lib/domain/liaisons';
import { getCurrentActor } from '@/lib/server/current-actor';
import { can, isEditor } from '@/lib/server/permissions';
import { listGroupOptions } from '@/lib/server/queries/list-groups';
import { listLiaisons } from '@/lib/server/queries/list-liaisons';

export const metadata: Metadata = {
  title: 'Liaison statements',
  description:
    'Liaison statements on IMT-2020 and IMT-2030 between ITU-T study groups and other standards bodies, with their reply deadlines.',
};

export default async function LiaisonsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = await searchParams;
  const parsed = parseLiaisonFilters(query);
  // The form sends its empty fields too; a valid query is shown at its canonical, shareable address.
  if (parsed.errors.length === 0 && hasEmptyValues(query)) redirect(liaisonsHref(parsed.filters));
  const today = todayUtc();
  const [list, groups, actor] = await Promise.all([
    listLiaisons({ filters: parsed.filters, today }),
    listGroupOptions(),
    getCurrentActor(),
  ]);
  // Links only: the commands decide what may be saved.
  const editable = new Set(
    list.liaisons
      .filter((l) => can(actor, 'liaison.edit', { groupPaths: [l.from.path, ...l.to.map((g) => g.path)] }))
      .map((l) => l.reference),
  );
  const errors = [...parsed.errors, ...list.errors];
  const filtered = hasLiaisonFilters(parsed.filters);
  return (
    <div className="space-y-5">
      <header className="space-y-2">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-semibold text-slate-900">Liaison statements</h1>
          {isEditor(actor) ? (
            <a
              href="/liaisons/new"
              className="bg-brand-700 hover:bg-brand-800 rounded-md px-4 py-2 text-sm font-medium text-white no-underline"
            >
              Record a liaison
            </a>
          ) : null}
        </div>
        <p className="max-w-3xl text-sm text-slate-700">
          Statements exchanged between ITU-T groups and other bodies about IMT-2020 and IMT-2030 work. Open
          statements come first, nearest reply deadline first; then replied and closed ones, newest first.
          Dates are UTC calendar dates; “due soon” means within {UPCOMING_DAYS} days.
        </p>
      </header>
      <LiaisonFilterForm filters={parsed.filters} groups={groups} />
      <IgnoredFilters errors={errors} showField />
      <section aria-labelledby="liaison-results" className="space-y-3">
        <h2 id="liaison-results" className="text-base font-semibold text-slate-900" aria-live="polite">
          {list.total === 0
            ? 'No liaison statements'
            : `${list.total} liaison statement${list.total === 1 ? '' : 's'}`}
          {filtered ? ' match the filters' : ''}
          {list.total > list.liaisons.length
            ? ` (showing the first ${list.liaisons.length}; narrow the filters to see the rest)`
            : ''}
        </h2>
        {list.liaisons.length > 0 ? (
          <LiaisonTable
            liaisons={list.liaisons}
            today={today}
            caption="Liaison statements"
            editable={editable}
          />
        ) : (
          <EmptyState
            title={
              filtered
                ? 'No liaison statement matches these filters.'
                : 'No liaison statements have been recorded yet.'
            }
          >
            {filtered ? (
              <p>
                Try fewer filters, or{' '}
                <a href="/liaisons" className="underline">
                  show every liaison statement
                </a>
                .
              </p>
            ) : null}
          </EmptyState>
        )}
      </section>
    </div>
  );
}
