// GET /api/items/<identifier>: one work item with its history, relations and liaisons.
// A former identifier answers 308 to the current one.
// PATCH /api/items/<identifier>: changes fields; the body carries the `version` it is based on (409 if stale).
import { NextResponse, type NextRequest } from 'next/server';
import { apiRoute, itemResponse } from '@/lib/server/api';
import { updateWorkItem } from '@/lib/server/commands/update-work-item';
import { getApiActor } from '@/lib/server/current-actor';
import { readJsonBody } from '@/lib/server/json-body';
import { AppError } from '@/lib/domain/errors';
import { msg } from '@/lib/domain/messages/message';
import { getWorkItem } from '@/lib/server/queries/get-work-item';
import { decodeSegment } from '@/lib/domain/path-segment';

export const GET = apiRoute(
  async (request: NextRequest, context: { params: Promise<{ identifier: string }> }) => {
    const { identifier } = await context.params;
    const found = await getWorkItem(decodeSegment(identifier));
    if (found.kind === 'moved') {
      return NextResponse.redirect(
        new URL(`/api/items/${encodeURIComponent(found.identifier)}`, request.url),
        308,
      );
    }
    if (found.kind === 'missing')
      throw new AppError('NOT_FOUND', msg('errors.workItem.notFound', { identifier }), 'identifier');
    return NextResponse.json(found.item);
  },
);

export const PATCH = apiRoute(
  async (request: NextRequest, context: { params: Promise<{ identifier: string }> }) => {
    const { identifier } = await context.params;
    const actor = await getApiActor(request);
    const updated = await updateWorkItem({
      actor,
      identifier: decodeSegment(identifier),
      input: await readJsonBody(request),
    });
    return itemResponse(request, updated.identifier, 200);
  },
);
