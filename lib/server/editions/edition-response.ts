import 'server-only';
import { NextResponse } from 'next/server';
import { AppError } from '@/lib/domain/errors';
import { msg } from '@/lib/domain/messages/message';
import { readJsonBody } from '../json-body';
import { getEdition, type EditionSummary } from '../queries/editions';
import { parseEditionYear } from './edition-document';

// The JSON an edition endpoint answers: the edition's summary (never its snapshot: that is the
// JSON download) with the addresses of its page and downloads.

export type EditionResponse = EditionSummary & {
  links: { page: string; changes: string; docx: string; xlsx: string; pdf: string; json: string };
};

export function editionResponseBody(edition: EditionSummary): EditionResponse {
  const base = `/editions/${edition.year}`;
  const query = edition.status === 'DRAFT' ? '?draft=1' : '';
  return {
    ...edition,
    links: {
      page: `${base}${query}`,
      changes: `${base}/changes`,
      docx: `${base}/supplement.docx${query}`,
      xlsx: `${base}/supplement.xlsx${query}`,
      pdf: `${base}/supplement.pdf${query}`,
      json: `${base}/supplement.json${query}`,
    },
  };
}

/** The year's latest edition (draft included) after a write; 201 with its Location when created. */
export async function editionResponse(request: Request, year: number, status: 200 | 201): Promise<Response> {
  const edition = await getEdition(year, { includeDraft: true });
  if (!edition)
    throw new AppError('NOT_FOUND', msg('errors.edition.notFound', { year: String(year) }), 'year');
  const { snapshot: _snapshot, ...summary } = edition;
  const location = new URL(`/api/editions/${year}`, request.url).toString();
  return NextResponse.json(editionResponseBody(summary), {
    status,
    headers: status === 201 ? { Location: location } : {},
  });
}

/** The year of an /api/editions/<year>/... route, or a 404. */
export function yearParam(value: string): number {
  const year = parseEditionYear(value);
  if (year === null) throw new AppError('NOT_FOUND', msg('errors.edition.notAYear', { value }), 'year');
  return year;
}

/**
 * The optional JSON body of refresh and publish ({ version?, comment? }). With an API token an
 * empty body is allowed (`curl -X POST -H "Authorization: ..."`); a browser session must send JSON,
 * which a form on another site cannot (readJsonBody).
 */
export async function optionalJsonBody(request: Request): Promise<unknown> {
  if (request.headers.get('authorization') && !request.headers.get('content-type')) {
    const text = await request.text();
    if (text.trim() === '') return {};
    throw new AppError('INVALID_INPUT', msg('errors.body.notJson'), 'body');
  }
  return readJsonBody(request);
}
