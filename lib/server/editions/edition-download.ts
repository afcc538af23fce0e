import 'server-only';
import type { NextRequest } from 'next/server';
import { AppError } from '@/lib/domain/errors';
import { msg } from '@/lib/domain/messages/message';
import { getApiActor } from '../current-actor';
import { can } from '../permissions';
import { XLSX_TYPE } from '../spreadsheet';
import {
  editionFileStem,
  editionOutline,
  loadEditionDocument,
  parseEditionYear,
  parseRevision,
  type EditionDocument,
} from './edition-document';
import { renderDocx } from './render-docx';
import { renderJson } from './render-json';
import { renderPdf } from './render-pdf';
import { renderXlsx } from './render-xlsx';

// The downloads /editions/<year>/supplement.{docx,xlsx,pdf,json}: published editions for everyone
// (cached for ever: a published edition never changes), the draft with ?draft=1 for those who
// manage editions (never cached). Concurrent requests for the same document share one rendering,
// so a burst of downloads of a large edition renders it once, not once per request.

export const EDITION_FORMATS = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: XLSX_TYPE,
  pdf: 'application/pdf',
  json: 'application/json; charset=utf-8',
} as const;
export type EditionFormat = keyof typeof EDITION_FORMATS;

/** Bumped when a renderer changes its output, so that caches do not keep the old bytes. */
const RENDERING = 1;

const inFlight = new Map<string, Promise<Buffer>>();

function render(document: EditionDocument, format: EditionFormat, origin: string): Promise<Buffer> {
  const { edition, previous, changes } = document;
  switch (format) {
    case 'json':
      return Promise.resolve(renderJson(edition.snapshot, origin));
    case 'xlsx':
      return renderXlsx({ snapshot: edition.snapshot, changes, previous });
    case 'docx':
      return renderDocx(editionOutline(document));
    case 'pdf':
      return renderPdf(editionOutline(document));
  }
}

function shared(key: string, make: () => Promise<Buffer>): Promise<Buffer> {
  const running = inFlight.get(key);
  if (running) return running;
  const promise = make().finally(() => inFlight.delete(key));
  inFlight.set(key, promise);
  return promise;
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
    if (!can(actor, 'edition.manage')) throw new AppError('FORBIDDEN', msg('errors.edition.draftForbidden'));
  }
  const revision = parseRevision(request.nextUrl.searchParams.get('revision'));
  const document =
    year === null || revision === null ? null : await loadEditionDocument(year, { draft, revision });
  if (!document)
    throw new AppError(
      'NOT_FOUND',
      msg(draft ? 'errors.edition.notFound' : 'errors.edition.notFoundPublished', { year: yearParam }),
      'year',
    );
  const { edition } = document;
  const published = edition.status === 'PUBLISHED';
  const etag = `"${edition.contentHash.slice(0, 32)}-${edition.revision}-${format}-r${RENDERING}"`;
  if (published && request.headers.get('if-none-match') === etag)
    return new Response(null, { status: 304, headers: { ETag: etag } });
  const bytes = published
    ? await shared(`${edition.year}/${edition.revision}/${format}`, () =>
        render(document, format, request.nextUrl.origin),
      )
    : await render(document, format, request.nextUrl.origin);
  const filename = `${editionFileStem(edition)}.${format}`;
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': EDITION_FORMATS[format],
      'Content-Disposition': `${format === 'json' ? 'inline' : 'attachment'}; filename="${filename}"`,
      'Content-Length': String(bytes.byteLength),
      ...(published
        ? { 'Cache-Control': 'public, max-age=31536000, immutable', ETag: etag }
        : { 'Cache-Control': 'no-store' }),
    },
  });
}
