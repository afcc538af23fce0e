import { freshness } from '@/lib/domain/freshness';
import { UtcTimestamp } from './utc-timestamp';

/** "Last verified 3 Mar 2026 by …" or "Never verified", flagged when stale (6 months). */
export function LastVerified({
  at,
  by,
  now = new Date(),
}: {
  at: string | null;
  by: string | null;
  now?: Date;
}) {
  const { stale, label } = freshness(at, now);
  return (
    <p className="flex flex-wrap items-center gap-x-2 text-sm">
      <span
        aria-hidden="true"
        className={`inline-block size-2.5 rounded-full ${stale ? 'bg-amber-500' : 'bg-emerald-600'}`}
      />
      {at ? (
        <span>
          <span className="text-slate-600">Last verified</span> <UtcTimestamp value={at} />
          {by ? <> by {by}</> : null}
        </span>
      ) : (
        <span className="text-slate-800">Never verified</span>
      )}
      {stale ? (
        <span className="font-medium text-amber-900">
          {at ? `(${label.toLowerCase()}: may be out of date)` : '(may be out of date)'}
        </span>
      ) : null}
    </p>
  );
}
