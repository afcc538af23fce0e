import 'server-only';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import {
  neutraliseFormula,
  ROADMAP_COLUMNS,
  toRoadmapRecord,
  type RoadmapColumn,
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

const DATE_COLUMNS = new Set<RoadmapColumn>(['start', 'target', 'approved']);
const WIDTHS: Partial<Record<RoadmapColumn, number>> = {
  identifier: 18,
  number: 14,
  title: 50,
  kind: 20,
  body: 8,
  group: 24,
  generation: 11,
  topics: 30,
  process: 10,
  status: 20,
  stage: 15,
  editors: 40,
  summary: 60,
  url: 40,
};

/**
 * XLSX: typed cells, so text is never a formula and needs no apostrophe; dates are real date
 * cells (UTC midnight, shown YYYY-MM-DD). Frozen header row, auto-filter, readable widths.
 */
export async function roadmapXlsx(records: readonly RoadmapRecord[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'IMT Roadmap';
  const sheet = workbook.addWorksheet('Roadmap', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = ROADMAP_COLUMNS.map((column) => ({
    header: column,
    key: column,
    width: WIDTHS[column] ?? 12,
    ...(DATE_COLUMNS.has(column) ? { style: { numFmt: 'yyyy-mm-dd' } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const record of records) {
    sheet.addRow(
      ROADMAP_COLUMNS.map((column) => {
        const value = record[column];
        return DATE_COLUMNS.has(column) && value ? new Date(`${value}T00:00:00Z`) : value;
      }),
    );
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ROADMAP_COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
