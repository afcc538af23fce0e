// GET /api/liaisons: liaison statements, with the same filters as the page /liaisons.
// POST /api/liaisons: records a liaison statement (Bearer token of a rapporteur, coordinator or admin).
import { NextResponse, type NextRequest } from 'next/server';
import { parseLiaisonFilters } from '@/lib/domain/liaison-filters';
import { todayUtc } from '@/lib/domain/liaisons';
import { apiRoute } from '@/lib/server/api';
import { createLiaison } from '@/lib/server/commands/create-liaison';
import { getApiActor } from '@/lib/server/current-actor';
import { AppError, detail } from '@/lib/domain/errors';
import { readJsonBody } from '@/lib/server/json-body';
import { getLiaison } from '@/lib/server/queries/get-liaison';
import { listLiaisons } from '@/lib/server/queries/list-liaisons';

export const GET = apiRoute(async (request: NextRequest) => {
  const parsed = parseLiaisonFilters(Object.fromEntries(request.nextUrl.searchParams));
  const list = await listLiaisons({ filters: parsed.filters, today: todayUtc() });
  const problem = [...parsed.errors, ...list.errors][0];
  if (problem) throw new AppError('INVALID_INPUT', detail(problem.message), problem.field);
  const { errors: _errors, ...body } = list;
  return NextResponse.json(body);
});

export const POST = apiRoute(async (request: NextRequest) => {
  const actor = await getApiActor(request);
  const created = await createLiaison({ actor, input: await readJsonBody(request) });
  const liaison = await getLiaison(created.reference);
  return NextResponse.json(liaison, {
    status: 201,
    headers: {
      Location: new URL(`/api/liaisons/${encodeURIComponent(created.reference)}`, request.url).toString(),
    },
  });
});
