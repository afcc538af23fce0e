// Issue 10 item 6: a published edition altered in the database is never served. A superuser
// bypasses the immutability triggers (SET LOCAL session_replication_role = replica) and rewrites a
// published snapshot and a stored file; the page, the downloads, the API and
// `npm run edition -- verify` refuse the edition, naming it. Editions published before seals
// existed are refused until `npm run edition -- sign` seals them.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createEdition } from '@/lib/server/commands/editions/create-edition';
import { publishEdition } from '@/lib/server/commands/editions/publish-edition';
import { EditionIntegrityError } from '@/lib/server/editions/edition-integrity';
import { verifyAllEditions } from '@/lib/server/editions/verify-editions';
import type { TestActor } from '@/lib/tooling/actors';
import { buildScenario } from '@/lib/tooling/scenario';
import { withTestDatabase } from '@/lib/tooling/with-test-database';
import EditionPage from '../(public)/editions/[year]/page';
import { GET as getJson } from '../(public)/editions/[year]/supplement.json/route';
import { GET as getPdf } from '../(public)/editions/[year]/supplement.pdf/route';
import { GET as getXlsx } from '../(public)/editions/[year]/supplement.xlsx/route';
import { GET as getEditionApi } from './editions/[year]/route';
import { GET as listEditionsApi } from './editions/route';

const ROOT = path.resolve(import.meta.dirname, '../..');
const database = withTestDatabase();
let admin: TestActor;

const request = (url: string, headers: Record<string, string> = {}) =>
  new NextRequest(`http://localhost${url}`, { headers });
const params = (year: number) => ({ params: Promise.resolve({ year: String(year) }) });
const page = (year: number) =>
  EditionPage({ params: Promise.resolve({ year: String(year) }), searchParams: Promise.resolve({}) });

/** Runs SQL as the superuser with the triggers (and foreign keys) switched off, as an attacker could. */
const asReplica = (sql: string) =>
  database.sql(`BEGIN; SET LOCAL session_replication_role = replica; ${sql}; COMMIT;`);

/** `npm run edition -- verify` against the test database: its exit code and output. */
async function verifyCommand(): Promise<{ code: number; out: string }> {
  const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
  try {
    const { stdout, stderr } = await promisify(execFile)(
      tsx,
      ['--conditions=react-server', 'scripts/edition.ts', 'verify'],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: database.url } },
    );
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

async function expectRefused(response: Response, label: string) {
  expect(response.status).toBe(500);
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe('EDITION_INTEGRITY');
  expect(body.error.message).toContain(`The ${label} failed its integrity check`);
}

async function publish(year: number) {
  await createEdition({ actor: admin, input: { year } });
  await publishEdition({ actor: admin, year });
}

beforeAll(async () => {
  const world = await buildScenario(database.prisma, {
    items: [
      { group: 'sg13', identifier: 'Y.3101', statusCode: 'APPROVED' },
      { group: 'sg13', identifier: 'Y.3102' },
    ],
  });
  admin = world.actors.admin;
  await publish(2024);
  await publish(2025);
}, 120_000);

