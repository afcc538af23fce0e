import type { EditionSummary } from '@/lib/server/queries/editions';
import { formatUtcDate } from '@/components/ui/utc-date';
import { DownloadLinks } from './download-links';
import { scopeText } from './edition-scope';

// The published editions, newest first: one card per year (its latest revision, which is the
// text people cite), with the revisions it superseded listed under it.

export function EditionList({ editions }: { editions: EditionSummary[] }) {
  const years = [...new Set(editions.map((e) => e.year))];
  return (
    <ol className="space-y-4">
      {years.map((year) => {
        const revisions = editions.filter((e) => e.year === year);
        const current = revisions[0]!;
        const older = revisions.slice(1);
        return (
          <li key={year} className="rounded-lg border border-slate-200 bg-white p-4 sm:p-5">
            <article aria-labelledby={`edition-${year}`} className="space-y-3">
              <header className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 id={`edition-${year}`} className="text-lg font-semibold text-slate-900">
                  <a href={`/editions/${year}`}>{current.label}</a>
                </h2>
                <p className="text-sm text-slate-600">
                  Published {current.publishedAt ? formatUtcDate(current.publishedAt.slice(0, 10)) : '—'}
                </p>
              </header>
              <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                <dt className="font-medium text-slate-700">Work items</dt>
                <dd>{current.itemCount.toLocaleString('en')}</dd>
                <dt className="font-medium text-slate-700">Roadmap as of</dt>
                <dd>{formatUtcDate(current.snapshotAt.slice(0, 10))}</dd>
                <dt className="font-medium text-slate-700">Scope</dt>
                <dd>{scopeText(current.scope)}</dd>
                {current.supersedes ? (
                  <>
                    <dt className="font-medium text-slate-700">Corrigendum</dt>
                    <dd>
                      Corrects the{' '}
                      <a href={`/editions/${year}?revision=${current.supersedes.revision}`}>
                        {current.supersedes.revision === 0
                          ? 'original text'
                          : `Corrigendum ${current.supersedes.revision}`}
                      </a>
                    </dd>
                  </>
                ) : null}
              </dl>
              <DownloadLinks year={year} label={current.label} />
              <p className="text-sm">
                <a href={`/editions/${year}/changes`}>What changed in this edition</a>
              </p>
              {older.length ? (
                <details className="text-sm text-slate-700">
                  <summary className="cursor-pointer">Superseded text{older.length > 1 ? 's' : ''}</summary>
                  <ul className="mt-2 list-disc space-y-1 pl-5">
                    {older.map((e) => (
                      <li key={e.revision}>
                        <a href={`/editions/${year}?revision=${e.revision}`}>{e.label}</a>, published{' '}
                        {e.publishedAt ? formatUtcDate(e.publishedAt.slice(0, 10)) : '—'}, {e.itemCount} work
                        items
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </article>
          </li>
        );
      })}
    </ol>
  );
}
