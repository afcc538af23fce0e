import { NotFoundHelp } from '@/components/ui/not-found-help';

export default function PublicNotFound() {
  return (
    <div className="mx-auto max-w-2xl space-y-4 py-10">
      <p className="text-brand-700 text-sm font-semibold">404</p>
      <h1 className="text-2xl font-semibold text-slate-900">Not found</h1>
      <p className="text-slate-700">
        Nothing in the roadmap has this address. It may have been renamed or mistyped.
      </p>
      <NotFoundHelp />
    </div>
  );
}
