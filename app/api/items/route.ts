// GET /api/items: the roadmap's work items for the same query parameters as the page `/`.
import { NextResponse, type NextRequest } from 'next/server';
import { parseRoadmapView } from '@/lib/domain/roadmap-filters';
import { apiRoute } from '@/lib/server/api';
import { listWorkItems } from '@/lib/server/queries/list-work-items';

export const GET = apiRoute(async (request: NextRequest) => {
  const view = parseRoadmapView(request.nextUrl.searchParams);
  return NextResponse.json(await listWorkItems(view));
});
