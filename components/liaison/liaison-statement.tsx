import Link from 'next/link';
import { liaisonsHref } from '@/lib/domain/liaison-filters';
import { liaisonAnchor } from '@/lib/domain/liaisons';
import type { LiaisonDto } from '@/lib/server/queries/liaison-types';

export function ReferenceLink({ reference }: { reference: string }) {
  return (
    <Link href={liaisonsHref({ q: reference }, liaisonAnchor(reference))} className="font-mono">
      {reference}
    </Link>
  );
}

/** The title with the reply chain and the work items the statement concerns. */
export function LiaisonStatement({ liaison: l }: { liaison: LiaisonDto }) {
  return (
    <>
      <span className="text-slate-900">{l.title}</span>
      {l.inReplyTo ? (
        <span className="mt-1 block text-xs text-slate-700">
          In reply to <ReferenceLink reference={l.inReplyTo} />
        </span>
      ) : null}
      {l.replies.length > 0 ? (
        <span className="mt-1 block text-xs text-slate-700">
          Replied to by{' '}
          {l.replies.map((r, i) => (
            <span key={r}>
              {i > 0 ? ', ' : null}
              <ReferenceLink reference={r} />
            </span>
          ))}
        </span>
      ) : null}
      {l.workItems.length > 0 ? (
        <span className="mt-1 block text-xs text-slate-700">
          Work items:{' '}
          {l.workItems.map((w, i) => (
            <span key={w.identifier}>
              {i > 0 ? ', ' : null}
              <Link href={`/items/${encodeURIComponent(w.identifier)}`} title={w.title} className="font-mono">
                {w.identifier}
                <span className="sr-only"> (work item of {l.reference})</span>
              </Link>
            </span>
          ))}
        </span>
      ) : null}
    </>
  );
}
