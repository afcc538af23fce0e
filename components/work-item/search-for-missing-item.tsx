'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { decodeSegment } from '@/lib/domain/path-segment';

// Client component only because a not-found page receives no props: the identifier that was not
// found is read from the URL (also during server rendering, so the link works without JavaScript).

function identifierFrom(pathname: string | null): string {
  return decodeSegment(pathname?.split('/').filter(Boolean)[1] ?? '');
}

export function SearchForMissingItem() {
  const identifier = identifierFrom(usePathname());
  if (!identifier) return null;
  return (
    <p className="border-brand-100 bg-brand-50 text-brand-900 rounded-md border px-4 py-3">
      <Link href={`/?q=${encodeURIComponent(identifier)}`} className="font-medium">
        Search the roadmap for “{identifier}”
      </Link>
    </p>
  );
}
