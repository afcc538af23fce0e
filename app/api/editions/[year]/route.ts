// GET /api/editions/<year>: the year's published edition (?draft=1: its draft, for coordinators),
// without the snapshot (that is /editions/<year>/supplement.json), with the links to its documents.
import { NextResponse, type NextRequest } from 'next/server';
import { apiRoute } from '@/lib/server/api';
import { getApiActor } from '@/lib/server/current-actor';
import { editionResponseBody, yearParam } from '@/lib/server/editions/edition-response';
import { AppError } from '@/lib/domain/errors';
import { msg } from '@/lib/domain/messages/message';
import { authorize } from '@/lib/server/permissions';
import { getEdition } from '@/lib/server/queries/editions';

export const GET = apiRoute(async (request: NextRequest, context: { params: Promise<{ year: string }> }) => {
  const year = yearParam((await context.params).year);
  const draft = ['1', 'true'].includes(request.nextUrl.searchParams.get('draft') ?? '');
  if (draft) authorize(await getApiActor(request), 'roadmap.coordinate');
  const edition = await getEdition(year, { includeDraft: draft });
  if (!edition)
    throw new AppError(
      'NOT_FOUND',
      msg(draft ? 'errors.edition.notFound' : 'errors.edition.notFoundPublished', { year }),
      'year',
    );
  const { snapshot: _snapshot, ...summary } = edition;
  return NextResponse.json(editionResponseBody(summary));
});
