import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { ChangeSummary, ChangeTables } from '@/components/edition/change-list';
import { changeRows } from '@/lib/domain/edition/change-rows';
import { compareEditions } from '@/lib/domain/edition/changes';
import { editionLabel } from '@/lib/domain/edition/snapshot';
import { getCurrentActor } from '@/lib/server/current-actor';
import { parseEditionYear } from '@/lib/server/editions/edition-document';
import { can } from '@/lib/server/permissions';
import { getEdition, listEditions, previousPublishedYear } from '@/lib/server/queries/editions';

// /editions/<year>/changes?since=<year>: what changed between two editions (by default since the
// published edition before this one). ?draft=1: the year's draft, for coordinators.

interface Props {
  params: Promise<{ year: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { year } = await params;
  return { title: `Changes in the ${year} edition` };
}

/** The year to compare with, or the message saying why `since` cannot be used. */
function chooseSince(
  sinceParam: string | undefined,
  year: number,
  others: number[],
): { since: number } | { error: string } | null {
  if (!sinceParam) return null;
  const parsed = parseEditionYear(sinceParam);
  if (parsed === null)
    return { error: `“${sinceParam}” is not an edition year. Choose one of the published editions below.` };
  if (parsed === year) return { error: `Choose an edition other than the ${year} edition itself.` };
  if (!others.includes(parsed))
    return { error: `There is no published ${parsed} edition. Choose one of the published editions below.` };
  return { since: parsed };
}

export default async function EditionChangesPage({ params, searchParams }: Props) {
  const year = parseEditionYear((await params).year);
  const query = await searchParams;
  const draft = one(query.draft) === '1';
  if (year === null) notFound();
  if (draft) {
    const actor = await getCurrentActor();
    if (!actor) redirect(`/sign-in?next=${encodeURIComponent(`/editions/${year}/changes?draft=1`)}`);
    if (!can(actor, 'roadmap.coordinate')) notFound();
  }
  const [edition, published] = await Promise.all([getEdition(year, { includeDraft: draft }), listEditions()]);
  if (!edition) notFound();
  const others = [...new Set(published.map((e) => e.year))].filter((y) => y !== year);
  const chosen = chooseSince(one(query.since)?.trim(), year, others);
  const error = chosen && 'error' in chosen ? chosen.error : null;
  const sinceYear = chosen ? ('since' in chosen ? chosen.since : null) : await previousPublishedYear(year);
  const since = sinceYear === null ? null : await getEdition(sinceYear);
  const rows = since ? changeRows(compareEditions(since.snapshot, edition.snapshot)) : [];
  const bodyNames = new Map(
    [...(since?.snapshot.bodies ?? []), ...edition.snapshot.bodies].map((b) => [b.slug, b.name]),
  );
  return (
    <div className="mx-auto max-w-6xl space-y-5">
      <header className="space-y-2">
        <p className="text-sm">
          <a href={`/editions/${year}${draft ? '?draft=1' : ''}`}>← {edition.label}</a>
        </p>
        <h1 className="text-2xl font-semibold text-slate-900">
          Changes in the {edition.label}
          {draft ? ' (draft)' : ''}
        </h1>
        {since ? (
          <p className="max-w-3xl text-sm text-slate-700">
            Compared with the {editionLabel(since.year, since.revision)}. Work items are matched by their
            permanent key, so an item that was numbered or renamed is one item with a new identifier.
          </p>
        ) : !error ? (
          <p className="max-w-3xl text-sm text-slate-700">
            There is no published edition before the {year} edition to compare it with.
          </p>
        ) : null}
      </header>
      {error ? (
        <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      {others.length ? (
        <form method="get" className="flex flex-wrap items-end gap-3">
          {draft ? <input type="hidden" name="draft" value="1" /> : null}
          <div className="space-y-1">
            <label htmlFor="since" className="block text-sm font-medium text-slate-800">
              Compare with the edition of
            </label>
            <select
              id="since"
              name="since"
              defaultValue={since?.year ?? others[0]}
              className="rounded border border-slate-400 bg-white px-3 py-2 text-base"
            >
              {others.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
          <button
            type="submit"
            className="bg-brand-700 hover:bg-brand-800 rounded-md px-4 py-2 text-sm font-medium text-white"
          >
            Compare
          </button>
        </form>
      ) : null}
      {since ? (
        <>
          <ChangeSummary rows={rows} />
          <ChangeTables rows={rows} bodyNames={bodyNames} />
        </>
      ) : null}
    </div>
  );
}
