import 'server-only';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import {
  neutraliseFormula,
  ROADMAP_COLUMNS,
  ROADMAP_DATE_COLUMNS,
  ROADMAP_XLSX_COLUMNS,
  toRoadmapRecord,
  XLSX_DATE_FORMAT,
  type RoadmapRecord,
} from '@/lib/domain/roadmap-csv';
import { parseRoadmapView } from '@/lib/domain/roadmap-filters';
import { listWorkItems } from './queries/list-work-items';

// The roadmap spreadsheet as a download: one row source for the CSV and XLSX routes (the same
// query parameters as the roadmap page) and one writer per format.

/** The records of a roadmap view; every matching item unless page or pageSize is given. */
export async function roadmapRecords(params: URLSearchParams): Promise<RoadmapRecord[]> {
  const view = parseRoadmapView(params);
  const paged = params.has('page') || params.has('pageSize');
  const { items } = await listWorkItems(view, { all: !paged });
  return items.map(toRoadmapRecord);
}

/** CSV with a byte-order mark (for Excel), CRLF lines, formula-looking cells neutralised. */
export function roadmapCsv(records: readonly RoadmapRecord[]): string {
  const rows = records.map((record) => ROADMAP_COLUMNS.map((column) => neutraliseFormula(record[column])));
  return `\uFEFF${stringify([[...ROADMAP_COLUMNS], ...rows], { record_delimiter: 'windows' })}`;
}

/**
 * XLSX: typed cells, so text is never a formula and needs no apostrophe; dates are real date
 * cells (UTC midnight, shown YYYY-MM-DD). Frozen header row, auto-filter, readable widths.
 */
export async function roadmapXlsx(records: readonly RoadmapRecord[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'IMT Roadmap';
  const sheet = workbook.addWorksheet('Roadmap', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = ROADMAP_XLSX_COLUMNS.map(({ header, width, date }) => ({
    header,
    key: header,
    width,
    ...(date ? { style: { numFmt: XLSX_DATE_FORMAT } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const record of records) {
    sheet.addRow(
      ROADMAP_COLUMNS.map((column) => {
        const value = record[column];
        return ROADMAP_DATE_COLUMNS.has(column) && value ? new Date(`${value}T00:00:00Z`) : value;
      }),
    );
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ROADMAP_COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
