// GET /api/items/<identifier>: one work item with its history, relations and liaisons.
// A former identifier answers 308 to the current one.
import { NextResponse, type NextRequest } from 'next/server';
import { apiRoute } from '@/lib/server/api';
import { AppError } from '@/lib/server/errors';
import { getWorkItem } from '@/lib/server/queries/get-work-item';

export const GET = apiRoute(
  async (request: NextRequest, context: { params: Promise<{ identifier: string }> }) => {
    const { identifier } = await context.params;
    const found = await getWorkItem(decodeURIComponent(identifier));
    if (found.kind === 'moved') {
      return NextResponse.redirect(
        new URL(`/api/items/${encodeURIComponent(found.identifier)}`, request.url),
        308,
      );
    }
    if (found.kind === 'missing')
      throw new AppError('NOT_FOUND', `No work item has the identifier "${identifier}"`, 'identifier');
    return NextResponse.json(found.item);
  },
);
