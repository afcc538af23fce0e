import { cell, PhoneLabel, ResponsiveTableHead } from '@/components/ui/responsive-table';
import { UtcTimestamp } from '@/components/work-item/utc-timestamp';
import type { AuditEventDto } from '@/lib/server/queries/list-audit-events';
import { AuditChanges } from './audit-changes';
import { entityTypeLabel } from './audit-filter-form';

/** Audit events, newest first; a table from the sm breakpoint, cards below it. */
export function AuditTable({ events }: { events: AuditEventDto[] }) {
  return (
    <div
      role="region"
      aria-label="Audit events"
      tabIndex={0}
      className="rounded-lg border border-slate-200 bg-white sm:overflow-x-auto"
    >
      <table className="w-full border-collapse text-sm max-sm:block sm:min-w-[64rem]">
        <caption className="sr-only">Audit events, newest first</caption>
        <ResponsiveTableHead
          headings={['When (UTC)', 'Who', 'Action', 'Entity', 'Changes (before → after)', 'Comment']}
        />
        <tbody className="divide-y divide-slate-200 align-top max-sm:block">
          {events.map((e) => (
            <tr
              key={e.id}
              className="max-sm:grid max-sm:grid-cols-2 max-sm:gap-x-3 max-sm:gap-y-2 max-sm:p-3"
            >
              <th scope="row" className={`${cell} text-left font-normal sm:w-32`}>
                <PhoneLabel>When</PhoneLabel>
                <UtcTimestamp value={e.at} />
              </th>
              <td className={`${cell} sm:max-w-48`}>
                <PhoneLabel>Who</PhoneLabel>
                <span className="block break-words text-slate-900">{e.actorName}</span>
                {e.actorEmail ? (
                  <span className="block text-xs break-all text-slate-600">{e.actorEmail}</span>
                ) : null}
                <span className="mt-0.5 inline-block rounded bg-slate-100 px-1.5 text-xs text-slate-800">
                  <span className="sr-only">Channel: </span>
                  {e.channel.charAt(0) + e.channel.slice(1).toLowerCase()}
                </span>
              </td>
              <td className={`${cell} font-mono text-xs sm:whitespace-nowrap`}>
                <PhoneLabel>Action</PhoneLabel>
                {e.action}
                {e.version !== null ? (
                  <span className="block font-sans text-slate-600">version {e.version}</span>
                ) : null}
              </td>
              <td className={`${cell} sm:max-w-48`}>
                <PhoneLabel>Entity</PhoneLabel>
                <span className="block text-xs text-slate-600">{entityTypeLabel(e.entityType)}</span>
                {e.entityHref ? (
                  <a href={e.entityHref} className="font-mono break-words">
                    {e.entityLabel}
                  </a>
                ) : (
                  <span className="font-mono break-words text-slate-900">{e.entityLabel}</span>
                )}
              </td>
              <td className={`${cell} max-sm:col-span-2 sm:min-w-72`}>
                <PhoneLabel>Changes</PhoneLabel>
                <AuditChanges changes={e.changes} />
              </td>
              <td className={`${cell} max-sm:col-span-2 sm:max-w-56`}>
                <PhoneLabel>Comment</PhoneLabel>
                {e.comment ? (
                  <span className="break-words">{e.comment}</span>
                ) : (
                  <span className="text-slate-500">—</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
