import { freshness } from '@/lib/domain/freshness';

/**
 * How fresh an entry is: "Verified 3 months ago" (green dot), stale after 6 months (amber dot, and
 * the words say so to screen readers), or "Not verified yet" (hollow dot).
 */
export function FreshnessNote({ lastVerifiedAt, now }: { lastVerifiedAt: string | null; now: Date }) {
  const { stale, label } = freshness(lastVerifiedAt, now);
  if (lastVerifiedAt === null)
    return (
      <span className="inline-flex items-center gap-1 text-xs whitespace-nowrap text-slate-600">
        <span aria-hidden="true" className="inline-block size-2 rounded-full border border-slate-500" />
        Not verified yet
      </span>
    );
  return (
    <span
      className={`inline-flex items-center gap-1 text-xs whitespace-nowrap ${stale ? 'text-amber-900' : 'text-slate-600'}`}
      title={
        lastVerifiedAt ? `Last verified ${lastVerifiedAt.slice(0, 16).replace('T', ' ')} UTC` : undefined
      }
    >
      <span
        aria-hidden="true"
        className={`inline-block size-2 rounded-full ${stale ? 'bg-amber-500' : 'bg-emerald-600'}`}
      />
      {label}
      {stale && lastVerifiedAt ? <span className="sr-only"> (stale)</span> : null}
    </span>
  );
}
