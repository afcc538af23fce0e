import Link from 'next/link';
import { LiaisonDeadline } from '@/components/liaison/liaison-deadline';
import { FreshnessNote } from '@/components/roadmap/freshness-note';
import { cell, PhoneLabel, ResponsiveTableHead } from '@/components/ui/responsive-table';
import { StageBadge } from '@/components/ui/stage-badge';
import { UtcDate } from '@/components/ui/utc-date';
import { liaisonAnchor } from '@/lib/domain/liaisons';
import type { HomeItem, HomeLiaison } from '@/lib/server/queries/editor-home';
import type { FormServerAction } from '@/components/ui/form/use-form-action';
import type { FormValues } from '@/lib/domain/action-state';
import { VerifyButton } from './verify-button';

// The lists of the editor's home page: tables on wide screens, labelled cards on phones.

const itemHref = (identifier: string) => `/items/${encodeURIComponent(identifier)}`;

const row =
  'border-b border-slate-200 max-sm:mb-3 max-sm:grid max-sm:gap-2 max-sm:rounded max-sm:border max-sm:p-3';

/** An item's first two cells: the item, and its status. */
function ItemCells({ item }: { item: HomeItem }) {
  return (
    <>
      <td className={cell}>
        <Link href={itemHref(item.identifier)} className="font-mono font-semibold break-all">
          {item.identifier}
        </Link>
        <div className="text-slate-800">{item.title}</div>
        <div className="text-xs text-slate-600">
          {item.body} {item.group}
        </div>
      </td>
      <td className={cell}>
        <PhoneLabel>Status</PhoneLabel>
        <StageBadge stage={item.stage} />
        <div className="text-xs text-slate-700">{item.status}</div>
      </td>
    </>
  );
}

export function StaleItemsTable({
  items,
  now,
  verifyAction,
}: {
  items: HomeItem[];
  now: Date;
  verifyAction: FormServerAction<FormValues, undefined>;
}) {
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">Items not verified for 6 months, oldest first</caption>
      <ResponsiveTableHead headings={['Item', 'Status', 'Last verified', 'Action']} />
      <tbody>
        {items.map((item) => (
          <tr key={item.identifier} className={row}>
            <ItemCells item={item} />
            <td className={cell}>
              <PhoneLabel>Last verified</PhoneLabel>
              {item.lastVerifiedAt ? <UtcDate date={item.lastVerifiedAt.slice(0, 10)} /> : null}
              <div>
                <FreshnessNote lastVerifiedAt={item.lastVerifiedAt} now={now} />
              </div>
            </td>
            <td className={cell}>
              <VerifyButton
                action={verifyAction}
                identifier={item.identifier}
                version={item.version}
                compact
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function OverdueItemsTable({ items }: { items: HomeItem[] }) {
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">
        Items past their target date and not approved, oldest target first
      </caption>
      <ResponsiveTableHead headings={['Item', 'Status', 'Target', 'Action']} />
      <tbody>
        {items.map((item) => (
          <tr key={item.identifier} className={row}>
            <ItemCells item={item} />
            <td className={cell}>
              <PhoneLabel>Target</PhoneLabel>
              <UtcDate date={item.targetDate} />
            </td>
            <td className={cell}>
              <Link href={`${itemHref(item.identifier)}/edit`}>
                Edit<span className="sr-only"> {item.identifier}</span>
              </Link>
              {' · '}
              <Link href={`${itemHref(item.identifier)}/status`}>
                Change status<span className="sr-only"> of {item.identifier}</span>
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function OpenLiaisonsTable({ liaisons, today }: { liaisons: HomeLiaison[]; today: string }) {
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">Open liaison statements of your groups, nearest deadline first</caption>
      <ResponsiveTableHead headings={['Liaison', 'From → to', 'Deadline']} />
      <tbody>
        {liaisons.map((l) => (
          <tr key={l.reference} className={row}>
            <td className={cell}>
              <Link
                href={`/liaisons?q=${encodeURIComponent(l.reference)}#${liaisonAnchor(l.reference)}`}
                className="font-mono font-semibold"
              >
                {l.reference}
              </Link>
              <div className="text-slate-800">{l.title}</div>
            </td>
            <td className={cell}>
              <PhoneLabel>From → to</PhoneLabel>
              {l.from} → {l.to.join(', ')}
            </td>
            <td className={cell}>
              <PhoneLabel>Deadline</PhoneLabel>
              <LiaisonDeadline state={l.state} deadline={l.deadline} today={today} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
