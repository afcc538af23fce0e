import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CHANGE_KIND_LABELS, changeRows } from '@/lib/domain/edition/change-rows';
import { compareEditions } from '@/lib/domain/edition/changes';
import { ROADMAP_COLUMNS } from '@/lib/domain/roadmap-csv';
import { demoSnapshot } from '@/lib/tooling/edition-fixtures';
import { constructedHistory, EXPECTED_CHANGES } from '@/lib/tooling/edition-history';
import { readSpreadsheet } from '../spreadsheet';
import { renderXlsx, sheetName } from './render-xlsx';

// The workbook read back with the library that wrote it: every item of the snapshot exactly once
// in "Roadmap" and once in the sheet of each of its topics, real dates, frozen and filtered headers,
// and a "Changes" sheet holding exactly the changes.

/** Column widths by sheet name, from the package's XML (exceljs reads a <col> range as its first column only). */
const widths = new Map<string, number[]>();

async function read(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const files = unzipSync(new Uint8Array(buffer));
  for (const sheet of workbook.worksheets) {
    const xml = strFromU8(files[`xl/worksheets/sheet${sheet.id}.xml`]!);
    const columns: number[] = [];
    for (const [, min, max, width] of xml.matchAll(/<col min="(\d+)" max="(\d+)" width="([\d.]+)"/g))
      for (let c = Number(min); c <= Number(max); c++) columns[c] = Number(width);
    widths.set(sheet.name, columns);
  }
  return workbook;
}

/** The sheet's rows below the header, as arrays of cell values (index 0 = column A; blank: null). */
function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  const width = sheet.getRow(1).cellCount;
  sheet.eachRow((row, n) => {
    if (n > 1) rows.push(Array.from({ length: width }, (_, c) => row.getCell(c + 1).value ?? null));
  });
  return rows;
}

function headerOf(sheet: ExcelJS.Worksheet): unknown[] {
  return (sheet.getRow(1).values as unknown[]).slice(1);
}

function expectTableSheet(sheet: ExcelJS.Worksheet, columns: number) {
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  const filter = sheet.autoFilter as unknown;
  const range = typeof filter === 'string' ? filter : JSON.stringify(filter);
  expect(range, sheet.name).toMatch(new RegExp(`^A1:${String.fromCharCode(64 + columns)}1$`));
  for (let c = 1; c <= columns; c++)
    expect(sheet.getColumn(c).width, `${sheet.name} ${c}`).toBeGreaterThan(5);
}

const identifierColumn = ROADMAP_COLUMNS.indexOf('identifier');
const identifiers = (sheet: ExcelJS.Worksheet) => rowsOf(sheet).map((r) => r[identifierColumn]);

