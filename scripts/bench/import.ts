// The spreadsheet import at scale: a 10,000-row CSV into one group, through importWorkItems
// itself (the command behind POST /api/import). Runs in its own process, started by
// scripts/bench.ts with DATABASE_URL set and `--conditions=react-server` (lib/server is
// server-only), so that its peak memory is the import's alone. Prints a Markdown table and one
// JSON line ("IMPORT_RESULTS {...}") for bench.ts to keep.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { importWorkItems, type ImportResult } from '@/lib/server/commands/import-work-items';
import { db } from '@/lib/server/db';
import { scriptActor } from '@/lib/server/script-actor';
import { benchCsv, benchRecords } from './import-file';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '10000' } } });
const ROWS = Number(values.rows);

export interface ImportPhase {
  phase: string;
  ms: number;
  peakRssMb: number;
  /** The longest the event loop was blocked during the phase (monitorEventLoopDelay). */
  maxLoopDelayMs: number;
  create: number;
  update: number;
  unchanged: number;
  errors: number;
}

async function measure(phase: string, work: () => Promise<ImportResult>): Promise<ImportPhase> {
  global.gc?.();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const started = performance.now();
  const result = await work();
  const ms = Math.round(performance.now() - started);
  loop.disable();
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return {
    phase,
    ms,
    peakRssMb: Math.round(peak / 1024 / 1024),
    maxLoopDelayMs: Math.round(loop.max / 1e6),
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
  const first = benchCsv(benchRecords(ROWS, group.path, topics, 0));
  const second = benchCsv(benchRecords(ROWS, group.path, topics, 1));
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
  console.log(
    '\n| phase | ms | peak RSS MB | longest event-loop block ms | create | update | unchanged | errors |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const p of phases)
    console.log(
      `| ${p.phase} | ${p.ms} | ${p.peakRssMb} | ${p.maxLoopDelayMs} | ${p.create} | ${p.update} | ${p.unchanged} | ${p.errors} |`,
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
