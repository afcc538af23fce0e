import { cell, PhoneLabel, ResponsiveTableHead } from '@/components/ui/responsive-table';
import { UtcDate } from '@/components/ui/utc-date';
import { LIAISON_PURPOSE_LABELS } from '@/lib/domain/labels';
import { LIAISON_DIRECTION_LABELS, liaisonAnchor } from '@/lib/domain/liaisons';
import type { LiaisonDto } from '@/lib/server/queries/liaison-types';
import { LiaisonDeadline } from './liaison-deadline';
import { LiaisonParties } from './liaison-parties';
import { LiaisonStateBadge } from './liaison-state-badge';
import { LiaisonStatement } from './liaison-statement';

// A table from the sm breakpoint; below it each row is laid out as a card whose cells carry their
// own labels, so that a phone shows the deadline and state without scrolling sideways.

/** Liaison statements; each row is the target of `/liaisons#ls-<reference>`. */
export function LiaisonTable({
  liaisons,
  today,
  caption,
  editable,
}: {
  liaisons: LiaisonDto[];
  today: string;
  caption: string;
  /** References of the liaisons the reader may edit: their rows get an "Edit" link. */
  editable?: ReadonlySet<string>;
}) {
  return (
    <div
      role="region"
      aria-label={caption}
      tabIndex={0}
      className="rounded-lg border border-slate-200 bg-white sm:overflow-x-auto"
    >
      <table className="w-full border-collapse text-sm max-sm:block sm:min-w-[60rem]">
        <caption className="sr-only">{caption}</caption>
        <ResponsiveTableHead
          headings={['Reference', 'Statement', 'From → to', 'Purpose', 'Date', 'Reply deadline', 'State']}
        />
        <tbody className="divide-y divide-slate-200 align-top max-sm:block">
          {liaisons.map((l) => (
            <tr
              key={l.reference}
              id={liaisonAnchor(l.reference)}
              className="target:bg-brand-50 target:outline-brand-600 scroll-mt-4 target:outline-2 max-sm:grid max-sm:grid-cols-3 max-sm:gap-x-3 max-sm:gap-y-2 max-sm:p-3"
            >
              <th
                scope="row"
                className={`${cell} text-left font-normal max-sm:col-span-2 sm:max-w-52 sm:min-w-36`}
              >
                <span className="font-mono font-medium text-slate-900">{l.reference}</span>
                <span className="block text-xs text-slate-600">{LIAISON_DIRECTION_LABELS[l.direction]}</span>
                {l.documentUrl ? (
                  <a href={l.documentUrl} rel="noopener noreferrer" className="text-xs">
                    Document<span className="sr-only"> {l.reference}</span>
                  </a>
                ) : null}
                {editable?.has(l.reference) ? (
                  <a
                    href={`/liaisons/${encodeURIComponent(l.reference)}/edit`}
                    className={`text-xs ${l.documentUrl ? 'ml-3' : ''}`}
                  >
                    Edit<span className="sr-only"> {l.reference}</span>
                  </a>
                ) : null}
              </th>
              <td className={`${cell} max-sm:col-span-3 sm:max-w-md sm:min-w-64`}>
                <LiaisonStatement liaison={l} />
              </td>
              <td className={`${cell} max-sm:col-span-3`}>
                <LiaisonParties from={l.from} to={l.to} />
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
                <PhoneLabel>Reply deadline</PhoneLabel>
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
