import 'server-only';
import { NextResponse } from 'next/server';
import { InvalidParameterError } from '@/lib/domain/roadmap-filters';
import { AppError } from './errors';
import { getWorkItem } from './queries/get-work-item';

/** Turns any error into the API's JSON error shape; internal errors are logged, never shown. */
export function errorResponse(error: unknown): NextResponse {
  const appError =
    error instanceof AppError
      ? error
      : error instanceof InvalidParameterError
        ? new AppError('INVALID_INPUT', error.message, error.field)
        : undefined;
  if (appError) return NextResponse.json(appError.toJSON(), { status: appError.status });
  console.error('Unexpected error in API route', error);
  return NextResponse.json(
    { error: { code: 'INTERNAL', message: 'An unexpected error occurred' } },
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
    throw new AppError('NOT_FOUND', `No work item has the identifier "${identifier}"`, 'identifier');
  const location = new URL(`/api/items/${encodeURIComponent(identifier)}`, request.url).toString();
  return NextResponse.json(found.item, { status, headers: status === 201 ? { Location: location } : {} });
}
