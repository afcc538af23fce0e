// GET /editions/<year>/supplement.pdf: the published edition of a year as PDF (?draft=1: the draft, for coordinators).
import type { NextRequest } from 'next/server';
import { apiRoute } from '@/lib/server/api';
import { editionDownload } from '@/lib/server/editions/edition-download';

export const GET = apiRoute(async (request: NextRequest, context: { params: Promise<{ year: string }> }) =>
  editionDownload(request, (await context.params).year, 'pdf'),
);
