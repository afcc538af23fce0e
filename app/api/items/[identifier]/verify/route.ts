// POST /api/items/<identifier>/verify: records that the item is current as it is ("last verified").
import type { NextRequest } from 'next/server';
import { apiRoute, itemResponse } from '@/lib/server/api';
import { verifyWorkItem } from '@/lib/server/commands/verify-work-item';
import { getApiActor } from '@/lib/server/current-actor';
import { readJsonBody } from '@/lib/server/json-body';
import { decodeSegment } from '@/lib/domain/path-segment';

export const POST = apiRoute(
  async (request: NextRequest, context: { params: Promise<{ identifier: string }> }) => {
    const { identifier } = await context.params;
    const actor = await getApiActor(request);
    const verified = await verifyWorkItem({
      actor,
      identifier: decodeSegment(identifier),
      input: await readJsonBody(request),
    });
    return itemResponse(request, verified.identifier, 200);
  },
);
