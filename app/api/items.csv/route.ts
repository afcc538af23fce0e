// GET /api/items.csv: the roadmap view of the same query parameters as a CSV download, in the
// spreadsheet format of the README. Every matching item unless page or pageSize is given.
import type { NextRequest } from 'next/server';
import { apiRoute } from '@/lib/server/api';
import { roadmapCsv, roadmapRecords } from '@/lib/server/roadmap-export';

export const GET = apiRoute(async (request: NextRequest) => {
  const csv = roadmapCsv(await roadmapRecords(request.nextUrl.searchParams));
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="imt-roadmap.csv"',
    },
  });
});
