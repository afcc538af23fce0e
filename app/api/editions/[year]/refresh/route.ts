// POST /api/editions/<year>/refresh: takes the draft's snapshot again from live data.
// Optional JSON body { version?, comment? }; 409 when the edition is published (or version is stale).
import type { NextRequest } from 'next/server';
import { apiRoute } from '@/lib/server/api';
import { refreshEdition } from '@/lib/server/commands/editions/refresh-edition';
import { getApiActor } from '@/lib/server/current-actor';
import { editionResponse, optionalJsonBody, yearParam } from '@/lib/server/editions/edition-response';
import { authorize } from '@/lib/server/permissions';

export const POST = apiRoute(async (request: NextRequest, context: { params: Promise<{ year: string }> }) => {
  const year = yearParam((await context.params).year);
  const actor = await getApiActor(request);
  // Who first (401/403), then what: a stranger learns nothing about the body's rules.
  authorize(actor, 'roadmap.coordinate');
  await refreshEdition({ actor, year, input: await optionalJsonBody(request) });
  return editionResponse(request, year, 200);
});
