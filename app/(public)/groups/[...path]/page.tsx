import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { cache } from 'react';
import { GroupBreadcrumb } from '@/components/group/group-breadcrumb';
import { GroupHeader } from '@/components/group/group-header';
import { GroupItemsTable } from '@/components/group/group-items-table';
import { GroupTree } from '@/components/group/group-tree';
import { LiaisonTable } from '@/components/liaison/liaison-table';
import { EmptyState } from '@/components/ui/empty-state';
import { Section } from '@/components/ui/section';
import { liaisonsHref } from '@/lib/domain/liaison-filters';
import { todayUtc } from '@/lib/domain/liaisons';
import { getGroup } from '@/lib/server/queries/get-group';
import { decodeSegment } from '@/lib/domain/path-segment';

interface Props {
  params: Promise<{ path: string[] }>;
}

function joinPath(segments: string[]): string {
  return segments.map(decodeSegment).join('/');
}

const load = cache(async (path: string) => getGroup({ path }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load(joinPath((await params).path));
  if (!page) return { title: 'Group not found' };
  const title = page.group
    ? `${page.body.name} ${page.group.code}: ${page.group.name}`
    : `${page.body.name}: ${page.body.fullName}`;
  return { title, description: `Work items and liaison statements of ${title} in the IMT roadmap.` };
}

export default async function GroupPage({ params }: Props) {
  const path = joinPath((await params).path);
  if (path !== path.toLowerCase()) permanentRedirect(`/groups/${path.toLowerCase()}`);
  const page = await load(path);
  if (!page) notFound();
  const { body, group } = page;
  const crumbs = [
    { label: 'Groups', href: '/groups' },
    ...(group ? [{ label: body.name, href: `/groups/${body.slug}` }] : []),
    ...page.ancestors.map((a) => ({ label: a.code, href: `/groups/${a.path}` })),
  ];
  const scope: Record<string, string> = group ? { group: group.path } : { body: body.slug };
  const roadmapHref = `/?${new URLSearchParams(scope).toString()}`;
  const liaisonHref = liaisonsHref({ group: group?.path ?? body.slug });
  return (
    <div className="space-y-5">
      <GroupBreadcrumb crumbs={crumbs} current={group?.code ?? body.name} />
      <GroupHeader page={page} roadmapHref={roadmapHref} liaisonHref={liaisonHref} />
      {page.subgroups.length > 0 ? (
        <Section id="subgroups" title={group ? 'Subgroups' : 'Groups'}>
          <GroupTree
            nodes={page.subgroups}
            label={group ? `Subgroups of ${group.code}` : `Groups of ${body.name}`}
          />
        </Section>
      ) : null}
      {group ? (
        <>
          <Section
            id="items"
            title={`Work items (${page.itemTotal})`}
            aside={
              <a href={roadmapHref} className="text-sm">
                Filter in the roadmap
              </a>
            }
          >
            {page.items.length === 0 ? (
              <EmptyState title="No work items in this group or its subgroups." />
            ) : (
              <>
                <GroupItemsTable
                  items={page.items}
                  caption={`Work items of ${group.code}, subgroups included`}
                  groupPath={group.path}
                />
                {page.itemTotal > page.items.length ? (
                  <p className="mt-3 text-sm text-slate-700">
                    Showing the first {page.items.length} of {page.itemTotal}.{' '}
                    <a href={roadmapHref} className="underline">
                      See them all in the roadmap
                    </a>
                    .
                  </p>
                ) : null}
              </>
            )}
          </Section>
          <Section
            id="liaisons"
            title={`Liaison statements sent or received (${page.liaisonTotal})`}
            aside={
              <a href={liaisonHref} className="text-sm">
                Filter the liaison list
              </a>
            }
          >
            {page.liaisons.length === 0 ? (
              <EmptyState title="No liaison statements sent or received by this group or its subgroups." />
            ) : (
              <>
                <LiaisonTable
                  liaisons={page.liaisons}
                  today={todayUtc()}
                  caption={`Liaison statements of ${group.code}`}
                />
                {page.liaisonTotal > page.liaisons.length ? (
                  <p className="mt-3 text-sm text-slate-700">
                    Showing the {page.liaisons.length} newest of {page.liaisonTotal}.{' '}
                    <a href={liaisonHref} className="underline">
                      See them all
                    </a>
                    .
                  </p>
                ) : null}
              </>
            )}
          </Section>
        </>
      ) : page.subgroups.length === 0 ? (
        <EmptyState title={`No groups of ${body.name} have been recorded yet.`} />
      ) : null}
    </div>
  );
}
