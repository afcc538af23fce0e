// The digest of the error a published edition that fails its integrity check throws. Next.js
// hides a server error's message from the page in production but passes its digest on, so the
// error boundary of /editions/<year> can still say which edition is refused.

const PREFIX = 'EDITION_INTEGRITY';

export function integrityDigest(year: number, revision: number): string {
  return `${PREFIX}:${year}:${revision}`;
}

/** The edition a digest names, or null for any other error's digest. */
export function parseIntegrityDigest(digest: unknown): { year: number; revision: number } | null {
  if (typeof digest !== 'string') return null;
  const match = /^EDITION_INTEGRITY:(\d{4}):(\d{1,3})$/.exec(digest);
  return match ? { year: Number(match[1]), revision: Number(match[2]) } : null;
}
