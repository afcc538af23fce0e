// The 10,000-row spreadsheet the import benchmarks send (scripts/bench/import.ts in-process,
// scripts/bench/heavy-requests.ts over HTTP): one group, new identifiers, every column filled.
import { stringify } from 'csv-stringify/sync';
import { neutraliseFormula, ROADMAP_COLUMNS, type RoadmapRecord } from '../../lib/domain/roadmap-csv.ts';

export function benchRecords(rows: number, group: string, topics: string[], pass: number): RoadmapRecord[] {
  return Array.from({ length: rows }, (_, i) => {
    const n = String(i + 1).padStart(5, '0');
    const record = {
      identifier: `Y.bench-import-${n}`,
      number: '',
      title: `Benchmark import item ${n}${pass ? ' (revised)' : ''}`,
      kind: 'ITU_RECOMMENDATION',
      body: 'ITU-T',
      group,
      generation: i % 2 ? 'IMT2030' : 'IMT2020',
      topics: topics.slice(0, 1 + (i % 2)).join('; '),
      process: 'AAP',
      status: pass ? 'CONSENTED' : 'UNDER_STUDY',
      stage: '',
      start: '2025-01-15',
      target: '2027-06-30',
      approved: '',
      editors: `Editor ${n} (Example Org ${i % 50}) <editor${n}@example.org>`,
      summary: `Synthetic item for the import benchmark, row ${n}. =SUM(A1) is text, not a formula.`,
      url: `https://example.org/bench/${n}`,
    } satisfies Record<(typeof ROADMAP_COLUMNS)[number], string>;
    return record;
  });
}

/** The roadmap CSV of the records, as GET /api/items.csv writes it. */
export function benchCsv(records: readonly RoadmapRecord[]): Buffer {
  const rows = records.map((r) => ROADMAP_COLUMNS.map((column) => neutraliseFormula(r[column])));
  return Buffer.from(`\uFEFF${stringify([[...ROADMAP_COLUMNS], ...rows], { record_delimiter: 'windows' })}`);
}
