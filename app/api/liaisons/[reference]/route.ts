// GET /api/liaisons/<reference>: one liaison statement.
// PATCH /api/liaisons/<reference>: changes it; the body carries the `version` it is based on (409 if stale).
import { NextResponse, type NextRequest } from 'next/server';
import { apiRoute } from '@/lib/server/api';
import { updateLiaison } from '@/lib/server/commands/update-liaison';
import { getApiActor } from '@/lib/server/current-actor';
import { AppError } from '@/lib/domain/errors';
import { msg } from '@/lib/domain/messages/message';
import { readJsonBody } from '@/lib/server/json-body';
import { getLiaison } from '@/lib/server/queries/get-liaison';
import { decodeSegment } from '@/lib/domain/path-segment';

type Context = { params: Promise<{ reference: string }> };

async function found(reference: string) {
  const liaison = await getLiaison(reference);
  if (!liaison) throw new AppError('NOT_FOUND', msg('errors.liaison.notFound', { reference }), 'reference');
  return liaison;
}

export const GET = apiRoute(async (_request: NextRequest, context: Context) => {
  const { reference } = await context.params;
  return NextResponse.json(await found(decodeSegment(reference)));
});

export const PATCH = apiRoute(async (request: NextRequest, context: Context) => {
  const reference = decodeSegment((await context.params).reference);
  const actor = await getApiActor(request);
  await updateLiaison({ actor, reference, input: await readJsonBody(request) });
  return NextResponse.json(await found(reference));
});
