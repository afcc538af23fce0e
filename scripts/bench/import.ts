// The spreadsheet import at scale: a 10,000-row CSV into one group, through importWorkItems
// itself (the command behind POST /api/import). Runs in its own process, started by
// scripts/bench.ts with DATABASE_URL set and `--conditions=react-server` (lib/server is
// server-only), so that its peak memory is the import's alone. Prints a Markdown table and one
// JSON line ("IMPORT_RESULTS {...}") for bench.ts to keep.
import { parseArgs } from 'node:util';
import { type ROADMAP_COLUMNS, type RoadmapRecord } from '@/lib/domain/roadmap-csv';
import { importWorkItems, type ImportResult } from '@/lib/server/commands/import-work-items';
import { db } from '@/lib/server/db';
import { roadmapCsv } from '@/lib/server/roadmap-export';
import { scriptActor } from '@/lib/server/script-actor';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '10000' } } });
const ROWS = Number(values.rows);

export interface ImportPhase {
  phase: string;
  ms: number;
  peakRssMb: number;
  create: number;
  update: number;
  unchanged: number;
  errors: number;
}

function records(group: string, topics: string[], pass: number): RoadmapRecord[] {
  return Array.from({ length: ROWS }, (_, i) => {
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

async function measure(phase: string, work: () => Promise<ImportResult>): Promise<ImportPhase> {
  global.gc?.();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const started = performance.now();
  const result = await work();
  const ms = Math.round(performance.now() - started);
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return {
    phase,
    ms,
    peakRssMb: Math.round(peak / 1024 / 1024),
    create: result.create.length,
    update: result.update.length,
    unchanged: result.unchanged,
    errors: result.errors.length,
  };
}

async function main() {
  const group = await db().group.findFirstOrThrow({
    where: { path: { startsWith: 'itu-t/' } },
    orderBy: { path: 'asc' },
    select: { path: true, body: { select: { name: true } } },
  });
  const topics = (await db().topic.findMany({ select: { slug: true }, take: 2 })).map((t) => t.slug);
  const actor = scriptActor();
  const first = Buffer.from(roadmapCsv(records(group.path, topics, 0)));
  const second = Buffer.from(roadmapCsv(records(group.path, topics, 1)));
  const run = (file: Buffer, dryRun: boolean) => () =>
    importWorkItems({ actor, group: group.path, file, dryRun, comment: 'import benchmark' });
  const phases = [
    await measure('preview (all new)', run(first, true)),
    await measure('apply (all new)', run(first, false)),
    await measure('re-import (all unchanged)', run(first, false)),
    await measure('preview (all changed)', run(second, true)),
    await measure('apply (all changed: title + status)', run(second, false)),
  ];
  const sizeMb = (first.byteLength / 1024 / 1024).toFixed(1);
  console.log(`\nImport of ${ROWS} rows (${sizeMb} MB CSV) into ${group.path}`);
  console.log('\n| phase | ms | peak RSS MB | create | update | unchanged | errors |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const p of phases)
    console.log(
      `| ${p.phase} | ${p.ms} | ${p.peakRssMb} | ${p.create} | ${p.update} | ${p.unchanged} | ${p.errors} |`,
    );
  const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(`\nProcess peak RSS (getrusage maxRSS): ${maxRssMb} MB`);
  console.log(
    `IMPORT_RESULTS ${JSON.stringify({ rows: ROWS, csvBytes: first.byteLength, phases, maxRssMb })}`,
  );
  await db().$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
