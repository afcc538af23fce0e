import { Ajv2020 } from 'ajv/dist/2020.js';
import ExcelJS from 'exceljs';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { snapshotSchema } from '@/lib/domain/edition/snapshot';
import { editionListResponseSchema, editionResponseSchema } from '@/lib/domain/schemas/edition-api';
import { buildScenario } from '@/lib/tooling/scenario';
import { withTestDatabase } from '@/lib/tooling/with-test-database';
import { GET as getSchema } from '../(public)/editions/schema.json/route';
import { GET as getDocx } from '../(public)/editions/[year]/supplement.docx/route';
import { GET as getJson } from '../(public)/editions/[year]/supplement.json/route';
import { GET as getPdf } from '../(public)/editions/[year]/supplement.pdf/route';
import { GET as getXlsx } from '../(public)/editions/[year]/supplement.xlsx/route';
import { POST as publish } from './editions/[year]/publish/route';
import { POST as refresh } from './editions/[year]/refresh/route';
import { GET as getEdition } from './editions/[year]/route';
import { GET as listEditions, POST as createEdition } from './editions/route';

// The edition endpoints and downloads as HTTP sees them: a coordinator's token creates, refreshes
// and publishes; others get 401/403; a published edition answers 409 to every change (the
// database refuses plain SQL too); the four downloads of a published edition, read back.

const database = withTestDatabase();
const tokens: Record<'coordinator' | 'rapporteur', string> = { coordinator: '', rapporteur: '' };
const YEAR = 2026;

