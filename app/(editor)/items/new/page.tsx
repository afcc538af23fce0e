import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { groupOptions } from '@/components/work-item-form/group-options';
import { NotAllowed } from '@/components/work-item-form/not-allowed';
import { WorkItemForm } from '@/components/work-item-form/work-item-form';
import { getCurrentActor } from '@/lib/server/current-actor';
import { canEditGroup } from '@/lib/server/permissions';
import { loadReferenceData } from '@/lib/server/queries/reference-data';
import { createItemAction } from '../actions';

export const metadata: Metadata = { title: 'New work item', robots: { index: false } };

export default async function NewWorkItemPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await getCurrentActor();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent('/items/new')}`);
  const { groups, bodies, topics } = await loadReferenceData();
  const editable = groups.filter((g) => canEditGroup(actor, g.path));
  if (editable.length === 0) return <NotAllowed what="create work items" />;
  // ?group=<path> preselects a group (the links from a group's page and the home page).
  const wanted = (await searchParams).group;
  const group = editable.find((g) => g.path === wanted)?.path ?? editable[0]!.path;
  return (
    <div className="space-y-5">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold text-slate-900">New work item</h1>
        <p className="text-sm text-slate-700">
          Give a working name while drafting, or the final number once assigned; the other can follow later.
        </p>
      </header>
      <WorkItemForm
        mode="create"
        action={createItemAction}
        initial={{
          text: { group, kind: 'ITU_RECOMMENDATION', generation: 'IMT2030', process: 'AAP' },
          topics: [],
          editors: [],
          relations: [],
        }}
        groups={groupOptions(editable, bodies)}
        topics={topics}
        cancelHref="/home"
      />
    </div>
  );
}
