// GET /editions/schema.json: the JSON Schema (2020-12) of the editions' JSON download.
import type { NextRequest } from 'next/server';
import { editionJsonSchema } from '@/lib/server/editions/render-json';

export function GET(request: NextRequest) {
  return Response.json(editionJsonSchema(request.nextUrl.origin), {
    headers: { 'Cache-Control': 'public, max-age=3600' },
  });
}
