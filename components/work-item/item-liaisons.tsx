import { cell, PhoneLabel, ResponsiveTableHead } from '@/components/ui/responsive-table';
import { ReferenceLink } from '@/components/liaison/liaison-statement';
import { LiaisonDeadline } from '@/components/liaison/liaison-deadline';
import { LiaisonStateBadge } from '@/components/liaison/liaison-state-badge';
import { UtcDate } from '@/components/ui/utc-date';
import { LIAISON_PURPOSE_LABELS } from '@/lib/domain/labels';
import { LIAISON_DIRECTION_LABELS } from '@/lib/domain/liaisons';
import type { ItemLiaisonDto } from '@/lib/server/queries/roadmap-types';

// A table from the sm breakpoint, cards with labelled cells below it (as components/liaison/liaison-table).

/** Liaison statements about the item, newest first, each linking to its entry in the liaison list. */
export function ItemLiaisons({ liaisons, today }: { liaisons: ItemLiaisonDto[]; today: string }) {
  if (liaisons.length === 0)
    return <p className="text-sm text-slate-600">No liaison statements refer to this item.</p>;
  return (
    <div
      role="region"
      aria-label="Liaison statements about this item"
      tabIndex={0}
      className="sm:overflow-x-auto"
    >
      <table className="w-full border-collapse text-sm max-sm:block sm:min-w-[36rem]">
        <ResponsiveTableHead headings={['Reference', 'Statement', 'Purpose', 'Date', 'Deadline', 'State']} />
        <tbody className="divide-y divide-slate-200 align-top max-sm:block">
          {liaisons.map((l) => (
            <tr
              key={l.reference}
              className="max-sm:grid max-sm:grid-cols-3 max-sm:gap-x-3 max-sm:gap-y-2 max-sm:py-3"
            >
              <th scope="row" className={`${cell} text-left font-normal max-sm:col-span-2 sm:min-w-40`}>
                <ReferenceLink reference={l.reference} />
                <span className="block text-xs text-slate-600">{LIAISON_DIRECTION_LABELS[l.direction]}</span>
              </th>
              <td className={`${cell} max-sm:col-span-3 sm:min-w-56`}>
                {l.title}
                <span className="block text-xs text-slate-600">From {l.from}</span>
              </td>
              <td className={`${cell} sm:whitespace-nowrap`}>
                <PhoneLabel>Purpose</PhoneLabel>
                {LIAISON_PURPOSE_LABELS[l.purpose]}
              </td>
              <td className={cell}>
                <PhoneLabel>Date</PhoneLabel>
                <UtcDate date={l.date} />
              </td>
              <td className={cell}>
                <PhoneLabel>Deadline</PhoneLabel>
                <LiaisonDeadline state={l.state} deadline={l.deadline} today={today} />
              </td>
              <td className={`${cell} max-sm:col-start-3 max-sm:row-start-1 max-sm:justify-self-end`}>
                <LiaisonStateBadge state={l.state} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
