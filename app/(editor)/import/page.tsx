import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ImportForm } from '@/components/import/import-form';
import { groupOptions } from '@/components/work-item-form/group-options';
import { NotAllowed } from '@/components/work-item-form/not-allowed';
import { getCurrentActor } from '@/lib/server/current-actor';
import { canEditGroup } from '@/lib/server/permissions';
import { loadReferenceData } from '@/lib/server/queries/reference-data';

export const metadata: Metadata = { title: 'Import a spreadsheet', robots: { index: false } };

export default async function ImportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await getCurrentActor();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent('/import')}`);
  const { groups, bodies } = await loadReferenceData();
  const editable = groups.filter((g) => canEditGroup(actor, g.path));
  if (editable.length === 0) return <NotAllowed what="import work items" />;
  const wanted = (await searchParams).group;
  const group = editable.find((g) => g.path === wanted)?.path ?? editable[0]!.path;
  return (
    <div className="mx-auto max-w-5xl space-y-5">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold text-slate-900">Import a spreadsheet</h1>
        <p className="text-sm text-slate-700">
          Upload a CSV or XLSX file in the roadmap’s spreadsheet format (download one from the roadmap to
          start from). You see what would be created and changed before anything is saved; applying saves
          every line or none.
        </p>
      </header>
      <ImportForm groups={groupOptions(editable, bodies)} initialGroup={group} />
    </div>
  );
}
