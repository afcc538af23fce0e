import Link from 'next/link';
import { cell, PhoneLabel, ResponsiveTableHead } from '@/components/ui/responsive-table';
import { StageBadge } from '@/components/ui/stage-badge';
import { UtcDate } from '@/components/ui/utc-date';
import type { GroupWorkItemRow } from '@/lib/server/queries/group-types';

// A table from the sm breakpoint, cards with labelled cells below it (as components/liaison/liaison-table).

/** A compact table of a group's work items; the group column shows which subgroup holds each. */
export function GroupItemsTable({
  items,
  caption,
  groupPath,
}: {
  items: GroupWorkItemRow[];
  caption: string;
  groupPath: string;
}) {
  const showGroup = items.some((i) => i.groupPath !== groupPath);
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="sm:overflow-x-auto">
      <table className="w-full border-collapse text-sm max-sm:block sm:min-w-[42rem]">
        <caption className="sr-only">{caption}</caption>
        <ResponsiveTableHead headings={['Identifier', 'Title', 'Group', 'Status', 'Target', 'Approved']} />
        <tbody className="divide-y divide-slate-200 align-top max-sm:block">
          {items.map((item) => (
            <tr
              key={item.identifier}
              className="hover:bg-slate-50 max-sm:grid max-sm:grid-cols-3 max-sm:gap-x-3 max-sm:gap-y-1.5 max-sm:py-3"
            >
              <th scope="row" className={`${cell} text-left font-normal whitespace-nowrap max-sm:col-span-3`}>
                <Link
                  href={`/items/${encodeURIComponent(item.identifier)}`}
                  className="font-mono font-medium"
                >
                  {item.identifier}
                </Link>
              </th>
              <td className={`${cell} text-slate-800 max-sm:col-span-3`}>
                {item.title}
                {item.synthetic ? (
                  <span className="ml-2 text-xs font-medium text-amber-900">(synthetic)</span>
                ) : null}
              </td>
              {showGroup ? (
                <td className={`${cell} whitespace-nowrap`}>
                  <PhoneLabel>Group</PhoneLabel>
                  <Link href={`/groups/${item.groupPath}`} className="underline">
                    {item.groupCode}
                  </Link>
                </td>
              ) : null}
              <td className={`${cell} max-sm:col-span-3 max-sm:row-start-3`}>
                <span className="flex items-start gap-2 sm:flex-col sm:gap-1">
                  <StageBadge stage={item.stage} />
                  <span className="text-xs text-slate-700">{item.status}</span>
                </span>
              </td>
              <td className={cell}>
                <PhoneLabel>Target</PhoneLabel>
                <UtcDate date={item.targetDate} />
              </td>
              <td className={cell}>
                <PhoneLabel>Approved</PhoneLabel>
                <UtcDate date={item.approvedDate} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
