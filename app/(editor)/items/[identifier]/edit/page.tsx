import type { Metadata } from 'next';
import Link from 'next/link';
import { DeleteForm } from '@/components/work-item-form/delete-form';
import { groupOptions } from '@/components/work-item-form/group-options';
import { NotAllowed } from '@/components/work-item-form/not-allowed';
import { WorkItemForm } from '@/components/work-item-form/work-item-form';
import { findStatus, PROCESS_LABELS } from '@/lib/domain/lifecycle';
import { formValuesFromState } from '@/lib/domain/work-item-form';
import { can, canEditGroup } from '@/lib/server/permissions';
import { loadReferenceData } from '@/lib/server/queries/reference-data';
import { deleteItemAction, updateItemAction } from '../../actions';
import { loadItemForEditing } from '../../edit-access';

interface Props {
  params: Promise<{ identifier: string }>;
}

export const metadata: Metadata = { title: 'Edit work item', robots: { index: false } };

export default async function EditWorkItemPage({ params }: Props) {
  const { actor, item } = await loadItemForEditing((await params).identifier, 'edit');
  const itemHref = `/items/${encodeURIComponent(item.identifier)}`;
  if (!can(actor, 'workItem.edit', { groupPaths: [item.state.group] }))
    return <NotAllowed identifier={item.identifier} what={`edit ${item.identifier}`} />;
  const { groups, bodies, topics } = await loadReferenceData();
  const status = findStatus(item.state.process, item.state.status);
  return (
    <div className="space-y-5">
      <header className="space-y-1">
        <p className="text-sm text-slate-600">
          <Link href={itemHref}>{item.identifier}</Link> / Edit
        </p>
        <h1 className="text-2xl font-semibold text-slate-900">
          Edit <span className="font-mono">{item.identifier}</span>
        </h1>
        <p className="text-sm text-slate-700">
          Version {item.version}. Saving is refused if someone else saved a change after you opened this page.
        </p>
      </header>
      <WorkItemForm
        mode="update"
        action={updateItemAction.bind(null, item.identifier)}
        initial={formValuesFromState(item.state, item.version)}
        groups={groupOptions(
          groups.filter((g) => canEditGroup(actor, g.path)),
          bodies,
        )}
        topics={topics}
        cancelHref={itemHref}
        statusNote={
          <p className="rounded bg-slate-50 px-3 py-2 text-slate-800">
            {PROCESS_LABELS[item.state.process]} · status <strong>{status?.name ?? item.state.status}</strong>
            . <Link href={`${itemHref}/status`}>Change status</Link> (it follows the process’s lifecycle and
            records date, meeting and note).
          </p>
        }
      />
      {can(actor, 'workItem.delete') ? (
        <section
          aria-labelledby="delete-heading"
          className="space-y-3 rounded-lg border border-rose-300 bg-white p-4 sm:p-5"
        >
          <h2 id="delete-heading" className="text-base font-semibold text-rose-900">
            Delete permanently (admins)
          </h2>
          <p className="text-sm text-slate-700">
            To take an item off the roadmap, change its status to withdrawn or discontinued instead: its
            history stays. Delete only entries made by mistake.
          </p>
          <DeleteForm
            action={deleteItemAction.bind(null, item.identifier)}
            identifier={item.identifier}
            version={item.version}
          />
        </section>
      ) : null}
    </div>
  );
}
