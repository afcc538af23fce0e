import 'server-only';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import canonicalize from 'canonicalize';
import { env } from '../env';

// The HMACs that seal a published edition (decision 011). The key lives outside the database
// (EDITION_SIGNING_KEY), so someone who can rewrite rows (a superuser, a restored dump) cannot make
// an altered edition verify. Messages are canonical JSON (RFC 8785), so the same fields always
// give the same bytes however they were read.

export const SEAL_FORMAT = 'imt-roadmap-edition-seal/1';
export const FILE_FORMAT = 'imt-roadmap-edition-file/1';

export class SigningKeyMissingError extends Error {
  constructor() {
    super('EDITION_SIGNING_KEY is not set: published editions can be neither signed nor verified');
    this.name = 'SigningKeyMissingError';
  }
}

/** The key, or a clear error when it is not configured (never a made-up one). */
export function signingKey(): string {
  const key = env().EDITION_SIGNING_KEY;
  if (!key) throw new SigningKeyMissingError();
  return key;
}

/** A fingerprint of the key (stored with every HMAC): tells "another key" from "altered data". */
export function keyId(key = signingKey()): string {
  return createHmac('sha256', key).update('imt-roadmap edition key id').digest('hex').slice(0, 16);
}

/** RFC 8785 JSON of a value (undefined members dropped, as JSON.stringify does). */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('canonicalJson: the value has no JSON form');
  return text;
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export function hmacHex(message: unknown, key = signingKey()): string {
  return createHmac('sha256', key).update(canonicalJson(message)).digest('hex');
}

/** Constant-time comparison of two hex digests. */
export function sameDigest(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** What a seal signs: every field of the edition row that is served, and its snapshot's digest. */
export interface SealedFields {
  year: number;
  revision: number;
  status: string;
  supplementNumber: number | null;
  scope: unknown;
  snapshotAt: string;
  itemCount: number;
  contentHash: string;
  publishedAt: string | null;
  publishedBy: string | null;
  createdBy: string;
  version: number;
  supersedes: { year: number; revision: number } | null;
  snapshotSha256: string;
}

export function sealHmac(fields: SealedFields, key?: string): string {
  return hmacHex({ kind: SEAL_FORMAT, ...fields }, key);
}

/** What a stored file's HMAC signs: the edition it belongs to, its format, language and bytes. */
export interface FileFields {
  year: number;
  revision: number;
  snapshotSha256: string;
  format: string;
  lang: string;
  byteSize: number;
  sha256: string;
}

export function fileHmac(fields: FileFields, key?: string): string {
  return hmacHex({ kind: FILE_FORMAT, ...fields }, key);
}
