import type { WorkItemDetail } from '@/lib/server/queries/roadmap-types';

/** The texts themselves and the item's machine-readable data. */
export function DocumentLinks({ item }: { item: WorkItemDetail }) {
  const json = `/api/items/${encodeURIComponent(item.identifier)}`;
  return (
    <ul className="space-y-1.5 text-sm [&_a]:underline">
      <li>
        {item.baseTextUrl ? (
          <a href={item.baseTextUrl} rel="noopener noreferrer" className="break-all">
            Base text (latest draft)
          </a>
        ) : (
          <span className="text-slate-600">No base text link</span>
        )}
      </li>
      <li>
        {item.publicationUrl ? (
          <a href={item.publicationUrl} rel="noopener noreferrer" className="break-all">
            Publication
          </a>
        ) : (
          <span className="text-slate-600">Not published yet</span>
        )}
      </li>
      <li>
        <a href={json}>This item as JSON</a> <span className="text-slate-600">({json})</span>
      </li>
    </ul>
  );
}
