import type { Metadata } from 'next';
import Link from 'next/link';
import { NotAllowed } from '@/components/work-item-form/not-allowed';
import { StatusForm } from '@/components/work-item-form/status-form';
import { todayUtc } from '@/lib/domain/liaisons';
import { findStatus, nextStatuses, PROCESS_LABELS } from '@/lib/domain/lifecycle';
import { can } from '@/lib/server/permissions';
import { changeStatusAction } from '../../actions';
import { loadItemForEditing } from '../../edit-access';

interface Props {
  params: Promise<{ identifier: string }>;
}

export const metadata: Metadata = { title: 'Change status', robots: { index: false } };

export default async function ChangeStatusPage({ params }: Props) {
  const { actor, item } = await loadItemForEditing((await params).identifier, 'status');
  const itemHref = `/items/${encodeURIComponent(item.identifier)}`;
  if (!can(actor, 'workItem.edit', { groupPaths: [item.state.group] }))
    return <NotAllowed identifier={item.identifier} what={`change the status of ${item.identifier}`} />;
  const { process, status } = item.state;
  const current = findStatus(process, status);
  const options = nextStatuses(process, status).map((s) => ({ code: s.code, name: s.name }));
  return (
    <div className="mx-auto max-w-2xl space-y-5">
      <header className="space-y-1">
        <p className="text-sm text-slate-600">
          <Link href={itemHref}>{item.identifier}</Link> / Change status
        </p>
        <h1 className="text-2xl font-semibold text-slate-900">
          Change the status of <span className="font-mono">{item.identifier}</span>
        </h1>
        <p className="text-sm text-slate-700">
          {PROCESS_LABELS[process]}. Current status: <strong>{current?.name ?? status}</strong>.
        </p>
      </header>
      <section className="rounded-lg border border-slate-200 bg-white p-4 sm:p-5">
        {options.length === 0 ? (
          <p className="text-sm text-slate-800">
            {current?.name ?? status} is a final status: the lifecycle allows no further change.
          </p>
        ) : (
          <>
            <p className="mb-4 text-sm text-slate-700">
              The lifecycle allows{' '}
              {options.length === 1 ? 'one next status' : `${options.length} next statuses`}. The change is
              added to the item’s status history.
            </p>
            <StatusForm
              action={changeStatusAction.bind(null, item.identifier)}
              version={item.version}
              options={options}
              today={todayUtc()}
              cancelHref={itemHref}
            />
          </>
        )}
      </section>
    </div>
  );
}
