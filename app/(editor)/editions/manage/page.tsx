import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden } from 'next/navigation';
import { CreateEditionForm } from '@/components/edition/create-edition-form';
import { ManagedEdition } from '@/components/edition/managed-edition';
import { GENERATION_LABELS } from '@/lib/domain/labels';
import { requireSignedIn } from '@/lib/server/current-actor';
import { can } from '@/lib/server/permissions';
import { listEditions, type EditionSummary } from '@/lib/server/queries/editions';
import { loadReferenceData } from '@/lib/server/queries/reference-data';
import { createEditionAction, publishEditionAction, refreshEditionAction } from './actions';

// /editions/manage: the coordinators' page for the annual supplement (the public list is /editions).

export const metadata: Metadata = { title: 'Manage editions', robots: { index: false } };

/** What the last action did, when it replaced the form that would have said so. */
function doneNotice(query: Record<string, string | string[] | undefined>, editions: EditionSummary[]) {
  const year = (name: string) => {
    const value = query[name];
    return typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : null;
  };
  const published = year('published');
  const created = year('created');
  const latest = (y: number) => editions.find((e) => e.year === y);
  if (published !== null && latest(published)?.status === 'PUBLISHED')
    return (
      <>
        Published the {latest(published)!.label}. It is now on the{' '}
        <Link href={`/editions/${published}`}>public editions page</Link> and can never change.
      </>
    );
  if (created !== null && latest(created)?.status === 'DRAFT')
    return <>Created the draft of the {latest(created)!.label}. Preview it, then publish it.</>;
  return null;
}

export default async function ManageEditionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireSignedIn('/editions/manage');
  // 403 with forbidden.tsx beside this page.
  if (!can(actor, 'roadmap.coordinate')) forbidden();
  const [editions, { bodies, topics }] = await Promise.all([
    listEditions({ includeDrafts: true }),
    loadReferenceData(),
  ]);
  const years = [...new Set(editions.map((e) => e.year))];
  const notice = doneNotice(await searchParams, editions);
  // The first year from this one that has no edition yet.
  let freeYear = new Date().getUTCFullYear();
  while (years.includes(freeYear)) freeYear += 1;
  const names = {
    bodies: new Map(bodies.map((b) => [b.slug, b.name])),
    topics: new Map(topics.map((t) => [t.slug, t.name])),
  };
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold text-slate-900">Manage the annual editions</h1>
        <p className="max-w-3xl text-sm text-slate-700">
          An edition is the roadmap frozen for the year’s supplement. Create the draft of a year, preview it,
          refresh it from the live roadmap as often as needed, then publish it: from then on it never changes
          (the database refuses it). A published edition can only be superseded by a corrigendum. Scripts can
          do the same through the API (<code>POST /api/editions</code>) or <code>npm run edition</code>.
        </p>
      </header>
      {notice ? (
        <p
          role="status"
          className="rounded border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900"
        >
          {notice}
        </p>
      ) : null}
      <section aria-labelledby="editions-heading" className="space-y-3">
        <h2 id="editions-heading" className="text-lg font-semibold text-slate-900">
          Editions
        </h2>
        {years.length ? (
          <ol className="space-y-4">
            {years.map((year) => (
              <ManagedEdition
                key={year}
                revisions={editions.filter((e) => e.year === year)}
                actions={{
                  refresh: refreshEditionAction,
                  publish: publishEditionAction,
                  create: createEditionAction,
                }}
                names={names}
              />
            ))}
          </ol>
        ) : (
          <p className="text-sm text-slate-700">No edition yet: create the first one below.</p>
        )}
      </section>
      <section
        aria-labelledby="create-edition-heading"
        className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 sm:p-5"
      >
        <h2 id="create-edition-heading" className="text-lg font-semibold text-slate-900">
          Create an edition
        </h2>
        <p className="text-sm text-slate-700">
          The draft is a snapshot of every work item in the scope, with its status history and relations, and
          of the liaison statements about them. All boxes checked: everything.
        </p>
        <CreateEditionForm
          action={createEditionAction}
          defaultYear={freeYear}
          generations={(['IMT2020', 'IMT2030'] as const).map((g) => ({
            value: g,
            label: GENERATION_LABELS[g],
          }))}
          bodies={bodies.map((b) => ({ value: b.slug, label: b.name }))}
          topics={topics.map((t) => ({ value: t.slug, label: t.name }))}
        />
      </section>
    </div>
  );
}
