import 'server-only';
import { NextResponse } from 'next/server';
import { AppError } from '@/lib/domain/errors';
import { formatMessage, msg } from '@/lib/domain/messages/message';
import { EditionIntegrityError } from './editions/edition-integrity';
import { SigningKeyMissingError } from './editions/signing';
import { httpStatus } from './errors';
import { getWorkItem } from './queries/get-work-item';

/** Turns any error into the API's JSON error shape; internal errors are logged, never shown. */
export function errorResponse(error: unknown): NextResponse {
  if (error instanceof AppError) return NextResponse.json(error.toJSON(), { status: httpStatus(error) });
  // A server fault that must say what it is (it names an edition or a setting, nothing secret);
  // logged where it was found.
  if (error instanceof EditionIntegrityError || error instanceof SigningKeyMissingError) {
    const code = error instanceof EditionIntegrityError ? 'EDITION_INTEGRITY' : 'MISCONFIGURED';
    if (code === 'MISCONFIGURED') console.error(error.message);
    return NextResponse.json({ error: { code, message: error.message } }, { status: 500 });
  }
  console.error('Unexpected error in API route', error);
  return NextResponse.json(
    { error: { code: 'INTERNAL', message: formatMessage(msg('errors.internalApi')) } },
    { status: 500 },
  );
}

/** Wraps a route handler so that every failure answers with the API's error shape. */
export function apiRoute<Args extends unknown[]>(
  handler: (...args: Args) => Promise<Response>,
): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** The item as GET /api/items/<identifier> shows it, after a write (201 with Location for a new one). */
export async function itemResponse(
  request: Request,
  identifier: string,
  status: 200 | 201,
): Promise<Response> {
  const found = await getWorkItem(identifier);
  if (found.kind !== 'found')
    throw new AppError('NOT_FOUND', msg('errors.workItem.notFound', { identifier }), 'identifier');
  const location = new URL(`/api/items/${encodeURIComponent(identifier)}`, request.url).toString();
  return NextResponse.json(found.item, { status, headers: status === 201 ? { Location: location } : {} });
}
