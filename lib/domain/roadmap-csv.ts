// The roadmap spreadsheet format: the same columns for CSV export, XLSX export and import.
// Several values in one cell are separated by "; ", dates are YYYY-MM-DD (UTC).

export const ROADMAP_COLUMNS = [
  'identifier',
  'number',
  'title',
  'kind',
  'body',
  'group',
  'generation',
  'topics',
  'process',
  'status',
  'stage',
  'start',
  'target',
  'approved',
  'editors',
  'summary',
  'url',
] as const;

export type RoadmapColumn = (typeof ROADMAP_COLUMNS)[number];
export type RoadmapRecord = Record<RoadmapColumn, string>;

/** The XLSX layout of the roadmap columns, shared by the roadmap export and the edition workbook. */
export interface XlsxColumn {
  header: string;
  /** In characters. */
  width: number;
  /** Cells are dates, shown as XLSX_DATE_FORMAT. */
  date?: boolean;
}

export const XLSX_DATE_FORMAT = 'yyyy-mm-dd';
export const ROADMAP_DATE_COLUMNS: ReadonlySet<RoadmapColumn> = new Set<RoadmapColumn>([
  'start',
  'target',
  'approved',
]);
const ROADMAP_WIDTHS: Partial<Record<RoadmapColumn, number>> = {
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
export const ROADMAP_XLSX_COLUMNS: readonly XlsxColumn[] = ROADMAP_COLUMNS.map((column) => ({
  header: column,
  width: ROADMAP_WIDTHS[column] ?? 12,
  date: ROADMAP_DATE_COLUMNS.has(column),
}));

export interface RoadmapRecordSource {
  identifier: string;
  number: string | null;
  title: string;
  kind: string;
  body: { name: string };
  group: { path: string };
  generation: string;
  topics: { slug: string }[];
  process: string;
  status: { code: string };
  stage: string;
  startDate: string | null;
  targetDate: string | null;
  approvedDate: string | null;
  editors: { name: string; affiliation: string | null; email: string | null }[];
  summary: string;
  publicationUrl: string | null;
  baseTextUrl: string | null;
}

/** "Name (Affiliation) <e-mail>" */
export function formatEditor(editor: {
  name: string;
  affiliation: string | null;
  email: string | null;
}): string {
  return [
    editor.name,
    editor.affiliation ? `(${editor.affiliation})` : '',
    editor.email ? `<${editor.email}>` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export function toRoadmapRecord(item: RoadmapRecordSource): RoadmapRecord {
  return {
    identifier: item.identifier,
    number: item.number ?? '',
    title: item.title,
    kind: item.kind,
    body: item.body.name,
    group: item.group.path,
    generation: item.generation,
    topics: item.topics.map((t) => t.slug).join('; '),
    process: item.process,
    status: item.status.code,
    stage: item.stage,
    start: item.startDate ?? '',
    target: item.targetDate ?? '',
    approved: item.approvedDate ?? '',
    editors: item.editors.map(formatEditor).join('; '),
    summary: item.summary,
    url: item.publicationUrl ?? item.baseTextUrl ?? '',
  };
}

/**
 * Spreadsheet programs run a cell that starts with = + - @ as a formula (CSV injection).
 * Such text is prefixed with an apostrophe, which they show as plain text. Text that already
 * starts with apostrophes before such a character gets one more, so that the import
 * (restoreFormulaText) can always remove exactly the one added here.
 */
export function neutraliseFormula(cell: string): string {
  return /^'*[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
