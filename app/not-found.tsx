import type { Metadata } from 'next';
import { NotFoundHelp } from '@/components/ui/not-found-help';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <div className="mx-auto max-w-2xl space-y-4 py-10">
      <p className="text-brand-700 text-sm font-semibold">404</p>
      <h1 className="text-2xl font-semibold text-slate-900">Page not found</h1>
      <p className="text-slate-700">
        There is no page at this address. If you followed a link to a work item, search for its identifier:
        items keep their old identifiers as redirects, but a mistyped one cannot be found.
      </p>
      <NotFoundHelp />
    </div>
  );
}
