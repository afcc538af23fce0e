'use client'; // error boundaries must be client components

import Link from 'next/link';
import { useEffect } from 'react';

// A generic message: details stay in the server's log (matched by the error's digest).
export default function PublicError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest =
    error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : null;
  return (
    <div role="alert" className="mx-auto max-w-2xl space-y-4 py-10">
      <h1 className="text-2xl font-semibold text-slate-900">Something went wrong</h1>
      <p className="text-slate-700">
        This page could not be shown just now. Please try again; if the problem persists, let the roadmap’s
        maintainers know{digest ? ' and quote the reference below' : ''}.
      </p>
      {digest ? (
        <p className="text-sm text-slate-600">
          Reference: <code className="font-mono">{digest}</code>
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="button"
          onClick={() => retry()}
          className="bg-brand-700 hover:bg-brand-800 rounded-md px-4 py-2 text-sm font-medium text-white"
        >
          Try again
        </button>
        <Link href="/" className="text-sm">
          Back to the roadmap
        </Link>
      </div>
    </div>
  );
}
