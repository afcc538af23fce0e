// Reading the roadmap spreadsheet format back (the inverse of roadmap-csv.ts): the header, the
// cells of each row and the editors cell. Rows become work item states in roadmap-import-row.ts.
//
// Line numbers are the row numbers a spreadsheet program shows: the header is line 1, the first
// item line 2 (a CSV cell with a line break inside still counts as one line).
import { ROADMAP_COLUMNS, type RoadmapColumn, type RoadmapRecord } from './roadmap-csv';

export interface ImportError {
  line: number;
  /** A spreadsheet column name ("status"), or "" for the whole line or file. */
  column: string;
  message: string;
}

export interface ImportRow {
  line: number;
  record: RoadmapRecord;
}

/** A cell as neutraliseFormula writes formula-looking text: apostrophe(s), then = + - @ tab or CR. */
const NEUTRALISED = /^'+[=+\-@\t\r]/;

/** The inverse of neutraliseFormula: removes exactly the one apostrophe it added. */
export function restoreFormulaText(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}

const isKnownColumn = (name: string): name is RoadmapColumn =>
  (ROADMAP_COLUMNS as readonly string[]).includes(name);

/** Column positions by name, or the header's problems (all on line 1). Order is free; case is not significant. */
export function readHeader(header: readonly string[]): {
  positions: Map<RoadmapColumn, number>;
  errors: ImportError[];
} {
  const positions = new Map<RoadmapColumn, number>();
  const errors: ImportError[] = [];
  header.forEach((cell, index) => {
    const name = cell
      .replace(/^\uFEFF/, '')
      .trim()
      .toLowerCase();
    if (name === '') return; // an empty trailing header cell, as spreadsheet programs sometimes write
    if (!isKnownColumn(name)) {
      errors.push({
        line: 1,
        column: cell.trim(),
        message: `"${cell.trim()}" is not a column of the roadmap format (${ROADMAP_COLUMNS.join(', ')})`,
      });
    } else if (positions.has(name)) {
      errors.push({ line: 1, column: name, message: `the column "${name}" appears twice` });
    } else {
      positions.set(name, index);
    }
  });
  for (const column of ROADMAP_COLUMNS)
    if (!positions.has(column))
      errors.push({ line: 1, column, message: `the column "${column}" is missing` });
  return { positions, errors };
}

/**
 * The rows of a table (first row: the header) as records of the roadmap columns. Empty rows are
 * skipped. `formulaPrefix`: cells were written by neutraliseFormula (CSV), so its apostrophe is
 * removed; XLSX cells are typed text and are taken as they are.
 */
export function readRoadmapTable(
  table: readonly (readonly string[])[],
  options: { formulaPrefix: boolean },
): { rows: ImportRow[]; errors: ImportError[] } {
  const [header, ...body] = table;
  if (!header || header.every((c) => c.trim() === ''))
    return { rows: [], errors: [{ line: 1, column: '', message: 'the file is empty: no header line' }] };
  const { positions, errors } = readHeader(header);
  if (errors.length) return { rows: [], errors };
  const width = Math.max(...positions.values()) + 1;
  const rows: ImportRow[] = [];
  body.forEach((cells, index) => {
    const line = index + 2;
    if (cells.every((c) => c.trim() === '')) return;
    if (cells.slice(width).some((c) => c.trim() !== '')) {
      errors.push({
        line,
        column: '',
        message: `the line has more cells than the header's ${width} columns`,
      });
      return;
    }
    const record = {} as RoadmapRecord;
    for (const column of ROADMAP_COLUMNS) {
      const raw = cells[positions.get(column)!] ?? '';
      record[column] = options.formulaPrefix ? restoreFormulaText(raw) : raw;
    }
    rows.push({ line, record });
  });
  return { rows, errors };
}

/**
 * The values of a multi-value cell (topics, editors). `;` separates values, except inside
 * parentheses or angle brackets, so that an affiliation "(ETRI; KAIST)" stays one value.
 */
export function splitValues(cell: string): string[] {
  const values: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of cell) {
    if (char === '(' || char === '<') depth += 1;
    else if ((char === ')' || char === '>') && depth > 0) depth -= 1;
    if (char === ';' && depth === 0) {
      values.push(current);
      current = '';
    } else current += char;
  }
  values.push(current);
  return values.map((v) => v.trim()).filter((v) => v !== '');
}

export interface ParsedEditor {
  name: string;
  affiliation: string | null;
  email: string | null;
}

/** The inverse of formatEditor: "Name (Affiliation) <e-mail>", the last two optional. */
export function parseEditor(text: string): ParsedEditor {
  let rest = text.trim();
  let email: string | null = null;
  const mail = /<([^<>]*)>$/.exec(rest);
  if (mail) {
    email = mail[1]!.trim() || null;
    rest = rest.slice(0, mail.index).trim();
  }
  let affiliation: string | null = null;
  if (rest.endsWith(')')) {
    // The matching "(" of the last ")": affiliations may hold parentheses themselves.
    let depth = 0;
    for (let i = rest.length - 1; i >= 0; i -= 1) {
      if (rest[i] === ')') depth += 1;
      else if (rest[i] === '(') depth -= 1;
      if (depth === 0) {
        if (i > 0) {
          affiliation = rest.slice(i + 1, -1).trim() || null;
          rest = rest.slice(0, i).trim();
        }
        break;
      }
    }
  }
  return { name: rest, affiliation, email };
}

export function parseEditors(cell: string): ParsedEditor[] {
  return splitValues(cell).map(parseEditor);
}
