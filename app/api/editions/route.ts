// GET /api/editions: the published editions, newest first (?drafts=1: drafts too, for coordinators).
// POST /api/editions: creates the draft edition of a year, or a corrigendum (coordinator token).
import { NextResponse, type NextRequest } from 'next/server';
import { apiRoute } from '@/lib/server/api';
import { createEdition } from '@/lib/server/commands/editions/create-edition';
import { getApiActor } from '@/lib/server/current-actor';
import { editionResponse, editionResponseBody } from '@/lib/server/editions/edition-response';
import { readJsonBody } from '@/lib/server/json-body';
import { authorize } from '@/lib/server/permissions';
import { listEditions } from '@/lib/server/queries/editions';

export const GET = apiRoute(async (request: NextRequest) => {
  const drafts = ['1', 'true'].includes(request.nextUrl.searchParams.get('drafts') ?? '');
  if (drafts) authorize(await getApiActor(request), 'roadmap.coordinate');
  const editions = await listEditions({ includeDrafts: drafts });
  return NextResponse.json({ editions: editions.map(editionResponseBody) });
});

export const POST = apiRoute(async (request: NextRequest) => {
  const actor = await getApiActor(request);
  const created = await createEdition({ actor, input: await readJsonBody(request) });
  return editionResponse(request, created.year, 201);
});
