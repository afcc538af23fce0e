import { UtcDate } from '@/components/ui/utc-date';
import type { LiaisonState } from '@/lib/domain/liaison-filters';
import { daysBetween, deadlineStatus } from '@/lib/domain/liaisons';

const plural = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

/** The reply deadline (a UTC date); an open liaison past it says "Overdue" in words, not only colour. */
export function LiaisonDeadline({
  state,
  deadline,
  today,
}: {
  state: LiaisonState;
  deadline: string | null;
  today: string;
}) {
  const status = deadlineStatus({ state, deadline }, today);
  if (!deadline) return <UtcDate date={null} fallback="None" />;
  const days = daysBetween(today, deadline);
  return (
    <span className="inline-flex flex-col">
      <UtcDate date={deadline} />
      {status === 'overdue' ? (
        <span className="mt-0.5 inline-flex items-center gap-1 text-xs font-semibold text-rose-800 sm:whitespace-nowrap">
          <span aria-hidden="true">⚠</span> Overdue by {plural(-days)}
        </span>
      ) : null}
      {status === 'due-soon' ? (
        <span className="mt-0.5 text-xs font-medium text-amber-900 sm:whitespace-nowrap">
          {days === 0 ? 'Due today' : `Due in ${plural(days)}`}
        </span>
      ) : null}
    </span>
  );
}
