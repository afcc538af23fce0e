import Link from 'next/link';
import { StageBadge } from '@/components/ui/stage-badge';
import { KIND_LABELS } from '@/lib/domain/labels';
import type { WorkItemDetail } from '@/lib/server/queries/roadmap-types';

/** Breadcrumb, identifier and title, the stage at a glance and the item's data links. */
export function WorkItemHeader({ item }: { item: WorkItemDetail }) {
  const json = `/api/items/${encodeURIComponent(item.identifier)}`;
  return (
    <header className="space-y-3">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
        <ol className="flex flex-wrap items-center gap-x-1.5">
          <li>
            <Link href="/">Roadmap</Link>
          </li>
          <li aria-hidden="true">/</li>
          <li>
            <Link href={`/groups/${item.body.slug}`}>{item.body.name}</Link>
          </li>
          <li aria-hidden="true">/</li>
          <li>
            <Link href={`/groups/${item.group.path}`}>{item.group.code}</Link>
          </li>
          <li aria-hidden="true">/</li>
          <li aria-current="page" className="font-medium text-slate-800">
            {item.identifier}
          </li>
        </ol>
      </nav>
      <div>
        <p className="text-sm font-medium text-slate-600">
          {KIND_LABELS[item.kind]} · {item.body.name} {item.group.code}
        </p>
        <h1 className="mt-1 text-2xl font-semibold text-slate-900 sm:text-3xl">
          <span className="font-mono tracking-tight">{item.identifier}</span>
          <span className="mt-1 block text-lg font-normal text-slate-800 sm:text-xl">{item.title}</span>
        </h1>
        {item.previousIdentifiers.length > 0 ? (
          <p className="mt-1 text-sm text-slate-600">
            Formerly <span className="font-mono">{item.previousIdentifiers.join(', ')}</span>
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <p className="flex flex-wrap items-center gap-2">
          <span className="text-slate-600">Stage</span> <StageBadge stage={item.stage} />
          <span className="text-slate-600">Status</span>{' '}
          <span className="font-medium">{item.status.name}</span>
        </p>
        <p className="flex gap-3">
          <a href={json}>
            JSON<span className="sr-only"> data of {item.identifier}</span>
          </a>
          <Link href={`/?q=${encodeURIComponent(item.identifier)}`}>Find in roadmap</Link>
        </p>
      </div>
    </header>
  );
}
