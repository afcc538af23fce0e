import Link from 'next/link';
import { GROUP_KIND_LABELS } from '@/lib/domain/group-tree';
import type { GroupPage } from '@/lib/server/queries/group-types';

/** A group's (or body's) name, kind and where to go next: the roadmap, the liaisons, its own site. */
export function GroupHeader({
  page,
  roadmapHref,
  liaisonHref,
}: {
  page: GroupPage;
  roadmapHref: string;
  liaisonHref: string;
}) {
  const { body, group } = page;
  const url = group ? group.url : body.url;
  return (
    <header className="space-y-2">
      <p className="text-sm font-medium text-slate-600">
        {group ? `${GROUP_KIND_LABELS[group.kind]} · ${body.name}` : 'Standards body'}
      </p>
      <h1 className="text-2xl font-semibold text-slate-900 sm:text-3xl">
        {group ? group.code : body.name}
        <span className="mt-1 block text-lg font-normal text-slate-800">
          {group ? group.name : body.fullName}
        </span>
      </h1>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <li>
          <Link href={roadmapHref}>
            {page.itemTotal} work item{page.itemTotal === 1 ? '' : 's'} in the roadmap
          </Link>
        </li>
        <li>
          <Link href={liaisonHref}>Liaison statements</Link>
        </li>
        <li>
          <a href={`/api/items.csv${roadmapHref.slice(1)}`}>Download CSV</a>
        </li>
        {url ? (
          <li>
            <a href={url} rel="noopener noreferrer">
              Official page<span className="sr-only"> of {group ? group.code : body.name}</span>
            </a>
          </li>
        ) : null}
      </ul>
    </header>
  );
}
