import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { GroupTree } from '@/components/group/group-tree';
import { EmptyState } from '@/components/ui/empty-state';
import { listGroups } from '@/lib/server/queries/list-groups';

export const metadata: Metadata = {
  title: 'Groups',
  description:
    'The study groups, working parties, Questions and other groups whose work the IMT roadmap follows, by body.',
};

export default async function GroupsPage() {
  await connection(); // read the database at request time, never at build time
  const bodies = await listGroups();
  return (
    <div className="space-y-5">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold text-slate-900">Groups</h1>
        <p className="max-w-3xl text-sm text-slate-700">
          Every body whose work the roadmap follows, with its groups. Counts are work items in the roadmap,
          subgroups included.
        </p>
      </header>
      {bodies.length === 0 ? <EmptyState title="No bodies or groups have been recorded yet." /> : null}
      <nav aria-label="Bodies" className="flex flex-wrap gap-2 text-sm">
        {bodies.map((body) => (
          <a
            key={body.slug}
            href={`#body-${body.slug}`}
            className="rounded-full border border-slate-300 bg-white px-3 py-1"
          >
            {body.name}
          </a>
        ))}
      </nav>
      <div className="max-w-5xl space-y-5">
        {bodies.map((body) => (
          <section
            key={body.slug}
            id={`body-${body.slug}`}
            aria-labelledby={`body-${body.slug}-heading`}
            className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4"
          >
            <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-100 pb-2">
              <div className="flex flex-wrap items-baseline gap-x-2">
                <h2 id={`body-${body.slug}-heading`} className="text-lg font-semibold">
                  <Link href={`/groups/${body.slug}`}>{body.name}</Link>
                </h2>
                <p className="text-sm text-slate-600">{body.fullName}</p>
              </div>
              <Link href={`/?body=${encodeURIComponent(body.slug)}`} className="text-sm whitespace-nowrap">
                {body.itemCount} work item{body.itemCount === 1 ? '' : 's'}
                <span className="sr-only"> of {body.name} in the roadmap</span>
              </Link>
            </div>
            {body.groups.length > 0 ? (
              <GroupTree nodes={body.groups} label={`Groups of ${body.name}`} />
            ) : (
              <p className="text-sm text-slate-600">No groups recorded.</p>
            )}
          </section>
        ))}
      </div>
    </div>
  );
}
