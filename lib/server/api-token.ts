import 'server-only';
import { createHash, randomBytes } from 'node:crypto';

// Personal API tokens: "imt_" + base64url(32 random bytes). Only their SHA-256 is stored; the
// tokens are random enough that a fast hash without salt is right (docs/research/better-auth-1.7.md §9).

export const API_TOKEN_PATTERN = /^imt_[A-Za-z0-9_-]{43}$/;
/** How many characters of a token are kept in clear, so that people can tell their tokens apart. */
const PREFIX_LENGTH = 12;

export function hashApiToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function generateApiToken(): { token: string; prefix: string; tokenHash: string } {
  const token = `imt_${randomBytes(32).toString('base64url')}`;
  return { token, prefix: token.slice(0, PREFIX_LENGTH), tokenHash: hashApiToken(token) };
}
