// Synthetic benchmark items and the `npm run db:seed` script, against PostgreSQL.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, GENERATIONS } from '../../lib/domain/labels';
import { LIFECYCLES, PROCESSES } from '../../lib/domain/lifecycle';
import { withTestDatabase } from '../../lib/tooling/with-test-database';
import { DEMO_DATA } from './data/index';
import { seedDemo, seedSynthetic } from './seed';

const ROOT = path.resolve(import.meta.dirname, '../..');

const database = withTestDatabase();
beforeAll(async () => {
  await seedDemo(database.prisma);
});

async function distinct(sql: string): Promise<string[]> {
  const { rows } = await database.sql<{ value: string }>(sql);
  return rows.map((r) => r.value).sort();
}

describe('seedSynthetic', () => {
  // Its speed is measured by `npm run bench`, not here.
  it('adds 10,000 marked items, and none on a second run', { timeout: 240_000 }, async () => {
    expect(await seedSynthetic(database.prisma, 10_000)).toBe(10_000);
    expect(await seedSynthetic(database.prisma, 10_000)).toBe(0);
    expect(await database.prisma.workItem.count({ where: { synthetic: true } })).toBe(10_000);
    expect(
      await database.prisma.workItem.count({
        where: { synthetic: true, NOT: { title: { startsWith: '[Synthetic]' } } },
      }),
    ).toBe(0);
    expect(
      await database.prisma.workItem.count({
        where: { synthetic: true, NOT: { identifier: { startsWith: 'SYN-' } } },
      }),
    ).toBe(0);
  });

  it('spreads items over statuses, kinds, generations and years with consistent histories', async () => {
    const statuses = await distinct(
      `SELECT DISTINCT process || ' ' || status_code AS value FROM work_item WHERE synthetic`,
    );
    expect(statuses).toEqual(PROCESSES.flatMap((p) => LIFECYCLES[p].map((s) => `${p} ${s.code}`)).sort());
    expect(
      (await distinct(`SELECT DISTINCT kind::text AS value FROM work_item WHERE synthetic`)).length,
    ).toBe(DOCUMENT_KINDS.length);
    expect(
      await distinct(`SELECT DISTINCT generation::text AS value FROM work_item WHERE synthetic`),
    ).toEqual([...GENERATIONS].sort());
    const years = await distinct(
      `SELECT DISTINCT extract(year FROM coalesce(approved_date, target_date))::text AS value FROM work_item WHERE synthetic`,
    );
    expect(years).toEqual(expect.arrayContaining(['2016', '2020', '2025', '2030']));
    const counts = await database.sql<{ topics: number; changes: number }>(`
      SELECT (SELECT count(*) FROM work_item_topic t WHERE t.work_item_id = wi.id)::int AS topics,
             (SELECT count(*) FROM status_change c WHERE c.work_item_id = wi.id)::int AS changes
      FROM work_item wi WHERE synthetic`);
    for (const row of counts.rows) {
      expect(row.topics).toBeGreaterThanOrEqual(1);
      expect(row.topics).toBeLessThanOrEqual(3);
      expect(row.changes).toBeGreaterThanOrEqual(1);
      expect(row.changes).toBeLessThanOrEqual(4);
    }
    const broken = await database.sql(`
      SELECT wi.identifier FROM work_item wi WHERE synthetic AND (
        (SELECT to_code FROM status_change c WHERE c.work_item_id = wi.id ORDER BY date DESC, id DESC LIMIT 1) <> wi.status_code
        OR (SELECT from_code FROM status_change c WHERE c.work_item_id = wi.id ORDER BY date, id LIMIT 1) IS NOT NULL)`);
    expect(broken.rows).toEqual([]);
  });
});

describe('npm run db:seed', () => {
  const run = (args: string[], env: NodeJS.ProcessEnv) =>
    promisify(execFile)(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/db-seed.ts', ...args], {
      cwd: ROOT,
      env,
    }).then(
      (result) => ({ code: 0, ...result }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );

  it('explains a missing DATABASE_URL or a bad --synthetic count', { timeout: 60_000 }, async () => {
    const { DATABASE_URL: _ignored, ...withoutUrl } = process.env;
    const missing = await run([], withoutUrl);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('DATABASE_URL is not set');
    const bad = await run(['--synthetic', 'many'], { ...process.env, DATABASE_URL: database.url });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--synthetic needs a whole number');
  });

  it(
    'seeds DATABASE_URL idempotently and adds only missing synthetic items',
    { timeout: 60_000 },
    async () => {
      const result = await run(['--synthetic', '10002'], { ...process.env, DATABASE_URL: database.url });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`Demo roadmap: ${DEMO_DATA.workItems.length} work items`);
      expect(result.stdout).toContain('added 2 of 10002');
    },
  );
});
