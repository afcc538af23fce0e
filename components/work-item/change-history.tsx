import type { HistoryEntry } from '@/lib/server/queries/work-item-history';
import { UtcTimestamp } from './utc-timestamp';

const CHANNELS: Record<string, string> = {
  FORM: 'web form',
  API: 'API',
  IMPORT: 'spreadsheet import',
  SCRIPT: 'command line',
};

/** The item's audit trail, newest first: when, who, what changed (before → after) and why. */
export function ChangeHistory({ entries, truncated }: { entries: HistoryEntry[]; truncated: boolean }) {
  if (entries.length === 0)
    return (
      <p className="text-sm text-slate-600">No changes recorded since the roadmap began keeping them.</p>
    );
  return (
    <>
      <ol className="space-y-4">
        {entries.map((e) => (
          <li key={e.id} className="border-l-2 border-slate-200 pl-3 text-sm">
            <p className="flex flex-wrap gap-x-2 text-slate-700">
              <span className="font-semibold text-slate-900">{e.actionLabel}</span>
              <span>
                by <span className="font-medium text-slate-900">{e.actorName}</span>
                {CHANNELS[e.channel] && e.channel !== 'FORM' ? ` (${CHANNELS[e.channel]})` : ''}
              </span>
              <span className="text-slate-600">
                <UtcTimestamp value={e.at} />
              </span>
              {e.version !== null ? <span className="text-slate-600">· version {e.version}</span> : null}
            </p>
            {e.comment ? <p className="mt-1 text-slate-800 italic">“{e.comment}”</p> : null}
            {/* A verification changes no field: its heading says all (when and by whom). */}
            {e.changes.length > 0 && e.action !== 'work_item.verify' ? (
              <dl className="mt-1.5 space-y-1">
                {e.changes.map((c) => (
                  <div key={c.field} className="grid gap-x-3 sm:grid-cols-[10rem_minmax(0,1fr)]">
                    <dt className="text-slate-600">{c.label}</dt>
                    <dd className="min-w-0 break-words">
                      {e.action === 'work_item.create' ? null : (
                        <>
                          {c.before === '(none)' ? (
                            <span className="text-slate-600">{c.before}</span>
                          ) : (
                            <del className="text-slate-600">{c.before}</del>
                          )}
                          <span aria-hidden="true"> → </span>
                          <span className="sr-only"> changed to </span>
                        </>
                      )}
                      <ins className="text-slate-900 no-underline">{c.after}</ins>
                    </dd>
                  </div>
                ))}
              </dl>
            ) : null}
          </li>
        ))}
      </ol>
      {truncated ? (
        <p className="mt-3 text-xs text-slate-600">Only the latest 100 changes are shown.</p>
      ) : null}
    </>
  );
}
