// The annual supplement at scale: an edition of 10,000 synthetic items (built in memory,
// lib/tooling/edition-fixtures.ts, no database) and its previous edition, rendered in all four
// formats: outline, DOCX, PDF, XLSX and JSON, one after the other. Runs in its own process,
// started by scripts/bench.ts with `--conditions=react-server` (lib/server is server-only), so
// that its peak memory is the rendering's alone. Prints a Markdown table and one JSON line
// ("EDITIONS_RESULTS {...}") for bench.ts to keep. Target: under 10 s and 400 MB together.
import { parseArgs } from 'node:util';
import { compareEditions } from '@/lib/domain/edition/changes';
import { buildOutline } from '@/lib/domain/edition/outline';
import { renderDocx } from '@/lib/server/editions/render-docx';
import { renderJson } from '@/lib/server/editions/render-json';
import { renderPdf } from '@/lib/server/editions/render-pdf';
import { renderXlsx } from '@/lib/server/editions/render-xlsx';
import { syntheticEditions } from '@/lib/tooling/edition-fixtures';

const { values } = parseArgs({ options: { items: { type: 'string', default: '10000' } } });
const ITEMS = Number(values.items);

interface Step {
  step: string;
  ms: number;
  cpuMs: number;
  bytes: number;
}

async function main(): Promise<void> {
  const { previous, current } = syntheticEditions(ITEMS);
  global.gc?.();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const steps: Step[] = [];
  const step = async (name: string, work: () => Promise<Buffer | number>) => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const result = await work();
    const used = process.cpuUsage(cpu);
    steps.push({
      step: name,
      ms: Math.round(performance.now() - started),
      cpuMs: Math.round((used.user + used.system) / 1000),
      bytes: typeof result === 'number' ? result : result.byteLength,
    });
  };
  let outline!: ReturnType<typeof buildOutline>;
  const changes = compareEditions(previous, current);
  const prev = { year: previous.year, revision: previous.revision };
  await step('outline', () => {
    outline = buildOutline({ snapshot: current, changes, previous: prev });
    return Promise.resolve(JSON.stringify(outline).length);
  });
  await step('docx', () => renderDocx(outline));
  await step('pdf', () => renderPdf(outline));
  await step('xlsx', () => renderXlsx({ snapshot: current, changes, previous: prev }));
  await step('json', () => Promise.resolve(renderJson(current)));
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const totalMs = steps.reduce((sum, s) => sum + s.ms, 0);
  const totalCpuMs = steps.reduce((sum, s) => sum + s.cpuMs, 0);
  const peakRssMb = Math.round(peak / 1024 / 1024);
  const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(
    `\nAnnual supplement of ${ITEMS} items (${changes.added.length} new, ${changes.statusChanged.length} status changes)`,
  );
  console.log('\n| step | ms | CPU ms | bytes |');
  console.log('|---|---:|---:|---:|');
  for (const s of steps) console.log(`| ${s.step} | ${s.ms} | ${s.cpuMs} | ${s.bytes} |`);
  console.log(`| all four formats | ${totalMs} | ${totalCpuMs} | |`);
  console.log(`\nPeak RSS (sampled every 20 ms): ${peakRssMb} MB; process maxRSS: ${maxRssMb} MB`);
  console.log(`Target: under 10,000 ms and 400 MB together`);
  console.log(
    `EDITIONS_RESULTS ${JSON.stringify({ items: ITEMS, steps, totalMs, totalCpuMs, peakRssMb, maxRssMb })}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
