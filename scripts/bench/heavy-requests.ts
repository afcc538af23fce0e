// Exports and imports against the production server (issue 10 item 5): 10 parallel anonymous
// exports of the whole roadmap (XLSX, then CSV), a 10,000-row import preview and a "zip bomb"
// upload, each while a prober asks /api/health one request after the other. Reports the server's
// peak memory (its process tree's RSS, sampled) and the health check's latency: a request that
// blocks the event loop shows up there at once.
import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export interface HeavyResult {
  scenario: string;
  ms: number;
  /** Responses by status (a client that got 503 waits for Retry-After and asks again). */
  statuses: Record<string, number>;
  bodyBytes: number;
  baseRssMb: number;
  peakRssMb: number;
  healthChecks: number;
  healthP50Ms: number;
  healthMaxMs: number;
}

/** The RSS of a process and all its descendants (Next may serve from a child process). */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended meanwhile
    }
  }
  let total = 0;
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    try {
      const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      total += Number(kb ?? 0) * 1024;
    } catch {
      // gone
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

async function during(
  scenario: string,
  context: { baseUrl: string; serverPid: number },
  work: () => Promise<{ statuses: Record<string, number>; bodyBytes: number }>,
): Promise<HeavyResult> {
  await sleep(500);
  const baseRss = treeRss(context.serverPid);
  let peak = baseRss;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(context.serverPid))), 50);
  const latencies: number[] = [];
  let running = true;
  const prober = (async () => {
    while (running) {
      const started = performance.now();
      await fetch(`${context.baseUrl}/api/health`).then((r) => r.arrayBuffer());
      latencies.push(performance.now() - started);
      await sleep(20);
    }
  })();
  const started = performance.now();
  const outcome = await work();
  const ms = Math.round(performance.now() - started);
  running = false;
  await prober;
  clearInterval(sampler);
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    scenario,
    ms,
    ...outcome,
    baseRssMb: mb(baseRss),
    peakRssMb: mb(peak),
    healthChecks: sorted.length,
    healthP50Ms: Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0),
    healthMaxMs: Math.round(sorted.at(-1) ?? 0),
  };
}

/** One request, repeated after Retry-After while the server answers 503 (as a polite client does). */
async function politely(url: string, init: RequestInit, statuses: Record<string, number>) {
  for (;;) {
    const response = await fetch(url, init);
    const body = await response.arrayBuffer();
    statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    if (response.status !== 503) return body.byteLength;
    await sleep(Math.max(1, Number(response.headers.get('retry-after') ?? 1)) * 1000);
  }
}

async function parallel(url: string, count: number, init: RequestInit = {}) {
  const statuses: Record<string, number> = {};
  const sizes = await Promise.all(Array.from({ length: count }, () => politely(url, init, statuses)));
  return { statuses, bodyBytes: Math.max(...sizes) };
}

async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: baseUrl },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in answered ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

export async function heavyRequests(options: {
  baseUrl: string;
  serverPid: number;
  signIn: { email: string; password: string };
  importFile: { group: string; csv: Buffer };
  bomb: Buffer;
}): Promise<HeavyResult[]> {
  const { baseUrl } = options;
  const context = { baseUrl, serverPid: options.serverPid };
  const cookie = await signIn(baseUrl, options.signIn.email, options.signIn.password);
  const upload = (group: string, body: Buffer, type: string): RequestInit => ({
    method: 'POST',
    headers: { Cookie: cookie, Origin: baseUrl, 'Content-Type': type },
    body: new Uint8Array(body),
  });
  const importUrl = (group: string) =>
    `${baseUrl}/api/import?${new URLSearchParams({ group, dryRun: '1' }).toString()}`;
  await parallel(`${baseUrl}/api/items.xlsx`, 1); // warm-up (compiles nothing, but fills caches)
  const results = [
    await during('10 parallel GET /api/items.xlsx', context, () => parallel(`${baseUrl}/api/items.xlsx`, 10)),
    await during('10 parallel GET /api/items.csv', context, () => parallel(`${baseUrl}/api/items.csv`, 10)),
    await during('import preview, 10,000-row CSV', context, () =>
      parallel(importUrl(options.importFile.group), 1, upload('', options.importFile.csv, 'text/csv')),
    ),
    await during(`zip bomb (${mb(options.bomb.length)} MB XLSX)`, context, () =>
      parallel(
        importUrl(options.importFile.group),
        1,
        upload('', options.bomb, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
      ),
    ),
  ];
  console.log(
    '\n| scenario | ms | statuses | body KB | RSS before MB | peak RSS MB | health checks | health p50 ms | health max ms |',
  );
  console.log('|---|---:|---|---:|---:|---:|---:|---:|---:|');
  for (const r of results)
    console.log(
      `| ${r.scenario} | ${r.ms} | ${Object.entries(r.statuses)
        .map(([s, n]) => `${n}× ${s}`)
        .join(
          ', ',
        )} | ${Math.round(r.bodyBytes / 1024)} | ${r.baseRssMb} | ${r.peakRssMb} | ${r.healthChecks} | ${r.healthP50Ms} | ${r.healthMaxMs} |`,
    );
  return results;
}