describe('a published edition altered in the database', () => {
  it('is served while intact, from the files stored at publication', async () => {
    expect(JSON.stringify(await page(2025))).toContain('Y.3101');
    const files = await database.sql<{ format: string; lang: string }>(
      `SELECT f.format, f.lang FROM edition_file f JOIN edition e ON e.id = f.edition_id
       WHERE e.year = 2025 ORDER BY f.format`,
    );
    expect(files.rows).toEqual(['docx', 'json', 'pdf', 'xlsx'].map((format) => ({ format, lang: 'en' })));
    const stored = await database.sql<{ bytes: Buffer }>(
      `SELECT bytes FROM edition_file f JOIN edition e ON e.id = f.edition_id
       WHERE e.year = 2025 AND f.format = 'pdf'`,
    );
    const pdf = await getPdf(request('/editions/2025/supplement.pdf'), params(2025));
    expect(pdf.status).toBe(200);
    expect(Buffer.from(await pdf.arrayBuffer()).equals(stored.rows[0]!.bytes)).toBe(true);
    expect((await verifyAllEditions()).failures).toEqual([]);
    const verified = await verifyCommand();
    expect(verified.out).toContain('All 2 published edition(s) verified');
    expect(verified.code).toBe(0);
  }, 60_000);

  it('is refused by the page, the downloads, the API and the verify command after a rewrite', async () => {
    const pdf = await getPdf(request('/editions/2025/supplement.pdf'), params(2025));
    const etag = pdf.headers.get('etag')!;
    await asReplica(`
      UPDATE edition SET snapshot = jsonb_set(snapshot, '{items,0,title}', '"Altered title"')
        WHERE year = 2025;
      UPDATE edition_file SET bytes = bytes || '\\x00'::bytea, byte_size = byte_size + 1
        WHERE format = 'pdf' AND edition_id = (SELECT id FROM edition WHERE year = 2025)`);
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const error = await page(2025).then(
      () => null,
      (e: unknown) => e,
    );
    expect(log).toHaveBeenCalledWith(
      expect.stringMatching(/^\[edition integrity\] The 2025 edition failed its integrity check/),
    );
    log.mockRestore();
    expect(error).toBeInstanceOf(EditionIntegrityError);
    expect((error as EditionIntegrityError).message).toMatch(/^The 2025 edition failed its integrity check/);
    expect((error as EditionIntegrityError).digest).toBe('EDITION_INTEGRITY:2025:0');
    await expectRefused(
      await getJson(request('/editions/2025/supplement.json'), params(2025)),
      '2025 edition',
    );
    await expectRefused(await getPdf(request('/editions/2025/supplement.pdf'), params(2025)), '2025 edition');
    // Not even a 304 for a copy cached before.
    await expectRefused(
      await getPdf(request('/editions/2025/supplement.pdf', { 'if-none-match': etag }), params(2025)),
      '2025 edition',
    );
    await expectRefused(await getEditionApi(request('/api/editions/2025'), params(2025)), '2025 edition');
    // The other edition is intact and still served.
    expect((await getXlsx(request('/editions/2024/supplement.xlsx'), params(2024))).status).toBe(200);

    const { code, out } = await verifyCommand();
    expect(code).toBe(1);
    expect(out).toMatch(/FAILED {2}2025 edition: its snapshot does not match its seal/);
    expect(out).toContain('1 edition(s) failed verification and are not served: 2025 edition');
    expect(out).toContain('OK      2024 edition');
  }, 60_000);

  it('is refused when only a stored file or a field of the record was rewritten', async () => {
    await asReplica(`
      UPDATE edition_file SET bytes = overlay(bytes placing '\\x20'::bytea from 20)
        WHERE format = 'xlsx' AND edition_id = (SELECT id FROM edition WHERE year = 2024)`);
    await expectRefused(
      await getXlsx(request('/editions/2024/supplement.xlsx'), params(2024)),
      '2024 edition',
    );
    expect((await verifyAllEditions()).failures).toContainEqual({
      label: '2024 edition',
      reason: 'its stored XLSX (en) does not match its signature (its bytes were changed after publication)',
    });
    await asReplica(`UPDATE edition SET published_by_name = 'Someone else' WHERE year = 2024`);
    await expectRefused(await listEditionsApi(request('/api/editions')), '2024 edition');
  }, 60_000);
});

describe('an edition published before editions were sealed', () => {
  it('is refused until `npm run edition -- sign` seals it, and never signed when altered', async () => {
    const { signUnsealedEditions } = await import('@/lib/server/commands/editions/sign-editions');
    // Published the way the app did before seals: the row only. 2023's snapshot was altered later
    // (while it was a draft here: the row's content hash no longer matches it).
    for (const year of [2022, 2023]) {
      await createEdition({ actor: admin, input: { year } });
      await database.sql(
        `UPDATE edition SET status = 'PUBLISHED', published_at = now(), published_by_name = 'Old app'
         ${year === 2023 ? `, snapshot = jsonb_set(snapshot, '{items,0,title}', '"Altered"')` : ''}
         WHERE year = ${year}`,
      );
    }
    const error = await page(2022).then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as Error).message).toMatch(/2022 edition .* is published but not signed/);
    await expectRefused(
      await getJson(request('/editions/2022/supplement.json'), params(2022)),
      '2022 edition',
    );

    await expect(signUnsealedEditions({ actor: { ...admin, channel: 'SCRIPT' } })).rejects.toThrow(
      /2023 edition failed .* does not match the content hash it was published with: not signed/,
    );
    // 2022 was signed before 2023 was refused (each in its own transaction).
    const json = await getJson(request('/editions/2022/supplement.json'), params(2022));
    expect(json.status).toBe(200);
    expect(((await json.json()) as { year: number }).year).toBe(2022);
    const seals = await database.sql<{ year: number }>(`SELECT year FROM edition_seal ORDER BY year`);
    expect(seals.rows.map((r) => r.year)).toEqual([2022, 2024, 2025]);
  }, 60_000);

  it('is refused when the app has another signing key than the one that sealed it', async () => {
    const key = process.env.EDITION_SIGNING_KEY;
    process.env.EDITION_SIGNING_KEY = 'another-key-another-key-another-key-0123';
    try {
      await expectRefused(
        await getJson(request('/editions/2022/supplement.json'), params(2022)),
        '2022 edition',
      );
    } finally {
      process.env.EDITION_SIGNING_KEY = key;
    }
    expect((await getJson(request('/editions/2022/supplement.json'), params(2022))).status).toBe(200);
  });
});
