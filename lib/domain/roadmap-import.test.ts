import { stringify } from 'csv-stringify/sync';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatEditor, neutraliseFormula, ROADMAP_COLUMNS, type RoadmapRecord } from './roadmap-csv';
import {
  parseEditor,
  parseEditors,
  readHeader,
  readRoadmapTable,
  restoreFormulaText,
  splitValues,
} from './roadmap-import';
import { rowToState, type ImportContext } from './roadmap-import-row';
import { planImport } from './roadmap-import-plan';
import type { WorkItemState } from './work-item-state';

/** What the CSV export writes (see lib/server/roadmap-export.ts), read back as the importer reads it. */
function throughCsv(records: RoadmapRecord[]) {
  const rows = records.map((r) => ROADMAP_COLUMNS.map((c) => neutraliseFormula(r[c])));
  const text = `\uFEFF${stringify([[...ROADMAP_COLUMNS], ...rows], { record_delimiter: 'windows' })}`;
  const table = parse(text, { bom: true, relax_column_count: true });
  return readRoadmapTable(table, { formulaPrefix: true });
}

const cell = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(
    '=1+1',
    "'=1",
    "''+x",
    '-5 dB',
    '@SUM(A1)',
    '\t=x',
    'a; b',
    '"quoted"',
    'line\r\nbreak',
    "'",
  ),
);
const recordArb = fc.record(
  Object.fromEntries(ROADMAP_COLUMNS.map((c) => [c, cell])) as Record<keyof RoadmapRecord, typeof cell>,
);

const context: ImportContext = {
  targetGroup: 'itu-t/sg13',
  groups: new Map([
    ['itu-t/sg13', { body: 'ITU-T' }],
    ['itu-t/sg13/q6-13', { body: 'ITU-T' }],
    ['itu-t/sg15', { body: 'ITU-T' }],
  ]),
  topics: new Set(['network-slicing', 'synchronization']),
  canEdit: () => true,
};

const record = (overrides: Partial<RoadmapRecord> = {}): RoadmapRecord => ({
  identifier: 'Y.3110',
  number: 'Y.3110',
  title: 'Management',
  kind: 'ITU_RECOMMENDATION',
  body: 'ITU-T',
  group: 'itu-t/sg13/q6-13',
  generation: 'IMT2020',
  topics: 'network-slicing',
  process: 'AAP',
  status: 'UNDER_STUDY',
  stage: 'DRAFTING',
  start: '2024-01-01',
  target: '',
  approved: '',
  editors: '',
  summary: '',
  url: '',
  ...overrides,
});

const stored: WorkItemState = {
  workingName: 'Y.IMT-mgmt',
  number: 'Y.3110',
  title: 'Management',
  kind: 'ITU_RECOMMENDATION',
  generation: 'IMT2020',
  group: 'itu-t/sg13/q6-13',
  topics: ['network-slicing'],
  process: 'AAP',
  status: 'UNDER_STUDY',
  startDate: '2024-01-01',
  targetDate: null,
  approvedDate: null,
  summary: '',
  baseTextUrl: 'https://example.org/base',
  publicationUrl: null,
  documentVersion: null,
  editors: [{ name: 'Ann', affiliation: 'ETRI; KAIST', email: 'ann@example.org', role: 'RAPPORTEUR' }],
  relations: [],
};

describe('reading the table', () => {
  it('never throws, whatever the table', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string())), fc.boolean(), (table, formulaPrefix) => {
        const { rows, errors } = readRoadmapTable(table, { formulaPrefix });
        expect(Array.isArray(rows) && Array.isArray(errors)).toBe(true);
      }),
    );
  });

  it('export -> CSV -> import gives back every cell exactly (formulas, quotes, line breaks, ";")', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 5 }), (records) => {
        const nonEmpty = records.filter((r) => ROADMAP_COLUMNS.some((c) => r[c].trim() !== ''));
        const { rows, errors } = throughCsv(records);
        expect(errors).toEqual([]);
        expect(rows.map((r) => r.record)).toEqual(nonEmpty);
      }),
      { numRuns: 300 },
    );
  });

  it('restoreFormulaText is the inverse of neutraliseFormula', () => {
    fc.assert(
      fc.property(cell, (s) => {
        expect(restoreFormulaText(neutraliseFormula(s))).toBe(s);
      }),
    );
    expect(restoreFormulaText("'=1")).toBe('=1');
    expect(restoreFormulaText("'plain")).toBe("'plain");
  });

  it('checks the header: free order, case and spaces ignored; unknown, duplicate and missing named', () => {
    expect(readHeader([...ROADMAP_COLUMNS].reverse().map((c) => ` ${c.toUpperCase()}`)).errors).toEqual([]);
    const { errors } = readHeader(['\uFEFFidentifier', 'Title', 'title', 'colour']);
    expect(errors).toContainEqual({ line: 1, column: 'title', message: 'the column "title" appears twice' });
    expect(errors).toContainEqual(expect.objectContaining({ line: 1, column: 'colour' }));
    expect(errors).toContainEqual({ line: 1, column: 'url', message: 'the column "url" is missing' });
  });

  it('counts lines as a spreadsheet shows them, skips empty lines, refuses extra cells', () => {
    const header = [...ROADMAP_COLUMNS];
    const { rows, errors } = readRoadmapTable(
      [header, header.map(() => 'x'), header.map(() => ''), [...header.map(() => 'y'), 'extra']],
      { formulaPrefix: false },
    );
    expect(rows.map((r) => r.line)).toEqual([2]);
    expect(errors).toEqual([
      { line: 4, column: '', message: expect.stringContaining('more cells') as string },
    ]);
  });
});

