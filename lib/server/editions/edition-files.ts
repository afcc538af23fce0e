import 'server-only';
import { db } from '../db';
import type { StoredFileMeta } from './edition-integrity';

// The stored documents of published editions (table edition_file): what a download serves.

/** A stored file's description and signature, without its bytes (enough for a 304). */
export async function storedFileMeta(
  editionId: number,
  format: string,
  lang: string,
): Promise<StoredFileMeta | null> {
  return db().editionFile.findUnique({
    where: { editionId_format_lang: { editionId, format, lang } },
    select: { format: true, lang: true, byteSize: true, sha256: true, keyId: true, hmac: true },
  });
}

export async function storedFileBytes(
  editionId: number,
  format: string,
  lang: string,
): Promise<Uint8Array | null> {
  const row = await db().editionFile.findUnique({
    where: { editionId_format_lang: { editionId, format, lang } },
    select: { bytes: true },
  });
  return row?.bytes ?? null;
}
