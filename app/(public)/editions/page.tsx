import type { Metadata } from 'next';
import Link from 'next/link';
import { EditionList } from '@/components/edition/edition-list';
import { EmptyState } from '@/components/ui/empty-state';
import { getCurrentActor } from '@/lib/server/current-actor';
import { can } from '@/lib/server/permissions';
import { listEditions } from '@/lib/server/queries/editions';

export const metadata: Metadata = {
  title: 'Annual editions',
  description:
    'The published annual editions of the IMT-2020 and IMT-2030 standardization roadmap, the supplement that WTSA Resolution 92 asks ITU-T Study Group 13 to update every year: as a web page, Word, PDF, spreadsheet and JSON.',
};

export default async function EditionsPage() {
  const [editions, actor] = await Promise.all([listEditions(), getCurrentActor()]);
  return (
    <div className="space-y-5">
      <header className="space-y-2">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-semibold text-slate-900">Annual editions of the roadmap</h1>
          {can(actor, 'roadmap.coordinate') ? (
            <Link
              href="/editions/manage"
              className="bg-brand-700 hover:bg-brand-800 rounded-md px-4 py-2 text-sm font-medium text-white no-underline"
            >
              Manage editions
            </Link>
          ) : null}
        </div>
        <p className="max-w-3xl text-sm text-slate-700">
          WTSA Resolution 92 asks ITU-T Study Group 13 to “maintain and update on an annual basis the
          supplement … containing the current version of the IMT-2020 and IMT-2030 standardization roadmap”.
          Each edition below is the roadmap frozen on the day it was taken; a published edition never changes
          (a corrigendum supersedes it). The live roadmap is on the <Link href="/">roadmap page</Link>.
        </p>
        <p className="max-w-3xl text-sm text-slate-700">
          The JSON download follows a published <a href="/editions/schema.json">JSON Schema</a>.
        </p>
      </header>
      {editions.length ? (
        <EditionList editions={editions} />
      ) : (
        <EmptyState title="No edition has been published yet." />
      )}
    </div>
  );
}