describe('editors cells', () => {
  it('parse back what formatEditor writes; ";" inside parentheses stays in the affiliation', () => {
    const name = fc.stringMatching(/^[A-Za-zÀ-ÿ.' -]{0,20}[A-Za-zÀ-ÿ.]$/).filter((s) => s.trim() === s);
    const affiliation = fc.option(
      fc.stringMatching(/^[A-Za-z0-9;,&. -]{0,20}[A-Za-z0-9.]$/).filter((s) => s.trim() === s),
    );
    const email = fc.option(fc.emailAddress());
    fc.assert(
      fc.property(fc.array(fc.record({ name, affiliation, email }), { maxLength: 4 }), (editors) => {
        expect(parseEditors(editors.map(formatEditor).join('; '))).toEqual(editors);
      }),
    );
    expect(parseEditor('Ann (ETRI (Korea)) <a@b.org>')).toEqual({
      name: 'Ann',
      affiliation: 'ETRI (Korea)',
      email: 'a@b.org',
    });
    expect(splitValues('a; (b; c) d;; e')).toEqual(['a', '(b; c) d', 'e']);
  });
});

describe('a row as a work item state', () => {
  it('keeps what the spreadsheet cannot show: working name once numbered, editor roles, the base text URL', () => {
    const result = rowToState(
      2,
      record({ editors: 'Ann (ETRI; KAIST) <ann@example.org>', url: 'https://example.org/base' }),
      stored,
      context,
    );
    expect(result.state).toEqual(stored);
  });

  it('maps url: unchanged when equal; empty clears both; publication when approved, else base text', () => {
    const approved = rowToState(
      2,
      record({ status: 'APPROVED', stage: '', url: 'https://itu.int/rec' }),
      stored,
      context,
    );
    expect(approved.state).toMatchObject({
      baseTextUrl: 'https://example.org/base',
      publicationUrl: 'https://itu.int/rec',
    });
    const drafting = rowToState(2, record({ url: 'https://example.org/v2' }), stored, context);
    expect(drafting.state).toMatchObject({ baseTextUrl: 'https://example.org/v2', publicationUrl: null });
    expect(rowToState(2, record({ url: '' }), stored, context).state).toMatchObject({
      baseTextUrl: null,
      publicationUrl: null,
    });
  });

  it('gives a draft its number when identifier and number differ', () => {
    const draft = { ...stored, number: null };
    const result = rowToState(2, record({ identifier: 'Y.IMT-mgmt', number: 'Y.3110' }), draft, context);
    expect(result.state).toMatchObject({ workingName: 'Y.IMT-mgmt', number: 'Y.3110' });
  });

  it('accepts codes typed by people ("under study", "imt-2030")', () => {
    const result = rowToState(
      2,
      record({ status: 'under study', stage: 'drafting', generation: 'imt-2030' }),
      null,
      context,
    );
    expect(result.state).toMatchObject({ status: 'UNDER_STUDY', generation: 'IMT2030' });
  });

  it('names the column of each problem', () => {
    const result = rowToState(
      7,
      record({ process: 'TAP', title: '', target: '2020-01-01' }),
      stored,
      context,
    );
    expect(result.errors).toEqual([
      { line: 7, column: 'process', message: 'cannot change from AAP once an item exists' },
      { line: 7, column: 'title', message: 'is required' },
      { line: 7, column: 'target', message: 'must not be before the start date' },
    ]);
  });
});

describe('planning', () => {
  it('names both lines of a duplicate and matches former identifiers ignoring case', () => {
    const lookup = {
      itemIdByIdentifier: new Map([
        ['y.3110', 1],
        ['y.imt-mgmt', 1],
      ]),
      items: new Map([[1, { id: 1, identifier: 'Y.3110', version: 3, state: stored }]]),
    };
    const plan = planImport(
      [
        {
          line: 2,
          record: record({
            identifier: 'Y.IMT-mgmt',
            number: 'Y.3110',
            title: 'New title',
            editors: 'Ann (ETRI; KAIST) <ann@example.org>',
            url: 'https://example.org/base',
          }),
        },
        { line: 3, record: record({ identifier: 'y.3110' }) },
        { line: 4, record: record({ identifier: 'Y.9', number: '' }) },
        { line: 5, record: record({ identifier: 'Y.9', number: '' }) },
      ],
      lookup,
      context,
    );
    expect(plan.update.map((u) => [u.line, Object.keys(u.changes)])).toEqual([[2, ['title']]]);
    expect(plan.create.map((c) => c.identifier)).toEqual(['Y.9']);
    expect(plan.errors).toEqual([
      { line: 3, column: 'identifier', message: 'y.3110 is the same work item as line 2 (Y.3110)' },
      { line: 5, column: 'identifier', message: 'duplicate identifier Y.9: also on line 4' },
    ]);
  });
});
