import 'server-only';
import { integrityDigest } from '@/lib/domain/edition/integrity-digest';
import { editionLabel } from '@/lib/domain/edition/snapshot';
import { env } from '../env';
import type { Client, EditionRow } from './edition-rows';
import {
  canonicalJson,
  fileHmac,
  keyId,
  sameDigest,
  sealHmac,
  sha256Hex,
  signingKey,
  SigningKeyMissingError,
  type SealedFields,
} from './signing';

// Verifies a published edition read from the database before anything of it is served (decision
// 011): its seal (the row's fields), its snapshot and its stored files. A failure is logged and
// thrown as EditionIntegrityError, which answers 500 naming the edition (lib/server/api.ts; the
// page's error boundary reads the digest).

export class EditionIntegrityError extends Error {
  /** Next.js passes a thrown error's digest to the error boundary (the message it hides in production). */
  readonly digest: string;
  constructor(
    readonly year: number,
    readonly revision: number,
    readonly reason: string,
  ) {
    super(`The ${editionLabel(year, revision)} failed its integrity check and is not served: ${reason}`);
    this.name = 'EditionIntegrityError';
    this.digest = integrityDigest(year, revision);
  }
}

/** Logs and throws the failure of an edition. */
export function fail(row: Pick<EditionRow, 'year' | 'revision'>, reason: string): never {
  const error = new EditionIntegrityError(row.year, row.revision, reason);
  console.error(`[edition integrity] ${error.message}`);
  throw error;
}

/** The fields of a row that its seal signs. */
export function sealedFields(row: EditionRow, snapshotSha256: string): SealedFields {
  return {
    year: row.year,
    revision: row.revision,
    status: row.status,
    supplementNumber: row.supplementNumber,
    scope: row.scope,
    snapshotAt: row.snapshotAt.toISOString(),
    itemCount: row.itemCount,
    contentHash: row.contentHash,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    publishedBy: row.publishedByName,
    createdBy: row.createdByName,
    version: row.version,
    supersedes:
      row.supersedesYear === null || row.supersedesRevision === null
        ? null
        : { year: row.supersedesYear, revision: row.supersedesRevision },
    snapshotSha256,
  };
}

// Snapshot digests by database, row and row version: hashing a 12 MB snapshot costs ~100 ms, and a
// row version (xmin) never holds other data. Only a cache: another instance computes its own.
const digests = new Map<string, string>();
const DIGESTS_KEPT = 64;

/** SHA-256 of the snapshot's canonical JSON, as read in the same statement as `row.rowVersion`. */
const digestKey = (row: Pick<EditionRow, 'id' | 'rowVersion'>) =>
  `${env().DATABASE_URL}|${row.id}|${row.rowVersion}`;

export function snapshotDigest(row: Pick<EditionRow, 'id' | 'rowVersion'>, snapshot: unknown): string {
  const key = digestKey(row);
  const kept = digests.get(key);
  if (kept) return kept;
  const digest = sha256Hex(canonicalJson(snapshot));
  if (digests.size >= DIGESTS_KEPT) digests.delete(digests.keys().next().value!);
  digests.set(key, digest);
  return digest;
}

function currentKey(row: EditionRow): string {
  try {
    return signingKey();
  } catch (error) {
    if (error instanceof SigningKeyMissingError)
      fail(row, 'EDITION_SIGNING_KEY is not set, so it cannot be verified');
    throw error;
  }
}

/**
 * Throws unless the row is an unsealed draft or matches its seal (and, when given, its snapshot
 * matches too). A draft with a seal was published once: it fails like any altered row.
 */
export function verifyEditionRow(row: EditionRow, snapshot?: unknown): void {
  const { seal } = row;
  if (!seal) {
    if (row.status === 'DRAFT') return;
    fail(
      row,
      'it is published but not signed (published before editions were signed?): an administrator checks it, then runs `npm run edition -- sign`',
    );
  }
  const key = currentKey(row);
  if (seal.keyId !== keyId(key))
    fail(row, 'it was signed with another key than the EDITION_SIGNING_KEY the app has now');
  if (
    seal.year !== row.year ||
    seal.revision !== row.revision ||
    !sameDigest(seal.hmac, sealHmac(sealedFields(row, seal.snapshotSha256), key))
  )
    fail(row, 'its record in the database does not match its seal (it was changed after publication)');
  if (snapshot !== undefined && !sameDigest(snapshotDigest(row, snapshot), seal.snapshotSha256))
    fail(row, 'its snapshot does not match its seal (it was changed after publication)');
}

/**
 * verifyEditionRow for a row read without its snapshot (a download): the snapshot is checked too,
 * read only when this row version's digest is not known yet.
 */
export async function verifyEditionRowInFull(client: Client, row: EditionRow): Promise<void> {
  verifyEditionRow(row);
  if (!row.seal) return; // an unsealed draft
  const known = digests.get(digestKey(row));
  if (known !== undefined) {
    if (!sameDigest(known, row.seal.snapshotSha256))
      fail(row, 'its snapshot does not match its seal (it was changed after publication)');
    return;
  }
  const [fresh] = await client.$queryRaw<{ rowVersion: string; snapshot: unknown }[]>`
    SELECT xmin::text AS "rowVersion", snapshot FROM edition WHERE id = ${row.id}`;
  // A published row never changes: another version between two reads is an alteration.
  if (fresh?.rowVersion !== row.rowVersion) fail(row, 'it was changed while it was being read');
  verifyEditionRow(row, fresh.snapshot);
}

export interface StoredFileMeta {
  format: string;
  lang: string;
  byteSize: number;
  sha256: string;
  keyId: string;
  hmac: string;
}

/**
 * Throws unless the stored file belongs to the (verified) edition and matches its HMAC; with
 * `bytes`, unless the bytes are the ones signed.
 */
export function verifyEditionFile(row: EditionRow, file: StoredFileMeta, bytes?: Uint8Array): void {
  const what = `its stored ${file.format.toUpperCase()} (${file.lang})`;
  const key = currentKey(row);
  const seal = row.seal;
  if (!seal) return fail(row, `${what} has no seal to belong to`);
  const expected = fileHmac(
    {
      year: row.year,
      revision: row.revision,
      snapshotSha256: seal.snapshotSha256,
      format: file.format,
      lang: file.lang,
      byteSize: file.byteSize,
      sha256: file.sha256,
    },
    key,
  );
  if (file.keyId !== keyId(key) || !sameDigest(file.hmac, expected))
    fail(row, `${what} does not match its signature (it was changed after publication)`);
  if (bytes && (bytes.byteLength !== file.byteSize || !sameDigest(sha256Hex(bytes), file.sha256)))
    fail(row, `${what} does not match its signature (its bytes were changed after publication)`);
}
