// GET /api/items: the roadmap's work items for the same query parameters as the page `/`.
// POST /api/items: creates a work item (Bearer token of a rapporteur, coordinator or admin).
import { NextResponse, type NextRequest } from 'next/server';
import { parseRoadmapView } from '@/lib/domain/roadmap-filters';
import { apiRoute, itemResponse } from '@/lib/server/api';
import { createWorkItem } from '@/lib/server/commands/create-work-item';
import { getApiActor } from '@/lib/server/current-actor';
import { readJsonBody } from '@/lib/server/json-body';
import { listWorkItems } from '@/lib/server/queries/list-work-items';

export const GET = apiRoute(async (request: NextRequest) => {
  const view = parseRoadmapView(request.nextUrl.searchParams);
  return NextResponse.json(await listWorkItems(view));
});

export const POST = apiRoute(async (request: NextRequest) => {
  const actor = await getApiActor(request);
  const created = await createWorkItem({ actor, input: await readJsonBody(request) });
  return itemResponse(request, created.identifier, 201);
});
