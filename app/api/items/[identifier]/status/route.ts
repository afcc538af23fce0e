// POST /api/items/<identifier>/status: moves the item to an allowed next status, with the date,
// meeting/reference and note of the change (its history row); the body carries `version`.
import type { NextRequest } from 'next/server';
import { apiRoute, itemResponse } from '@/lib/server/api';
import { changeStatus } from '@/lib/server/commands/change-status';
import { getApiActor } from '@/lib/server/current-actor';
import { readJsonBody } from '@/lib/server/json-body';
import { decodeSegment } from '@/lib/domain/path-segment';

export const POST = apiRoute(
  async (request: NextRequest, context: { params: Promise<{ identifier: string }> }) => {
    const { identifier } = await context.params;
    const actor = await getApiActor(request);
    const changed = await changeStatus({
      actor,
      identifier: decodeSegment(identifier),
      input: await readJsonBody(request),
    });
    return itemResponse(request, changed.identifier, 200);
  },
);
