import Link from 'next/link';
import { GENERATION_LABELS } from '@/lib/domain/labels';
import type { WorkItemSummary } from '@/lib/server/queries/roadmap-types';
import { StageBadge } from '@/components/ui/stage-badge';
import { UtcDate } from '@/components/ui/utc-date';
import { FreshnessNote } from './freshness-note';

function itemHref(identifier: string): string {
  return `/items/${encodeURIComponent(identifier)}`;
}

/** The date that matters most: approval (or publication) once known, else the target. */
function KeyDate({ item }: { item: WorkItemSummary }) {
  const [label, date] = item.approvedDate ? ['Approved', item.approvedDate] : ['Target', item.targetDate];
  if (!date) return <span className="text-slate-600">No date</span>;
  return (
    <>
      <span className="text-slate-600">{label} </span>
      <UtcDate date={date} />
    </>
  );
}

/** The roadmap's items: a table on wide screens, a list of cards on phones. */
export function WorkItemTable({ items, now = new Date() }: { items: WorkItemSummary[]; now?: Date }) {
  return (
    <>
      <table className="item-table hidden w-full border-collapse text-sm md:table">
        <caption className="sr-only">Work items</caption>
        <thead>
          <tr className="border-b-2 border-slate-300 text-left text-slate-700">
            {['Identifier', 'Title', 'Group', 'Status', 'Date'].map((heading) => (
              <th key={heading} scope="col" className="py-2 pr-3 font-semibold">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.identifier} className="border-b border-slate-200 hover:bg-white">
              <td className="font-mono text-[0.8125rem] whitespace-nowrap">
                <Link href={itemHref(item.identifier)} className="font-semibold">
                  {item.identifier}
                </Link>
                {item.number && item.workingName ? (
                  <div className="text-xs text-slate-600">{item.workingName}</div>
                ) : null}
              </td>
              <td>
                <div>{item.title}</div>
                <div className="mt-0.5 text-xs text-slate-600">
                  {GENERATION_LABELS[item.generation]}
                  {item.topics.length > 0 ? ` · ${item.topics.map((t) => t.name).join(', ')}` : ''}
                </div>
              </td>
              <td className="whitespace-nowrap">
                <span className="font-medium">{item.body.name}</span> {item.group.code}
              </td>
              <td>
                <StageBadge stage={item.stage} />
                <div className="mt-0.5 text-xs text-slate-700">{item.status.name}</div>
              </td>
              <td className="text-xs">
                <KeyDate item={item} />
                <div className="mt-0.5">
                  <FreshnessNote lastVerifiedAt={item.lastVerifiedAt} now={now} />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="space-y-3 md:hidden" aria-label="Work items">
        {items.map((item) => (
          <li key={item.identifier} className="item-card">
            <div className="flex items-start justify-between gap-2">
              <Link href={itemHref(item.identifier)} className="font-mono text-sm font-semibold break-all">
                {item.identifier}
              </Link>
              <StageBadge stage={item.stage} />
            </div>
            <p className="mt-1 text-sm">{item.title}</p>
            <p className="mt-1 text-xs text-slate-700">
              {item.body.name} {item.group.code} · {item.status.name} · <KeyDate item={item} />
            </p>
            <p className="mt-1">
              <FreshnessNote lastVerifiedAt={item.lastVerifiedAt} now={now} />
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
