import type { Metadata } from 'next';
import { FormPageHeader } from '@/components/liaison-form/form-page-header';
import { LiaisonForm } from '@/components/liaison-form/liaison-form';
import { LiaisonNotAllowed } from '@/components/liaison-form/not-allowed';
import { EMPTY_LIAISON_FORM, replyDraft, type LiaisonFormValues } from '@/lib/domain/liaison-form';
import { todayUtc } from '@/lib/domain/liaisons';
import { requireSignedIn } from '@/lib/server/current-actor';
import { canEditGroup } from '@/lib/server/permissions';
import {
  getEditableLiaison,
  listGroupChoices,
  listLiaisonReferences,
} from '@/lib/server/queries/liaison-form-data';
import { recordLiaisonAction } from './actions';

export const metadata: Metadata = { title: 'Record a liaison statement', robots: { index: false } };

export default async function NewLiaisonPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = await searchParams;
  const replyToRef = typeof query.replyTo === 'string' ? query.replyTo.trim() : '';
  const here = replyToRef ? `/liaisons/new?replyTo=${encodeURIComponent(replyToRef)}` : '/liaisons/new';
  const actor = await requireSignedIn(here);
  const [groups, references, original] = await Promise.all([
    listGroupChoices(),
    listLiaisonReferences(),
    replyToRef ? getEditableLiaison(replyToRef) : Promise.resolve(null),
  ]);
  const editablePaths = groups
    .flatMap((b) => b.groups.map((g) => g.path))
    .filter((p) => canEditGroup(actor, p));
  if (editablePaths.length === 0)
    return <LiaisonNotAllowed title="You may not record liaison statements" name={actor.name} />;
  const today = todayUtc();
  const mayEdit = (path: string) => canEditGroup(actor, path);
  // A new incoming statement is most often addressed to one's own group: it starts ticked.
  const initial: LiaisonFormValues = original
    ? replyDraft(original, today, mayEdit)
    : { ...EMPTY_LIAISON_FORM, date: today, to: actor.roles[0] ? [actor.roles[0].groupPath] : [] };
  const mayMark =
    original !== null && [original.fields.from, ...original.fields.to].some((p) => canEditGroup(actor, p));
  return (
    <div className="mx-auto max-w-5xl space-y-5">
      <FormPageHeader
        title={original ? `Record a reply to ${original.reference}` : 'Record a liaison statement'}
      >
        <p className="max-w-3xl text-sm text-slate-700">
          An incoming or outgoing statement between a group and another body’s group. Dates are UTC calendar
          dates. Every save is kept in the change history with your name.
        </p>
        {replyToRef && !original ? (
          <p role="alert" className="text-sm text-rose-800">
            No liaison statement has the reference “{replyToRef}”: this is an empty form.
          </p>
        ) : null}
      </FormPageHeader>
      <LiaisonForm
        action={recordLiaisonAction}
        initial={initial}
        groups={groups}
        editablePaths={editablePaths}
        references={references}
        replyTo={
          original && mayMark
            ? { reference: original.reference, version: original.version, state: original.fields.state }
            : null
        }
        cancelHref={original ? `/liaisons/${encodeURIComponent(original.reference)}/edit` : '/liaisons'}
      />
    </div>
  );
}
