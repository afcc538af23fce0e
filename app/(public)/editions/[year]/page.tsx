import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { DownloadLinks } from '@/components/edition/download-links';
import { EditionNotice } from '@/components/edition/edition-notice';
import { EditionTitle } from '@/components/edition/edition-title';
import { OutlineBody, OutlineContents } from '@/components/edition/outline-view';
import { getCurrentActor } from '@/lib/server/current-actor';
import {
  editionOutline,
  loadEditionDocument,
  parseEditionYear,
  parseRevision,
} from '@/lib/server/editions/edition-document';
import { can } from '@/lib/server/permissions';

// /editions/<year>: the published edition as a web page, with the clauses of the document.
// ?revision=N: a text a corrigendum superseded. ?draft=1: the draft, for coordinators (preview).

interface Props {
  params: Promise<{ year: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

// Metadata and page read the edition once per request (a large snapshot is costly to parse).
const loadOnce = cache((year: number, draft: boolean, revision: number | undefined) =>
  loadEditionDocument(year, { draft, revision }),
);

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

async function load({ params, searchParams }: Props) {
  const { year: yearParam } = await params;
  const query = await searchParams;
  const year = parseEditionYear(yearParam);
  const revision = parseRevision(one(query.revision));
  const draft = one(query.draft) === '1';
  if (year === null || revision === null) notFound();
  if (draft) {
    const actor = await getCurrentActor();
    if (!actor) redirect(`/sign-in?next=${encodeURIComponent(`/editions/${year}?draft=1`)}`);
    if (!can(actor, 'roadmap.coordinate')) notFound();
  }
  const document = await loadOnce(year, draft, revision);
  if (!document) notFound();
  return document;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { edition } = await load(props);
  return {
    title: edition.snapshot.title,
    description: `The ${edition.label} of the IMT-2020 and IMT-2030 standardization roadmap: ${edition.itemCount} work items by topic and body, changes since the previous edition and the year's liaison statements.`,
    ...(edition.status === 'DRAFT' ? { robots: { index: false } } : {}),
  };
}

export default async function EditionPage(props: Props) {
  const document = await load(props);
  const { edition } = document;
  const outline = editionOutline(document);
  const draft = edition.status === 'DRAFT';
  return (
    <article className="mx-auto max-w-6xl space-y-5">
      <EditionNotice edition={edition} />
      <EditionTitle outline={outline} />
      <div className="flex flex-wrap items-center gap-3">
        <DownloadLinks
          year={edition.year}
          draft={draft}
          revision={edition.supersededBy ? edition.revision : undefined}
          label={edition.label}
        />
        <a href={`/editions/${edition.year}/changes${draft ? '?draft=1' : ''}`} className="text-sm">
          What changed
        </a>
      </div>
      <section aria-labelledby="summary-heading" className="space-y-2">
        <h2 id="summary-heading" className="text-xl font-semibold text-slate-900">
          Summary
        </h2>
        {outline.summary.map((text) => (
          <p key={text} className="max-w-4xl leading-7">
            {text}
          </p>
        ))}
        <p className="max-w-4xl text-sm">
          <span className="font-semibold">Keywords: </span>
          {outline.keywords.join(', ')}
        </p>
      </section>
      <OutlineContents outline={outline} />
      <OutlineBody outline={outline} />
    </article>
  );
}
