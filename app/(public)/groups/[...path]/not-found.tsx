import Link from 'next/link';
import { NotFoundHelp } from '@/components/ui/not-found-help';

export default function GroupNotFound() {
  return (
    <div className="mx-auto max-w-2xl space-y-4 py-10">
      <p className="text-brand-700 text-sm font-semibold">404 · Group not found</p>
      <h1 className="text-2xl font-semibold text-slate-900">No group has this path</h1>
      <p className="text-slate-700">
        Group addresses follow the body’s structure, for example{' '}
        <code className="font-mono">/groups/itu-t/sg13</code>.{' '}
        <Link href="/groups" className="underline">
          See every body and group
        </Link>
        .
      </p>
      <NotFoundHelp />
    </div>
  );
}
