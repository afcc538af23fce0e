import 'server-only';
import { inflateRawSync } from 'node:zlib';
import { CsvError, parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError } from '@/lib/domain/errors';
import { msg, type Message } from '@/lib/domain/messages/message';

// Reading an uploaded spreadsheet (CSV or XLSX) into a table of text cells. A file that cannot be
// read is a 400 naming the file, never a 500: uploads are untrusted.

export const MAX_SPREADSHEET_BYTES = 20 * 1024 * 1024;
/** Inflated XLSX parts together; a real 10,000-row roadmap is about 15 MB. */
const MAX_XLSX_INFLATED_BYTES = 200 * 1024 * 1024;
const MAX_XLSX_ENTRIES = 1000;
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type SpreadsheetFormat = 'csv' | 'xlsx';
export interface Spreadsheet {
  format: SpreadsheetFormat;
  table: string[][];
}

const fileError = (message: Message) => new AppError('INVALID_INPUT', message, 'file');

/** XLSX is a ZIP file ("PK\x03\x04"); anything else is read as CSV, whatever the Content-Type says. */
export function detectFormat(bytes: Uint8Array): SpreadsheetFormat {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04 ? 'xlsx' : 'csv';
}

export async function readSpreadsheet(bytes: Uint8Array): Promise<Spreadsheet> {
  if (bytes.byteLength === 0) throw fileError(msg('errors.file.empty'));
  if (bytes.byteLength > MAX_SPREADSHEET_BYTES)
    throw new AppError(
      'PAYLOAD_TOO_LARGE',
      msg('errors.file.tooLarge', { megabytes: MAX_SPREADSHEET_BYTES / 1024 / 1024 }),
      'file',
    );
  const format = detectFormat(bytes);
  return { format, table: format === 'xlsx' ? await readXlsx(Buffer.from(bytes)) : readCsv(bytes) };
}

export function readCsv(bytes: Uint8Array): string[][] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw fileError(msg('errors.file.notText'));
  }
  // Text with NUL or other binary control characters is not a CSV someone meant to send.
  if (/[\u0000-\u0008\u000e-\u001a]/.test(text.slice(0, 65_536))) throw fileError(msg('errors.file.binary'));
  try {
    return parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw fileError(
        line
          ? msg('errors.file.csvUnreadableNear', {
              line: String(line),
              reason: error.message.replace(/^[^:]*: /, ''),
            })
          : msg('errors.file.csvUnreadable', { reason: error.message.replace(/^[^:]*: /, '') }),
      );
    }
    throw error;
  }
}

/**
 * Checks the ZIP before ExcelJS inflates it: at most MAX_XLSX_ENTRIES parts, and their inflated
 * sizes (measured, not the declared ones) below MAX_XLSX_INFLATED_BYTES, so a "zip bomb" is refused.
 */
export function checkZip(buffer: Buffer): void {
  const eocd = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > buffer.length) throw fileError(msg('errors.file.xlsxNoDirectory'));
  const entries = buffer.readUInt16LE(eocd + 10);
  let offset = buffer.readUInt32LE(eocd + 16);
  if (entries > MAX_XLSX_ENTRIES) throw fileError(msg('errors.file.xlsxTooManyParts'));
  let total = 0;
  for (let i = 0; i < entries; i += 1) {
    if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== 0x02014b50)
      throw fileError(msg('errors.file.xlsxBadDirectory'));
    const method = buffer.readUInt16LE(offset + 10);
    const compressed = buffer.readUInt32LE(offset + 20);
    const local = buffer.readUInt32LE(offset + 42);
    offset +=
      46 +
      buffer.readUInt16LE(offset + 28) +
      buffer.readUInt16LE(offset + 30) +
      buffer.readUInt16LE(offset + 32);
    if (local + 30 > buffer.length || buffer.readUInt32LE(local) !== 0x04034b50)
      throw fileError(msg('errors.file.xlsxBadEntry'));
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(start, start + compressed);
    if (method === 0) total += data.length;
    else if (method === 8) {
      try {
        total += inflateRawSync(data, { maxOutputLength: MAX_XLSX_INFLATED_BYTES - total + 1 }).length;
      } catch {
        throw fileError(msg('errors.file.xlsxDamagedOrHuge'));
      }
    } else throw fileError(msg('errors.file.xlsxCompression'));
    if (total > MAX_XLSX_INFLATED_BYTES) throw fileError(msg('errors.file.xlsxHuge'));
  }
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** A cell's value as the text a person sees: dates as YYYY-MM-DD, links as their text, formulas as their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : iso(value);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return cellText(value.text);
  if ('formula' in value || 'sharedFormula' in value)
    return cellText((value as ExcelJS.CellFormulaValue).result);
  if ('error' in value) return String(value.error);
  return '';
}

/** The first worksheet as text cells (row n of the table is the sheet's row n + 1). */
export async function readXlsx(buffer: Buffer): Promise<string[][]> {
  checkZip(buffer);
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's types want its own Buffer flavour; a Node Buffer is what it reads.
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    throw fileError(msg('errors.file.xlsxUnreadable'));
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw fileError(msg('errors.file.noWorksheet'));
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    table[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
  });
  return Array.from(table, (r) => r ?? []);
}