function request(
  path: string,
  init: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  return new NextRequest(`http://localhost${path}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}
const params = (year: string | number) => ({ params: Promise.resolve({ year: String(year) }) });
const post = (path: string, token?: string, body?: unknown) => request(path, { method: 'POST', token, body });
type Json = Record<string, unknown>;

beforeAll(async () => {
  const world = await buildScenario(database.prisma, {
    items: [
      {
        group: 'sg13',
        identifier: 'Y.3101',
        statusCode: 'APPROVED',
        approvedDate: '2018-01-13',
        topics: ['slicing'],
      },
      { group: 'sg13', identifier: 'Y.3102', targetDate: '2026-07-01' },
    ],
  });
  tokens.coordinator = await world.tokenFor(world.actors.coordinator);
  tokens.rapporteur = await world.tokenFor(world.actors.rapporteur);
});

describe('edition API', () => {
  it('lets only coordinators create a draft (201), which the public does not see', async () => {
    expect((await createEdition(post('/api/editions', undefined, { year: YEAR }))).status).toBe(401);
    expect((await createEdition(post('/api/editions', tokens.rapporteur, { year: YEAR }))).status).toBe(403);
    expect((await createEdition(post('/api/editions', tokens.coordinator, { year: 1999 }))).status).toBe(400);
    expect(
      (await createEdition(post('/api/editions', tokens.coordinator, { year: YEAR, scope: { bodies: 'x' } })))
        .status,
    ).toBe(400);
    const created = await createEdition(post('/api/editions', tokens.coordinator, { year: YEAR }));
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`http://localhost/api/editions/${YEAR}`);
    const body = (await created.json()) as unknown;
    expect(editionResponseSchema.strict().parse(body)).toEqual(body);
    expect(body).toMatchObject({
      year: YEAR,
      revision: 0,
      status: 'DRAFT',
      itemCount: 2,
      links: { page: `/editions/${YEAR}?draft=1`, xlsx: `/editions/${YEAR}/supplement.xlsx?draft=1` },
    });
    expect((await createEdition(post('/api/editions', tokens.coordinator, { year: YEAR }))).status).toBe(409);

    expect(await (await listEditions(request('/api/editions'))).json()).toEqual({ editions: [] });
    expect((await listEditions(request('/api/editions?drafts=1'))).status).toBe(401);
    expect((await listEditions(request('/api/editions?drafts=1', { token: tokens.rapporteur }))).status).toBe(
      403,
    );
    const drafts = (await (
      await listEditions(request('/api/editions?drafts=1', { token: tokens.coordinator }))
    ).json()) as { editions: Json[] };
    expect(drafts.editions.map((e) => e.label)).toEqual([`${YEAR} edition`]);
    editionListResponseSchema.parse(drafts);
    expect((await getEdition(request(`/api/editions/${YEAR}`), params(YEAR))).status).toBe(404);
  });

  it('serves the draft only to coordinators, never cached', async () => {
    expect((await getXlsx(request(`/editions/${YEAR}/supplement.xlsx`), params(YEAR))).status).toBe(404);
    expect((await getXlsx(request(`/editions/${YEAR}/supplement.xlsx?draft=1`), params(YEAR))).status).toBe(
      401,
    );
    const forbidden = request(`/editions/${YEAR}/supplement.xlsx?draft=1`, { token: tokens.rapporteur });
    expect((await getXlsx(forbidden, params(YEAR))).status).toBe(403);
    const draft = await getJson(
      request(`/editions/${YEAR}/supplement.json?draft=1`, { token: tokens.coordinator }),
      params(YEAR),
    );
    expect(draft.status).toBe(200);
    expect(draft.headers.get('cache-control')).toBe('no-store');
    expect(draft.headers.get('content-disposition')).toContain(`IMT-roadmap-${YEAR}-edition-draft.json`);
  });

  it('refreshes (empty body with a token) and publishes with the version; then every change is a 409', async () => {
    const path = `/api/editions/${YEAR}`;
    expect((await refresh(post(`${path}/refresh`), params(YEAR))).status).toBe(401);
    expect((await refresh(post(`${path}/refresh`, tokens.rapporteur), params(YEAR))).status).toBe(403);
    expect((await refresh(post('/api/editions/1999/refresh', tokens.coordinator), params(1999))).status).toBe(
      404,
    );
    const refreshed = await refresh(post(`${path}/refresh`, tokens.coordinator), params(YEAR));
    expect(refreshed.status).toBe(200);
    const { version } = (await refreshed.json()) as { version: number };
    expect(
      (await publish(post(`${path}/publish`, tokens.coordinator, { version: version - 1 }), params(YEAR)))
        .status,
    ).toBe(409);
    expect(
      (await publish(post(`${path}/publish`, tokens.coordinator, { version, extra: 1 }), params(YEAR)))
        .status,
    ).toBe(400);
    const published = await publish(
      post(`${path}/publish`, tokens.coordinator, { version, comment: 'Agreed at the SG13 meeting' }),
      params(YEAR),
    );
    expect(published.status).toBe(200);
    expect(await published.json()).toMatchObject({
      status: 'PUBLISHED',
      links: { page: `/editions/${YEAR}` },
    });

    const before = await database.sql<{ xmin: string }>(
      `SELECT xmin::text FROM edition WHERE year = ${YEAR}`,
    );
    expect((await publish(post(`${path}/publish`, tokens.coordinator), params(YEAR))).status).toBe(409);
    const again = await refresh(post(`${path}/refresh`, tokens.coordinator), params(YEAR));
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { message: string } }).error.message).toMatch(/corrigendum/);
    await expect(database.sql(`UPDATE edition SET item_count = 0 WHERE year = ${YEAR}`)).rejects.toThrow(
      /published/,
    );
    const after = await database.sql<{ xmin: string }>(`SELECT xmin::text FROM edition WHERE year = ${YEAR}`);
    expect(after.rows).toEqual(before.rows);
    expect(await (await getEdition(request(path), params(YEAR))).json()).toMatchObject({
      status: 'PUBLISHED',
    });
  });

  it('downloads the published edition in four formats, cached for ever', async () => {
    const formats = [
      [getDocx, 'docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      [getXlsx, 'xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      [getPdf, 'pdf', 'application/pdf'],
      [getJson, 'json', 'application/json; charset=utf-8'],
    ] as const;
    const bodies = new Map<string, ArrayBuffer>();
    for (const [get, ext, type] of formats) {
      const path = `/editions/${YEAR}/supplement.${ext}`;
      const response = await get(request(path), params(YEAR));
      expect(response.status, ext).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('content-disposition')).toContain(
        `filename="IMT-roadmap-${YEAR}-edition.${ext}"`,
      );
      const etag = response.headers.get('etag')!;
      expect(etag).toMatch(new RegExp(`-${ext}-`));
      bodies.set(ext, await response.arrayBuffer());
      const cached = await get(request(path, { headers: { 'if-none-match': etag } }), params(YEAR));
      expect(cached.status).toBe(304);
      expect((await get(request(`/editions/2031/supplement.${ext}`), params(2031))).status).toBe(404);
      expect((await get(request(`/editions/abc/supplement.${ext}`), params('abc'))).status).toBe(404);
    }
    expect(new TextDecoder().decode(bodies.get('pdf')!.slice(0, 5))).toBe('%PDF-');
    expect(new Uint8Array(bodies.get('docx')!.slice(0, 2))).toEqual(new Uint8Array([0x50, 0x4b]));

    const snapshot = snapshotSchema.parse(JSON.parse(new TextDecoder().decode(bodies.get('json'))));
    expect(snapshot.items.map((i) => i.identifier)).toEqual(['Y.3101', 'Y.3102']);
    const schema = (await getSchema(request('/editions/schema.json')).json()) as object;
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(JSON.parse(new TextDecoder().decode(bodies.get('json'))))).toBe(true);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bodies.get('xlsx')!);
    const identifiers: unknown[] = [];
    workbook.getWorksheet('Roadmap')!.eachRow((row, n) => n > 1 && identifiers.push(row.getCell(1).value));
    expect(identifiers).toEqual(['Y.3101', 'Y.3102']);
    expect(workbook.getWorksheet('Network slicing')!.rowCount).toBe(2);
  });

  it('lists the published edition publicly, and corrects it only by a corrigendum', async () => {
    const list = (await (await listEditions(request('/api/editions'))).json()) as { editions: Json[] };
    expect(list.editions).toEqual([
      expect.objectContaining({ year: YEAR, status: 'PUBLISHED', itemCount: 2 }),
    ]);
    const corrigendum = await createEdition(
      post('/api/editions', tokens.coordinator, { year: YEAR, corrigendum: true }),
    );
    expect(corrigendum.status).toBe(201);
    expect(await corrigendum.json()).toMatchObject({
      revision: 1,
      status: 'DRAFT',
      label: `${YEAR} edition, Corrigendum 1`,
    });
    // The published text is still what the public downloads.
    const json = await getJson(request(`/editions/${YEAR}/supplement.json`), params(YEAR));
    expect(((await json.json()) as Json).revision).toBe(0);
  });
});