describe('renderXlsx', () => {
  const previous = demoSnapshot({ year: 2024, asOf: '2025-01-20' });
  const current = demoSnapshot({ year: 2025 });
  const changes = compareEditions(previous, current);
  const render = () => renderXlsx({ snapshot: current, changes, previous: { year: 2024, revision: 0 } });

  it('lists every item exactly once in Roadmap, with the export columns and real dates', async () => {
    const workbook = await read(await render());
    const sheet = workbook.getWorksheet('Roadmap')!;
    expect(workbook.worksheets[0]!.name).toBe('Roadmap');
    expect(headerOf(sheet)).toEqual([...ROADMAP_COLUMNS]);
    expectTableSheet(sheet, ROADMAP_COLUMNS.length);
    const rows = rowsOf(sheet);
    expect(rows).toHaveLength(current.items.length);
    expect(identifiers(sheet).sort()).toEqual(current.items.map((i) => i.identifier).sort());
    const byIdentifier = new Map(rows.map((r) => [r[identifierColumn], r]));
    for (const item of current.items) {
      const row = byIdentifier.get(item.identifier)!;
      const cell = (c: (typeof ROADMAP_COLUMNS)[number]) => row[ROADMAP_COLUMNS.indexOf(c)];
      expect(cell('title')).toBe(item.title);
      expect(cell('status')).toBe(item.status);
      expect(cell('body')).toBe(current.bodies.find((b) => b.slug === item.body)!.name);
      expect(cell('topics') ?? '').toBe(item.topics.join('; '));
      for (const [column, value] of [
        ['start', item.startDate],
        ['target', item.targetDate],
        ['approved', item.approvedDate],
      ] as const) {
        if (value) expect(cell(column)).toEqual(new Date(`${value}T00:00:00Z`));
        else expect(cell(column) ?? null).toBeNull();
      }
    }
    expect(sheet.getColumn(ROADMAP_COLUMNS.indexOf('target') + 1).numFmt).toBe('yyyy-mm-dd');
  });

  it('is a spreadsheet the roadmap import reads (its first sheet)', async () => {
    const { table } = await readSpreadsheet(new Uint8Array(await render()));
    expect(table[0]).toEqual([...ROADMAP_COLUMNS]);
    expect(table.slice(1).map((r) => r[identifierColumn])).toEqual(current.items.map((i) => i.identifier));
    const target = ROADMAP_COLUMNS.indexOf('target');
    const dated = current.items.findIndex((i) => i.targetDate);
    expect(table[dated + 1]![target]).toBe(current.items[dated]!.targetDate);
  });

  it('has one sheet per topic listing exactly the items of that topic', async () => {
    const workbook = await read(await render());
    const topical = current.topics.filter((t) => current.items.some((i) => i.topics.includes(t.slug)));
    expect(topical.length).toBeGreaterThan(3);
    for (const topic of topical) {
      const sheet = workbook.worksheets.find((s) => s.name === sheetName(topic.name, new Set()))!;
      expect(sheet, topic.name).toBeDefined();
      expectTableSheet(sheet, ROADMAP_COLUMNS.length);
      expect(identifiers(sheet).sort()).toEqual(
        current.items
          .filter((i) => i.topics.includes(topic.slug))
          .map((i) => i.identifier)
          .sort(),
      );
    }
    const untopical = current.items.filter((i) => i.topics.length === 0).map((i) => i.identifier);
    const other = workbook.getWorksheet('Other work');
    expect(other ? identifiers(other).sort() : []).toEqual(untopical.sort());
    expect(workbook.worksheets.map((s) => s.name).slice(-3)).toEqual(['Changes', 'Liaisons', 'About']);
  });

  it('lists exactly the changes, and every liaison once with real dates', async () => {
    const workbook = await read(await render());
    const sheet = workbook.getWorksheet('Changes')!;
    expectTableSheet(sheet, 6);
    const names = new Map(current.bodies.map((b) => [b.slug, b.name]));
    expect(rowsOf(sheet).map((r) => r.map((v) => v ?? ''))).toEqual(
      changeRows(changes).map((c) => [
        CHANGE_KIND_LABELS[c.kind],
        c.identifier,
        c.title,
        names.get(c.body),
        c.from,
        c.to,
      ]),
    );
    expect(rowsOf(sheet).length).toBeGreaterThan(5);
    const liaisons = workbook.getWorksheet('Liaisons')!;
    expectTableSheet(liaisons, 12);
    const rows = rowsOf(liaisons);
    expect(rows.map((r) => r[0]).sort()).toEqual(current.liaisons.map((l) => l.reference).sort());
    for (const row of rows) expect(row[1]).toBeInstanceOf(Date);
  });

  it('gives the same bytes for the same snapshot', async () => {
    expect((await render()).equals(await render())).toBe(true);
  });

  it('writes the changes of a constructed history exactly', async () => {
    const { earlier, later } = constructedHistory();
    const workbook = await read(
      await renderXlsx({
        snapshot: later,
        changes: compareEditions(earlier, later),
        previous: { year: earlier.year, revision: 0 },
      }),
    );
    expect(rowsOf(workbook.getWorksheet('Changes')!).map((r) => r.map((v) => v ?? ''))).toEqual(
      EXPECTED_CHANGES.map((c) => [CHANGE_KIND_LABELS[c.kind], c.identifier, c.title, 'ITU-T', c.from, c.to]),
    );
    // No topic: the items are on "Other work" too; a first edition has nothing to compare with.
    expect(identifiers(workbook.getWorksheet('Other work')!)).toHaveLength(later.items.length);
    const first = await read(
      await renderXlsx({ snapshot: later, changes: compareEditions(null, later), previous: null }),
    );
    expect(rowsOf(first.getWorksheet('Changes')!)).toEqual([]);
  });
});

describe('sheetName', () => {
  it('keeps names within Excel’s rules and unique', () => {
    const used = new Set<string>();
    const long = 'Network slicing and orchestration: management/automation [draft]';
    const first = sheetName(long, used);
    expect(first.length).toBeLessThanOrEqual(31);
    expect(first).not.toMatch(/[[\]:*?/\\]/);
    const second = sheetName(long, used);
    expect(second).not.toBe(first);
    expect(second.length).toBeLessThanOrEqual(31);
    expect(second).toMatch(/\(2\)$/);
    expect(sheetName('roadmap', new Set(['roadmap']))).toBe('roadmap (2)');
    expect(sheetName('History', new Set())).toBe('History (2)');
    expect(sheetName("'quoted'", new Set())).toBe('quoted');
  });
});
