// The annual supplement at scale: an edition of 10,000 synthetic items (built in memory,
// lib/tooling/edition-fixtures.ts, no database) and its previous edition, written to a temporary
// JSON file as the database holds them. Then, each in a fresh child process (as the app would: it
// parses the snapshots from the edition rows), the four downloads one after the other (DOCX, PDF,
// XLSX, JSON), and each download alone (a server renders one download per request). The memory
// that matters is the largest of these peaks. Started by scripts/bench.ts with
// `--conditions=react-server` (lib/server is server-only). Prints Markdown tables and one JSON line
// ("EDITIONS_RESULTS {...}") for bench.ts to keep. Target: under 10 s and 400 MB together.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compareEditions } from '@/lib/domain/edition/changes';
import { buildOutline, type SupplementOutline } from '@/lib/domain/edition/outline';
import type { Snapshot } from '@/lib/domain/edition/snapshot';
import { renderDocx } from '@/lib/server/editions/render-docx';
import { renderJson } from '@/lib/server/editions/render-json';
import { renderPdf } from '@/lib/server/editions/render-pdf';
import { renderXlsx } from '@/lib/server/editions/render-xlsx';
import { syntheticEditions } from '@/lib/tooling/edition-fixtures';

const FORMATS = ['docx', 'pdf', 'xlsx', 'json'] as const;
type Format = (typeof FORMATS)[number];
const RUNS = ['all', ...FORMATS] as const;
type Run = (typeof RUNS)[number];

const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '10000' },
    run: { type: 'string' },
    snapshots: { type: 'string' },
  },
});
const ITEMS = Number(values.items);
const TAG = 'EDITIONS_RESULTS';
const CHILD_TAG = 'EDITIONS_RUN';

interface Step {
  step: string;
  ms: number;
  cpuMs: number;
  bytes: number;
  /** The process's maxRSS after the step: which step raised the peak. */
  maxRssMb: number;
}

