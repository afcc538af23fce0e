import Link from 'next/link';
import { StageBadge } from '@/components/ui/stage-badge';
import type { RelatedItemDto } from '@/lib/server/queries/roadmap-types';

function groupByLabel(relations: RelatedItemDto[]): [string, RelatedItemDto[]][] {
  const groups = new Map<string, RelatedItemDto[]>();
  for (const relation of relations)
    groups.set(relation.label, [...(groups.get(relation.label) ?? []), relation]);
  return [...groups];
}

/** Items this one relates to, in this body or another, grouped by how they relate. */
export function RelatedItems({ relations }: { relations: RelatedItemDto[] }) {
  if (relations.length === 0) return <p className="text-sm text-slate-600">No related items recorded.</p>;
  return (
    <div className="space-y-4">
      {groupByLabel(relations).map(([label, list]) => (
        <div key={label}>
          <h3 className="text-sm font-semibold text-slate-700">{label}</h3>
          <ul className="mt-1 divide-y divide-slate-100">
            {list.map((r) => (
              <li
                key={`${r.type}-${r.item.identifier}`}
                className="flex flex-col gap-1 py-2 text-sm sm:flex-row sm:items-start sm:justify-between sm:gap-4"
              >
                <div className="min-w-0">
                  <Link
                    href={`/items/${encodeURIComponent(r.item.identifier)}`}
                    className="font-mono font-medium"
                  >
                    {r.item.identifier}
                  </Link>{' '}
                  <span className="text-slate-800">{r.item.title}</span>
                  {r.note ? <p className="text-slate-600">{r.note}</p> : null}
                </div>
                <div className="flex shrink-0 flex-wrap items-center gap-2 text-slate-700">
                  <span className="font-medium">
                    {r.item.body} {r.item.group}
                  </span>
                  <span>{r.item.status}</span>
                  <StageBadge stage={r.item.stage} />
                </div>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
