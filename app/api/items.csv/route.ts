// GET /api/items.csv: the roadmap view of the same query parameters as a CSV download, in the
// spreadsheet format of the README. Every matching item unless page or pageSize is given.
import { stringify } from 'csv-stringify/sync';
import type { NextRequest } from 'next/server';
import { neutraliseFormula, ROADMAP_COLUMNS, toRoadmapRecord } from '@/lib/domain/roadmap-csv';
import { parseRoadmapView } from '@/lib/domain/roadmap-filters';
import { apiRoute } from '@/lib/server/api';
import { listWorkItems } from '@/lib/server/queries/list-work-items';

export const GET = apiRoute(async (request: NextRequest) => {
  const params = request.nextUrl.searchParams;
  const view = parseRoadmapView(params);
  const paged = params.has('page') || params.has('pageSize');
  const { items } = await listWorkItems(view, { all: !paged });
  const rows = items.map((item) => {
    const record = toRoadmapRecord(item);
    return ROADMAP_COLUMNS.map((column) => neutraliseFormula(record[column]));
  });
  const csv = stringify([[...ROADMAP_COLUMNS], ...rows], { record_delimiter: 'windows' });
  return new Response(`\uFEFF${csv}`, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="imt-roadmap.csv"',
    },
  });
});
