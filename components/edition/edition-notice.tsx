import Link from 'next/link';
import { formatUtcDate } from '@/components/ui/utc-date';
import { editionLabel } from '@/lib/domain/edition/snapshot';
import type { EditionSummary } from '@/lib/server/queries/editions';

/** Above an edition's text: a draft preview, a superseded text, or a corrigendum; nothing otherwise. */
export function EditionNotice({ edition }: { edition: EditionSummary }) {
  const base = 'rounded-md border px-4 py-3 text-sm';
  if (edition.status === 'DRAFT')
    return (
      <p role="note" className={`${base} border-amber-300 bg-amber-50 text-amber-900`}>
        <strong>Draft preview.</strong> This is the draft of the {edition.label}, from the roadmap as it stood
        on {formatUtcDate(edition.snapshotAt.slice(0, 10))}. Only coordinators see it until it is published.{' '}
        <Link href="/editions/manage">Manage editions</Link>
      </p>
    );
  if (edition.supersededBy)
    return (
      <p role="note" className={`${base} border-amber-300 bg-amber-50 text-amber-900`}>
        <strong>Superseded.</strong> This text was corrected by the{' '}
        <a href={`/editions/${edition.year}`}>
          {editionLabel(edition.supersededBy.year, edition.supersededBy.revision)}
        </a>
        .
      </p>
    );
  if (edition.supersedes)
    return (
      <p role="note" className={`${base} border-slate-300 bg-white text-slate-800`}>
        This corrigendum supersedes the{' '}
        <a href={`/editions/${edition.year}?revision=${edition.supersedes.revision}`}>
          {editionLabel(edition.supersedes.year, edition.supersedes.revision)}
        </a>
        {edition.publishedAt ? `; published ${formatUtcDate(edition.publishedAt.slice(0, 10))}` : ''}.
      </p>
    );
  return null;
}
