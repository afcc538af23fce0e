import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { cache } from 'react';
import { verifyItemAction } from '@/app/(editor)/items/actions';
import { Section } from '@/components/ui/section';
import { ChangeHistory } from '@/components/work-item/change-history';
import { DocumentLinks } from '@/components/work-item/document-links';
import { EditorActions } from '@/components/work-item/editor-actions';
import { EditorList } from '@/components/work-item/editor-list';
import { ItemLiaisons } from '@/components/work-item/item-liaisons';
import { LastVerified } from '@/components/work-item/last-verified';
import { RelatedItems } from '@/components/work-item/related-items';
import { StatusTimeline } from '@/components/work-item/status-timeline';
import { SyntheticNotice } from '@/components/work-item/synthetic-notice';
import { WorkItemFacts } from '@/components/work-item/work-item-facts';
import { WorkItemHeader } from '@/components/work-item/work-item-header';
import { todayUtc } from '@/lib/domain/liaisons';
import { getCurrentActor } from '@/lib/server/current-actor';
import { can } from '@/lib/server/permissions';
import { getWorkItem } from '@/lib/server/queries/get-work-item';
import { getWorkItemHistory } from '@/lib/server/queries/work-item-history';
import { decodeSegment } from '@/lib/domain/path-segment';

interface Props {
  params: Promise<{ identifier: string }>;
}

// generateMetadata and the page share one lookup per request.
const lookup = cache(async (segment: string) => getWorkItem(decodeSegment(segment)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await lookup((await params).identifier);
  if (found.kind !== 'found') return { title: 'Work item not found' };
  const { item } = found;
  return {
    title: `${item.identifier}: ${item.title}`,
    description: item.summary || `${item.identifier} (${item.body.name} ${item.group.code}): ${item.title}`,
    ...(item.synthetic ? { robots: { index: false } } : {}),
  };
}

export default async function WorkItemPage({ params }: Props) {
  const found = await lookup((await params).identifier);
  if (found.kind === 'moved') permanentRedirect(`/items/${encodeURIComponent(found.identifier)}`);
  if (found.kind === 'missing') notFound();
  const { item } = found;
  // The page is rendered per request (it reads its item at request time), so signed-in controls
  // never end up in a render that is served to someone else.
  const [actor, history] = await Promise.all([getCurrentActor(), getWorkItemHistory(item.identifier)]);
  const mayEdit = can(actor, 'workItem.edit', { groupPaths: [item.group.path] });
  return (
    <article className="space-y-5">
      <WorkItemHeader item={item} />
      <LastVerified at={history.lastVerifiedAt} by={history.lastVerifiedBy} />
      {mayEdit ? (
        <EditorActions identifier={item.identifier} version={item.version} verifyAction={verifyItemAction} />
      ) : null}
      {item.synthetic ? <SyntheticNotice /> : null}
      <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-5">
          <Section id="summary" title="Summary">
            {item.summary ? (
              <p className="max-w-prose text-sm leading-6 whitespace-pre-line text-slate-800">
                {item.summary}
              </p>
            ) : (
              <p className="text-sm text-slate-600">No summary yet.</p>
            )}
          </Section>
          <Section
            id="history"
            title="Status history"
            aside={<span className="text-xs text-slate-600">Oldest first · dates in UTC</span>}
          >
            <StatusTimeline history={item.history} />
          </Section>
          <Section id="related" title="Related items">
            <RelatedItems relations={item.relations} />
          </Section>
          <Section id="liaisons" title="Liaison statements">
            <ItemLiaisons liaisons={item.liaisons} today={todayUtc()} />
          </Section>
          <Section
            id="changes"
            title="Change log"
            aside={<span className="text-xs text-slate-600">Newest first · times in UTC</span>}
          >
            <ChangeHistory entries={history.entries} truncated={history.truncated} />
          </Section>
        </div>
        <div className="min-w-0 space-y-5">
          <Section id="details" title="Details">
            <WorkItemFacts item={item} />
          </Section>
          <Section id="editors" title="Editors">
            <EditorList editors={item.editors} />
          </Section>
          <Section id="links" title="Documents and data">
            <DocumentLinks item={item} />
          </Section>
        </div>
      </div>
    </article>
  );
}
