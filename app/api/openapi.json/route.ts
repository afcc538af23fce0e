// GET /api/openapi.json: the OpenAPI 3.1 description of the whole API, generated from the zod schemas.
import { NextResponse } from 'next/server';
import { openApiDocument } from '@/lib/server/openapi';

export const dynamic = 'force-static';

export function GET() {
  return NextResponse.json(openApiDocument());
}
