import 'server-only';
import type { NextRequest } from 'next/server';
import { AppError } from '@/lib/domain/errors';
import { msg } from '@/lib/domain/messages/message';
import { getApiActor } from '../current-actor';
import { can } from '../permissions';
import { getEditionRow } from '../queries/editions';
import { editionFileStem, loadEditionDocument, parseEditionYear, parseRevision } from './edition-document';
import { storedFileBytes, storedFileMeta } from './edition-files';
import { db } from '../db';
import { fail, verifyEditionFile, verifyEditionRowInFull } from './edition-integrity';
import type { EditionRow } from './edition-rows';
import { EDITION_FORMATS, renderEditionFile, type EditionFormat } from './render-edition';
import { DOCUMENT_LANG } from './seal-edition';

// The downloads /editions/<year>/supplement.{docx,xlsx,pdf,json}: a published edition's documents
// as stored when it was published, verified against their signatures before they are served, for
// everyone and cached for ever; the draft with ?draft=1, rendered live, for those who keep the
// roadmap (never cached).

export { EDITION_FORMATS, type EditionFormat };

function headers(row: Pick<EditionRow, 'year' | 'revision' | 'status'>, format: EditionFormat, size: number) {
  const filename = `${editionFileStem(row)}.${format}`;
  return {
    'Content-Type': EDITION_FORMATS[format],
    'Content-Disposition': `${format === 'json' ? 'inline' : 'attachment'}; filename="${filename}"`,
    'Content-Length': String(size),
  };
}

async function publishedDownload(request: NextRequest, row: EditionRow, format: EditionFormat) {
  await verifyEditionRowInFull(db(), row);
  const lang = DOCUMENT_LANG;
  const file = await storedFileMeta(row.id, format, lang);
  if (!file) fail(row, `it has no stored ${format.toUpperCase()} (${lang})`);
  verifyEditionFile(row, file);
  // The stored bytes' digest: equal ETag, equal bytes, for as long as the edition exists.
  const etag = `"${file.sha256.slice(0, 32)}-${format}-${lang}"`;
  if (request.headers.get('if-none-match') === etag)
    return new Response(null, { status: 304, headers: { ETag: etag } });
  const bytes = await storedFileBytes(row.id, format, lang);
  if (!bytes) fail(row, `its stored ${format.toUpperCase()} (${lang}) vanished while it was read`);
  verifyEditionFile(row, file, bytes);
  return new Response(new Uint8Array(bytes), {
    headers: {
      ...headers(row, format, bytes.byteLength),
      'Cache-Control': 'public, max-age=31536000, immutable',
      ETag: etag,
    },
  });
}

export async function editionDownload(
  request: NextRequest,
  yearParam: string,
  format: EditionFormat,
): Promise<Response> {
  const year = parseEditionYear(yearParam);
  const draft = ['1', 'true'].includes(request.nextUrl.searchParams.get('draft') ?? '');
  if (draft) {
    const actor = await getApiActor(request);
    if (!actor) throw new AppError('UNAUTHENTICATED', msg('errors.edition.signInForDraft'));
    if (!can(actor, 'roadmap.coordinate'))
      throw new AppError('FORBIDDEN', msg('errors.edition.draftForbidden'));
  }
  const revision = parseRevision(request.nextUrl.searchParams.get('revision'));
  const row =
    year === null || revision === null
      ? null
      : await getEditionRow(year, draft ? { includeDraft: true } : { revision });
  const notFound = () =>
    new AppError(
      'NOT_FOUND',
      msg(draft ? 'errors.edition.notFound' : 'errors.edition.notFoundPublished', { year: yearParam }),
      'year',
    );
  if (!row || year === null) throw notFound();
  if (row.status === 'PUBLISHED' || row.seal) return publishedDownload(request, row, format);
  const document = await loadEditionDocument(year, { draft: true });
  if (!document) throw notFound();
  const bytes = await renderEditionFile(document, format, request.nextUrl.origin);
  return new Response(new Uint8Array(bytes), {
    headers: { ...headers(document.edition, format, bytes.byteLength), 'Cache-Control': 'no-store' },
  });
}
