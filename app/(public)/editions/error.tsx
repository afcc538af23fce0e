'use client'; // error boundaries must be client components

import Link from 'next/link';
import { useEffect } from 'react';
import { parseIntegrityDigest } from '@/lib/domain/edition/integrity-digest';
import { editionLabel } from '@/lib/domain/edition/snapshot';
import PublicError from '../error';

// The editions' pages: an edition that failed its integrity check is named (its digest says which);
// any other error gets the public area's generic message.
export default function EditionError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && 'digest' in error ? error.digest : undefined;
  const refused = parseIntegrityDigest(digest);
  useEffect(() => {
    if (refused) console.error(error);
  }, [error, refused]);
  if (!refused) return <PublicError error={error} retry={retry} />;
  const label = editionLabel(refused.year, refused.revision);
  return (
    <div role="alert" className="mx-auto max-w-2xl space-y-4 py-10">
      <h1 className="text-2xl font-semibold text-slate-900">The {label} cannot be shown</h1>
      <p className="text-slate-700">
        The {label} failed its integrity check: what the database holds is not what was published, so it is
        not served. The failure is logged for the roadmap’s maintainers.
      </p>
      <p className="text-sm text-slate-600">
        Reference: <code className="font-mono">{String(digest)}</code>
      </p>
      <Link href="/" className="text-sm">
        Back to the roadmap
      </Link>
    </div>
  );
}
