import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FormPageHeader } from '@/components/liaison-form/form-page-header';
import { LiaisonForm } from '@/components/liaison-form/liaison-form';
import { LiaisonNotAllowed } from '@/components/liaison-form/not-allowed';
import { ReplyNotice } from '@/components/liaison-form/reply-notice';
import { liaisonFormValues } from '@/lib/domain/liaison-form';
import { requireSignedIn } from '@/lib/server/current-actor';
import { can, canEditGroup } from '@/lib/server/permissions';
import {
  getEditableLiaison,
  listGroupChoices,
  listLiaisonReferences,
} from '@/lib/server/queries/liaison-form-data';
import { editLiaisonAction } from './actions';
import { decodeSegment } from '@/lib/domain/path-segment';

interface Props {
  params: Promise<{ reference: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Edit liaison ${decodeSegment((await params).reference)}`, robots: { index: false } };
}

export default async function EditLiaisonPage({ params, searchParams }: Props) {
  const reference = decodeSegment((await params).reference);
  const editHref = `/liaisons/${encodeURIComponent(reference)}/edit`;
  const actor = await requireSignedIn(editHref);
  const liaison = await getEditableLiaison(reference);
  if (!liaison) notFound();
  const groupPaths = [liaison.fields.from, ...liaison.fields.to];
  if (!can(actor, 'liaison.edit', { groupPaths }))
    return <LiaisonNotAllowed title={`You may not edit ${reference}`} name={actor.name} />;
  const query = await searchParams;
  const [groups, references] = await Promise.all([listGroupChoices(), listLiaisonReferences()]);
  const editablePaths = groups
    .flatMap((b) => b.groups.map((g) => g.path))
    .filter((p) => canEditGroup(actor, p));
  return (
    <div className="mx-auto max-w-5xl space-y-5">
      <FormPageHeader
        title={
          <>
            Edit liaison <span className="font-mono">{reference}</span>
          </>
        }
      >
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-slate-700">
          <span>Version {liaison.version}</span>
          <a
            href={`/liaisons/new?replyTo=${encodeURIComponent(reference)}`}
            className="rounded-md border border-slate-400 bg-white px-3 py-1.5 font-medium text-slate-900 no-underline hover:bg-slate-50"
          >
            Record reply
          </a>
        </div>
      </FormPageHeader>
      {typeof query.reply === 'string' && typeof query.notMarked === 'string' ? (
        <ReplyNotice reply={query.reply} original={reference} reason={query.notMarked} />
      ) : null}
      <LiaisonForm
        action={editLiaisonAction.bind(null, reference)}
        initial={liaisonFormValues(reference, liaison.fields)}
        version={liaison.version}
        groups={groups}
        editablePaths={editablePaths}
        references={references.filter((r) => r !== reference)}
        cancelHref="/liaisons"
        reloadHref={editHref}
      />
    </div>
  );
}
