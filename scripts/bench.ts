// npm run bench: seeds 10,000 synthetic items into a throwaway embedded PostgreSQL, starts the
// production server on it and measures /, /api/items and the static /about under the same
// concurrent load, in one run (compare the ratios: timings on a shared machine are noisy).
// Then the spreadsheet import of 10,000 rows (scripts/bench/import.ts, in its own process), and the
// annual supplement of 10,000 items in all four formats (scripts/bench/editions.ts, likewise), and
// exports and imports against the server while /api/health is probed (scripts/bench/heavy-requests.ts).
// `--parts load,import,editions,heavy` picks some of them (all by default).
// Results go to stdout and bench-results/roadmap.json.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { freePort, startEmbeddedPostgres } from '../lib/tooling/embedded-postgres.ts';
import { migrate } from '../lib/tooling/migrate.ts';
import { createPrisma } from '../lib/tooling/prisma.ts';
import { seedDemo, seedSynthetic } from '../prisma/seed/seed.ts';
import { heavyRequests, type HeavyResult } from './bench/heavy-requests.ts';
import { benchCsv, benchRecords } from './bench/import-file.ts';
import { load, type LoadResult } from './bench/load.ts';
import { zipBomb } from './bench/zip-bomb.ts';

const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '10000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    parts: { type: 'string', default: 'load,import,editions,heavy' },
  },
});
const PARTS = new Set(values.parts.split(','));
const ROOT = path.resolve(import.meta.dirname, '..');
const TARGETS = [
  '/about',
  '/',
  '/?body=itu-t&stage=approved,under-approval&generation=imt-2020',
  '/?q=network+slicing',
  '/?q=Y.3101',
  '/api/items',
  '/api/items?stage=drafting&topic=network-slicing',
  '/api/items?q=synchronization',
];

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

async function main(): Promise<void> {
  if (!existsSync(path.join(ROOT, '.next/BUILD_ID'))) {
    console.log('No production build: running `npm run build` first');
    if (spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' }).status !== 0)
      throw new Error('build failed');
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'roadmap-bench-'));
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), persistent: false });
  const admin = new pg.Client({ connectionString: server.url() });
  await admin.connect();
  await admin.query('CREATE DATABASE bench');
  await admin.end();
  const url = server.url('bench');
  let app: ReturnType<typeof spawn> | undefined;
  try {
    await migrate({ connectionString: url });
    const prisma = createPrisma(url, 4);
    let started = Date.now();
    await seedDemo(prisma);
    const count = await seedSynthetic(prisma, Number(values.items));
    const seedMs = Date.now() - started;
    const total = await prisma.workItem.count();
    await prisma.$disconnect();
    console.log(`Seeded ${count} synthetic items (${total} in all) in ${seedMs} ms`);

    const port = await freePort();
    // Node runs Next's own entry point, so that killing `app` stops the server itself.
    const nextBin = path.join(ROOT, 'node_modules/next/dist/bin/next');
    app = spawn(process.execPath, [nextBin, 'start', '-H', '127.0.0.1', '-p', String(port)], {
      cwd: ROOT,
      // Production refuses to start without an auth secret and an edition signing key: throwaway
      // ones for this throwaway server.
      env: {
        ...process.env,
        DATABASE_URL: url,
        NODE_ENV: 'production',
        BETTER_AUTH_URL: `http://127.0.0.1:${port}`,
        BETTER_AUTH_SECRET: randomBytes(32).toString('base64url'),
        EDITION_SIGNING_KEY: randomBytes(32).toString('base64url'),
      },
      stdio: process.env.BENCH_SERVER_LOG ? 'inherit' : 'ignore',
    });
    const baseUrl = `http://127.0.0.1:${port}`;
    started = Date.now();
    await waitFor(`${baseUrl}/api/health`, 60_000);
    console.log(
      `Server ready in ${Date.now() - started} ms; load: ${values.connections} connections, ${values.seconds} s per URL`,
    );
    const results: LoadResult[] = [];
    if (PARTS.has('load'))
      for (const target of TARGETS) await load({ baseUrl, path: target, seconds: 2, connections: 2 }); // warm-up
    for (const target of PARTS.has('load') ? TARGETS : []) {
      results.push(
        await load({
          baseUrl,
          path: target,
          seconds: Number(values.seconds),
          connections: Number(values.connections),
        }),
      );
    }
    const heavy = PARTS.has('heavy') ? await heavyPart(baseUrl, app.pid!, url) : null;
    const importResults = PARTS.has('import')
      ? benchChild('scripts/bench/import.ts', 'IMPORT_RESULTS', { DATABASE_URL: url })
      : null;
    const editionResults = PARTS.has('editions')
      ? benchChild('scripts/bench/editions.ts', 'EDITIONS_RESULTS', {})
      : null;
    await report(results, { items: total, seedMs, heavy, import: importResults, editions: editionResults });
  } finally {
    app?.kill('SIGTERM');
    await server.stop();
  }
}

/** Exports and imports against the server (issue 10 item 5), with the files they need. */
async function heavyPart(baseUrl: string, serverPid: number, url: string): Promise<HeavyResult[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const group = await client.query<{ path: string }>(
    'SELECT path FROM "group" WHERE path LIKE \'itu-t/%\' ORDER BY path LIMIT 1',
  );
  const topics = await client.query<{ slug: string }>('SELECT slug FROM topic ORDER BY slug LIMIT 2');
  await client.end();
  const path = group.rows[0]!.path;
  const csv = benchCsv(
    benchRecords(
      10_000,
      path,
      topics.rows.map((t) => t.slug),
      0,
    ),
  );
  return heavyRequests({
    baseUrl,
    serverPid,
    signIn: { email: 'admin@example.org', password: 'roadmap-demo-2026' },
    importFile: { group: path, csv },
    bomb: zipBomb().file,
  });
}

/**
 * A benchmark in its own process (server-only modules need the react-server condition): the spreadsheet
 * import (scripts/bench/import.ts) and the annual supplement (scripts/bench/editions.ts).
 */
function benchChild(script: string, tag: string, env: Record<string, string>): unknown {
  const child = spawnSync(
    process.execPath,
    ['--conditions=react-server', '--expose-gc', '--import', 'tsx', script],
    { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const lines = `${child.stdout}`.split('\n');
  console.log(lines.filter((l) => !l.startsWith(`${tag} `)).join('\n'));
  if (child.status !== 0) throw new Error(`${script} failed: ${child.stderr}`);
  const json = lines.find((l) => l.startsWith(`${tag} `));
  return json ? (JSON.parse(json.slice(tag.length + 1)) as unknown) : null;
}

async function report(
  results: LoadResult[],
  meta: { items: number; seedMs: number; heavy: unknown; import: unknown; editions: unknown },
): Promise<void> {
  const about = results.find((r) => r.path === '/about');
  if (results.length) {
    console.log('\n| URL | requests | req/s | p50 ms | p95 ms | p99 ms | p50 / about | errors |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  }
  for (const r of results) {
    const ratio = about ? (r.p50 / Math.max(about.p50, 0.1)).toFixed(1) : '-';
    console.log(
      `| ${r.path} | ${r.requests} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} | ${ratio}x | ${r.errors + r.non2xx} |`,
    );
  }
  await mkdir(path.join(ROOT, 'bench-results'), { recursive: true });
  const file = path.join(ROOT, 'bench-results/roadmap.json');
  await writeFile(file, JSON.stringify({ date: new Date().toISOString(), ...meta, results }, null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
