// GET /api/items.xlsx: the same rows and columns as /api/items.csv as an Excel workbook.
import type { NextRequest } from 'next/server';
import { apiRoute } from '@/lib/server/api';
import { roadmapRecords, roadmapXlsx } from '@/lib/server/roadmap-export';
import { XLSX_TYPE } from '@/lib/server/spreadsheet';

export const GET = apiRoute(async (request: NextRequest) => {
  const xlsx = await roadmapXlsx(await roadmapRecords(request.nextUrl.searchParams));
  return new Response(new Uint8Array(xlsx), {
    headers: {
      'Content-Type': XLSX_TYPE,
      'Content-Disposition': 'attachment; filename="imt-roadmap.xlsx"',
    },
  });
});
