import { StageBadge } from '@/components/ui/stage-badge';
import { UtcDate } from '@/components/ui/utc-date';
import type { StatusChangeDto } from '@/lib/server/queries/roadmap-types';

/** The item's status changes, oldest first, as an ordered list drawn as a vertical timeline. */
export function StatusTimeline({ history }: { history: StatusChangeDto[] }) {
  if (history.length === 0)
    return <p className="text-sm text-slate-600">No status changes have been recorded.</p>;
  return (
    <ol
      className="relative ml-2 border-l-2 border-slate-200 text-sm"
      aria-label="Status changes, oldest first"
    >
      {history.map((change, index) => {
        const latest = index === history.length - 1;
        return (
          <li key={`${change.date}-${change.toCode}-${index}`} className="relative pb-4 pl-5 last:pb-0">
            <span
              aria-hidden="true"
              className={`absolute top-1.5 -left-[7px] size-3 rounded-full ring-2 ring-white ${latest ? 'bg-brand-700' : 'bg-slate-400'}`}
            />
            <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <UtcDate date={change.date} />
              <span className="font-medium text-slate-900">
                {change.fromName ? (
                  <>
                    {change.fromName} <span aria-hidden="true">→</span>
                    <span className="sr-only">to</span> {change.toName}
                  </>
                ) : (
                  <>Recorded as {change.toName}</>
                )}
              </span>
              <StageBadge stage={change.stage} />
              {latest ? <span className="text-brand-700 text-xs font-medium">(latest)</span> : null}
            </p>
            {change.reference ? <p className="mt-0.5 text-slate-700">{change.reference}</p> : null}
            {change.note ? <p className="mt-0.5 text-slate-700">{change.note}</p> : null}
            {change.recordedBy ? (
              <p className="mt-0.5 text-xs text-slate-600">Recorded by {change.recordedBy}</p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