interface RunResult {
  run: Run;
  steps: Step[];
  totalMs: number;
  totalCpuMs: number;
  /** Resident memory after the runtime and modules loaded, before the snapshots were read. */
  baseRssMb: number;
  peakRssMb: number;
  maxRssMb: number;
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** Child: what one request (or the four in a row) does, from the stored JSON to the bytes. */
async function child(run: Run, file: string): Promise<void> {
  global.gc?.();
  const baseRss = process.memoryUsage().rss;
  let peak = baseRss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const steps: Step[] = [];
  const step = async <T>(name: string, work: () => Promise<T> | T, size: (value: T) => number) => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const result = await work();
    const used = process.cpuUsage(cpu);
    steps.push({
      step: name,
      ms: Math.round(performance.now() - started),
      cpuMs: Math.round((used.user + used.system) / 1000),
      bytes: size(result),
      maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    });
    return result;
  };
  const byteLength = (b: Buffer) => b.byteLength;
  const { previous, current, changes } = await step(
    'load',
    async () => {
      // As loadEditionDocument: the two edition rows' snapshots, then their changes.
      const stored = JSON.parse(await readFile(file, 'utf8')) as { previous: Snapshot; current: Snapshot };
      return { ...stored, changes: compareEditions(stored.previous, stored.current) };
    },
    () => 0,
  );
  const prev = { year: previous.year, revision: previous.revision };
  const formats: Format[] = run === 'all' ? [...FORMATS] : [run];
  let outline: SupplementOutline | null = null;
  const outlineOnce = () => (outline ??= buildOutline({ snapshot: current, changes, previous: prev }));
  if (formats.includes('docx') || formats.includes('pdf'))
    await step('outline', outlineOnce, (o) => JSON.stringify(o).length);
  for (const format of formats) {
    switch (format) {
      case 'docx':
        await step('docx', () => renderDocx(outlineOnce()), byteLength);
        break;
      case 'pdf':
        await step('pdf', () => renderPdf(outlineOnce()), byteLength);
        break;
      case 'xlsx':
        await step('xlsx', () => renderXlsx({ snapshot: current, changes, previous: prev }), byteLength);
        break;
      case 'json':
        await step('json', () => renderJson(current), byteLength);
        break;
    }
  }
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const result: RunResult = {
    run,
    steps,
    totalMs: steps.reduce((sum, s) => sum + s.ms, 0),
    totalCpuMs: steps.reduce((sum, s) => sum + s.cpuMs, 0),
    baseRssMb: mb(baseRss),
    peakRssMb: mb(peak),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  console.log(`${CHILD_TAG} ${JSON.stringify(result)}`);
}

function spawnRun(run: Run, file: string): RunResult {
  const started = spawnSync(
    process.execPath,
    [
      '--conditions=react-server',
      '--expose-gc',
      '--import',
      'tsx',
      import.meta.filename,
      '--run',
      run,
      '--snapshots',
      file,
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (started.status !== 0) throw new Error(`editions benchmark (${run}) failed: ${started.stderr}`);
  const line = `${started.stdout}`.split('\n').find((l) => l.startsWith(`${CHILD_TAG} `));
  if (!line) throw new Error(`editions benchmark (${run}) printed no result`);
  return JSON.parse(line.slice(CHILD_TAG.length + 1)) as RunResult;
}

/** Parent: builds the snapshots, then measures each run in its own process. */
async function main(): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'imt-editions-'));
  try {
    const file = path.join(dir, 'snapshots.json');
    const { previous, current } = syntheticEditions(ITEMS);
    const changes = compareEditions(previous, current);
    await writeFile(file, JSON.stringify({ previous, current }));
    const runs = RUNS.map((run) => spawnRun(run, file));
    const all = runs[0]!;
    const single = runs.slice(1);
    const peakMb = Math.max(...runs.map((r) => Math.max(r.peakRssMb, r.maxRssMb)));
    console.log(
      `\nAnnual supplement of ${ITEMS} items (${changes.added.length} new, ${changes.statusChanged.length} status changes), load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    console.log('\nAll four downloads in one process, one after the other:\n');
    console.log('| step | ms | CPU ms | bytes | maxRSS MB after |');
    console.log('|---|---:|---:|---:|---:|');
    for (const s of all.steps)
      console.log(`| ${s.step} | ${s.ms} | ${s.cpuMs} | ${s.bytes} | ${s.maxRssMb} |`);
    console.log(`| all four formats | ${all.totalMs} | ${all.totalCpuMs} | | ${all.maxRssMb} |`);
    console.log('\nEach download in its own process (load: parse the snapshots and compare them):\n');
    console.log('| run | ms | CPU ms | steps (ms) | base RSS MB | peak RSS MB (sampled) | maxRSS MB |');
    console.log('|---|---:|---:|---|---:|---:|---:|');
    for (const r of [...single, all]) {
      const steps = r.steps.map((s) => `${s.step} ${s.ms}`).join(', ');
      console.log(
        `| ${r.run} | ${r.totalMs} | ${r.totalCpuMs} | ${steps} | ${r.baseRssMb} | ${r.peakRssMb} | ${r.maxRssMb} |`,
      );
    }
    console.log(`\nPeak memory (largest of the runs): ${peakMb} MB`);
    console.log('Target: under 10,000 ms and 400 MB together');
    const results = {
      items: ITEMS,
      steps: all.steps,
      totalMs: all.totalMs,
      totalCpuMs: all.totalCpuMs,
      peakRssMb: all.peakRssMb,
      maxRssMb: all.maxRssMb,
      peakMb,
      runs,
      loadAverage: os.loadavg(),
    };
    console.log(`${TAG} ${JSON.stringify(results)}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const run = values.run as Run | undefined;
if (run !== undefined && !RUNS.includes(run)) throw new Error(`--run must be one of ${RUNS.join(', ')}`);
(run && values.snapshots ? child(run, values.snapshots) : main()).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
