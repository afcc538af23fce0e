import { formatUtcDate } from '@/components/ui/utc-date';
import type { FormState } from '@/components/account/form-parts';
import type { EditionSummary } from '@/lib/server/queries/editions';
import { DownloadLinks } from './download-links';
import { EditionActionForm } from './edition-action-form';
import { scopeText } from './edition-scope';

// One year on the coordinators' page: its latest revision with what can be done with it (a draft:
// refresh, preview, publish; a published text: a corrigendum), and the texts it superseded.

type Action = (state: FormState, form: FormData) => Promise<FormState>;

export function ManagedEdition({
  revisions,
  actions,
  names,
}: {
  /** The year's revisions, latest first. */
  revisions: EditionSummary[];
  actions: { refresh: Action; publish: Action; create: Action };
  names: { bodies: Map<string, string>; topics: Map<string, string> };
}) {
  const latest = revisions[0]!;
  const { year } = latest;
  const draft = latest.status === 'DRAFT';
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 sm:p-5">
      <article aria-labelledby={`manage-${year}`} className="space-y-3">
        <header className="flex flex-wrap items-baseline gap-3">
          <h3 id={`manage-${year}`} className="text-lg font-semibold text-slate-900">
            {latest.label}
          </h3>
          <span
            className={`badge ${draft ? 'bg-amber-50 text-amber-900 ring-amber-300' : 'bg-green-50 text-green-900 ring-green-300'}`}
          >
            {draft ? 'Draft' : 'Published'}
          </span>
        </header>
        <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="font-medium text-slate-700">Snapshot</dt>
          <dd>
            {latest.snapshotAt.replace('T', ' ').slice(0, 16)} UTC, {latest.itemCount.toLocaleString('en')}{' '}
            work items
            {draft ? ` (version ${latest.version})` : ''}
          </dd>
          <dt className="font-medium text-slate-700">Scope</dt>
          <dd>{scopeText(latest.scope, names)}</dd>
          <dt className="font-medium text-slate-700">{draft ? 'Created by' : 'Publication'}</dt>
          <dd>
            {draft
              ? latest.createdBy
              : `${latest.publishedAt ? formatUtcDate(latest.publishedAt.slice(0, 10)) : ''} by ${latest.publishedBy ?? '—'}`}
          </dd>
        </dl>
        <p className="flex flex-wrap gap-x-4 text-sm">
          <a href={`/editions/${year}${draft ? '?draft=1' : ''}`}>
            {draft ? 'Preview the draft' : 'View the edition'}
          </a>
          <a href={`/editions/${year}/changes${draft ? '?draft=1' : ''}`}>What changed</a>
        </p>
        <DownloadLinks year={year} draft={draft} label={latest.label} />
        {draft ? (
          <div className="grid gap-4 border-t border-slate-200 pt-3 md:grid-cols-2">
            <EditionActionForm
              action={actions.refresh}
              year={year}
              version={latest.version}
              label="Refresh from live data"
              supplementNumber={latest.supplementNumber}
              pending="Taking the snapshot again…"
              variant="secondary"
            />
            <EditionActionForm
              action={actions.publish}
              year={year}
              version={latest.version}
              label="Publish"
              pending="Publishing…"
              confirm={`I have previewed the draft. Publish the ${latest.label} as it is: it can never be changed afterwards, only superseded by a corrigendum.`}
              comment
            />
          </div>
        ) : (
          <details className="border-t border-slate-200 pt-3">
            <summary className="cursor-pointer text-sm font-medium text-slate-800">
              Create a corrigendum
            </summary>
            <p className="my-2 text-sm text-slate-700">
              A corrigendum is a new draft of the {year} edition, with the same scope, taken from today’s
              roadmap. Once published it supersedes the {latest.label}, which stays available as it was.
            </p>
            <EditionActionForm
              action={actions.create}
              year={year}
              corrigendum
              comment
              label="Create the corrigendum draft"
              pending="Taking the snapshot…"
              variant="secondary"
            />
          </details>
        )}
        {revisions.length > 1 ? (
          <p className="text-sm text-slate-700">
            Superseded:{' '}
            {revisions.slice(1).map((r, i) => (
              <span key={r.revision}>
                {i ? ', ' : ''}
                <a href={`/editions/${year}?revision=${r.revision}`}>{r.label}</a>
              </span>
            ))}
          </p>
        ) : null}
      </article>
    </li>
  );
}
