import Link from 'next/link';
import { SearchForMissingItem } from '@/components/work-item/search-for-missing-item';

export default function WorkItemNotFound() {
  return (
    <div className="mx-auto max-w-2xl space-y-4 py-10">
      <p className="text-brand-700 text-sm font-semibold">404 · Work item not found</p>
      <h1 className="text-2xl font-semibold text-slate-900">No work item has this identifier</h1>
      <p className="text-slate-700">
        The identifier may be mistyped, or the item may be listed under another number. Identifiers change
        when a working name such as “Y.IMT2030-arch” receives its final number; old identifiers keep working
        once recorded.
      </p>
      <SearchForMissingItem />
      <p className="text-sm">
        <Link href="/">Browse the whole roadmap</Link> · <Link href="/groups">Browse by group</Link>
      </p>
    </div>
  );
}
