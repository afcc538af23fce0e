// Random and hostile input at every write route (fast-check): the answer is always a 4xx with a
// message (naming the field for 400/422) or a 2xx, never a 5xx, and a refused write changes
// nothing. Text that merely looks like HTML or SQL is valid: stored verbatim, rendered escaped.
import fc from 'fast-check';
import { NextRequest } from 'next/server';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { EditorList } from '@/components/work-item/editor-list';
import { WorkItemHeader } from '@/components/work-item/work-item-header';
import { LIAISON_FORM_FIELDS } from '@/lib/domain/liaison-form';
import { todayUtc } from '@/lib/domain/liaisons';
import { ROADMAP_COLUMNS } from '@/lib/domain/roadmap-csv';
import { WORK_ITEM_FIELDS } from '@/lib/domain/work-item-state';
import { getWorkItem } from '@/lib/server/queries/get-work-item';
import { databaseFingerprint } from '@/lib/tooling/fingerprint';
import { buildScenario, type GroupRef } from '@/lib/tooling/scenario';
import { withTestDatabase } from '@/lib/tooling/with-test-database';
import { POST as postImport } from './import/route';
import { GET as getItem, PATCH as patchItem } from './items/[identifier]/route';
import { POST as postStatus } from './items/[identifier]/status/route';
import { POST as postVerify } from './items/[identifier]/verify/route';
import { POST as postItem } from './items/route';
import { GET as getLiaison, PATCH as patchLiaison } from './liaisons/[reference]/route';
import { POST as postLiaison } from './liaisons/route';

// Deterministic by default; FC_SEED=<n> replays a failure (fast-check prints the seed and path).
const SEED = Number(process.env.FC_SEED ?? 20261123);
const RUNS = 25;
const PROPERTY_TIMEOUT = 120_000;

const database = withTestDatabase();
let token: string;
let q6: GroupRef;
let sg17: GroupRef;
const ITEM = 'Y.5000';
const LIAISON = 'LS-hostile';
let serial = 0;
const unique = () => ++serial;

type Handler = (
  request: NextRequest,
  context: { params: Promise<Record<string, string>> },
) => Promise<Response>;

interface Route {
  method: 'POST' | 'PATCH';
  path: (segment: string) => string;
  handler: Handler;
  /** The path parameter's name and the existing target, for routes under /<identifier>. */
  param?: { name: string; value: string };
  /** A valid body (fresh: a new identifier or reference each time, the current version). */
  valid: () => Record<string, unknown> | Promise<Record<string, unknown>>;
}

const currentVersion = async (table: 'work_item' | 'liaison', column: string, value: string) =>
  Number(
    (await database.sql<{ v: number }>(`SELECT version AS v FROM ${table} WHERE ${column} = $1`, [value]))
      .rows[0]?.v ?? 1,
  );
const itemVersion = () => currentVersion('work_item', 'identifier', ITEM);

// Route handlers have different context types; they all take (request, { params }).
const asHandler = (h: unknown) => h as Handler;

const ROUTES: Record<string, Route> = {
  'POST /api/items': {
    method: 'POST',
    path: () => '/api/items',
    handler: asHandler(postItem),
    valid: () => ({
      workingName: `Y.IMT2030-h${unique()}`,
      title: 'Hostile test item',
      kind: 'ITU_RECOMMENDATION',
      generation: 'IMT2030',
      group: q6.path,
      topics: ['network-slicing'],
      process: 'AAP',
      status: 'UNDER_STUDY',
      startDate: '2025-01-01',
      targetDate: '2026-01-01',
      summary: 'Summary',
      editors: [{ name: 'Ann Editor', email: 'ann@example.org', role: 'EDITOR' }],
      relations: [],
    }),
  },
  'PATCH /api/items/<id>': {
    method: 'PATCH',
    path: (s) => `/api/items/${s}`,
    handler: asHandler(patchItem),
    param: { name: 'identifier', value: ITEM },
    valid: async () => ({ version: await itemVersion(), title: `Title ${unique()}`, summary: 'S' }),
  },
  'POST /api/items/<id>/status': {
    method: 'POST',
    path: (s) => `/api/items/${s}/status`,
    handler: asHandler(postStatus),
    param: { name: 'identifier', value: ITEM },
    valid: async () => ({ version: await itemVersion(), status: 'CONSENTED', date: todayUtc(), note: 'n' }),
  },
  'POST /api/items/<id>/verify': {
    method: 'POST',
    path: (s) => `/api/items/${s}/verify`,
    handler: asHandler(postVerify),
    param: { name: 'identifier', value: ITEM },
    valid: async () => ({ version: await itemVersion(), comment: 'Checked' }),
  },
  'POST /api/liaisons': {
    method: 'POST',
    path: () => '/api/liaisons',
    handler: asHandler(postLiaison),
    valid: () => ({
      reference: `LS-h${unique()}`,
      title: 'Hostile liaison',
      direction: 'OUTGOING',
      purpose: 'FOR_ACTION',
      from: q6.path,
      to: [sg17.path],
      date: '2026-01-10',
      deadline: '2026-03-01',
      workItems: [ITEM],
    }),
  },
  'PATCH /api/liaisons/<ref>': {
    method: 'PATCH',
    path: (s) => `/api/liaisons/${s}`,
    handler: asHandler(patchLiaison),
    param: { name: 'reference', value: LIAISON },
    valid: async () => ({
      version: await currentVersion('liaison', 'reference', LIAISON),
      title: `Title ${unique()}`,
    }),
  },
};
const ROUTE_NAMES = Object.keys(ROUTES);

interface Sent {
  body?: BodyInit | null;
  contentType?: string | null;
  /** The path segment as sent (already encoded); the route's existing target when absent. */
  segment?: string;
}

async function send(route: Route, sent: Sent): Promise<Response> {
  const segment = sent.segment ?? encodeURIComponent(route.param?.value ?? '');
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  const contentType = sent.contentType === undefined ? 'application/json' : sent.contentType;
  if (contentType !== null) headers['content-type'] = contentType;
  const request = new NextRequest(`http://localhost${route.path(segment)}`, {
    method: route.method,
    headers,
    body: sent.body ?? null,
  });
  const params = route.param ? { [route.param.name]: segment } : {};
  return route.handler(request, { params: Promise.resolve(params) });
}

const REFUSALS = [400, 401, 403, 404, 409, 413, 422];

/** Sends, then checks the answer's status and shape, and that a refusal wrote nothing. */
async function expectSafe(route: Route, sent: Sent): Promise<number> {
  const before = await databaseFingerprint(database);
  const response = await send(route, sent);
  const status = response.status;
  const text = await response.text();
  if (status >= 200 && status < 300) return status;
  expect(REFUSALS, `status ${status}: ${text.slice(0, 500)}`).toContain(status);
  const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown; field?: unknown } };
  expect(typeof body.error?.code).toBe('string');
  expect(body.error?.message, text.slice(0, 500)).toEqual(expect.stringMatching(/\S/));
  if (status === 400 || status === 422) {
    expect(body.error?.field, text.slice(0, 500)).toEqual(expect.stringMatching(/\S/));
    // The message names the field (its first segment, "editors" for "editors.0.email"); an
    // import's problems are with the whole uploaded file, which `field` names.
    const top = String(body.error?.field).split('.')[0]!;
    if (top !== 'file') expect(String(body.error?.message), text.slice(0, 500)).toContain(top);
  }
  expect(await databaseFingerprint(database)).toEqual(before);
  return status;
}

// ---- Arbitraries ----

const HUGE = 'x'.repeat(100_000);
const hostileScalar = fc.constantFrom<unknown>(
  null,
  true,
  false,
  0,
  -1,
  1.5,
  1e308,
  -1e308,
  2 ** 53 + 2,
  '',
  ' ',
  '1',
  '2',
  'null',
  'true',
  '[]',
  '{}',
  '2026-02-30',
  '2026-13-01',
  '99999-01-01',
  '2026-2-3',
  '0000-00-00',
  '1899-12-31',
  '2200-01-01',
  '2026-01-01T00:00:00Z',
  'NaN',
  'UNKNOWN_VALUE',
  'under_study',
  'itu-t/../sg13',
  'javascript:alert(1)',
  'http://',
  '\u0000',
  'a\u0007b',
  'line\nbreak',
  '\ud800',
  '\u202e',
  HUGE,
  `${HUGE}\u0000`,
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileScalar },
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.array(fc.oneof(hostileScalar, fc.jsonValue({ maxDepth: 2 })), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
  fc.jsonValue({ maxDepth: 4 }),
);
/** Lists of objects with hostile members, where lists of objects are expected (editors, relations). */
const hostileList = fc.array(
  fc.oneof(
    hostileValue,
    fc.record(
      {
        name: hostileValue,
        email: hostileValue,
        role: hostileValue,
        type: hostileValue,
        identifier: hostileValue,
      },
      { requiredKeys: [] },
    ),
  ),
  { minLength: 1, maxLength: 3 },
);

// Every field of the write API: a work item's, a liaison's, and the few beside them.
const KNOWN_FIELDS: string[] = [
  ...new Set(['version', 'comment', ...WORK_ITEM_FIELDS, 'note', ...LIAISON_FORM_FIELDS]),
];
const unknownKey = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 20 }),
    fc.constantFrom('__proto__', 'constructor', 'id', 'Title', 'title '),
  )
  .filter((k) => !KNOWN_FIELDS.includes(k));

/** A body change: the whole body replaced, fields replaced, or unknown fields added. */
type Mutation =
  | { kind: 'whole'; value: unknown }
  | { kind: 'fields'; changes: [string, unknown][] }
  | { kind: 'extra'; extra: [string, unknown][] };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('whole' as const), value: fc.oneof(fc.jsonValue(), hostileValue) }),
  fc.record({
    kind: fc.constant('fields' as const),
    changes: fc.array(
      fc.oneof(
        fc.tuple(fc.constantFrom(...KNOWN_FIELDS), hostileValue),
        fc.tuple(fc.constantFrom('editors', 'relations', 'to', 'topics', 'workItems'), hostileList),
      ),
      { minLength: 1, maxLength: 3 },
    ),
  }),
  fc.record({
    kind: fc.constant('extra' as const),
    extra: fc.array(fc.tuple(unknownKey, fc.jsonValue({ maxDepth: 2 })), { minLength: 1, maxLength: 3 }),
  }),
);

function apply(valid: Record<string, unknown>, m: Mutation): unknown {
  if (m.kind === 'whole') return m.value;
  const out: Record<string, unknown> = { ...valid };
  for (const [key, value] of m.kind === 'fields' ? m.changes : m.extra) {
    // defineProperty: a "__proto__" key must become an own member of the JSON, as a client would send it.
    Object.defineProperty(out, key, { value, enumerable: true, configurable: true, writable: true });
  }
  return out;
}

const VALID_JSON_SAMPLE = JSON.stringify({ version: 1, title: 'x', editors: [{ name: 'a' }] });
/** Bodies that are not JSON, or not acceptable JSON requests. */
const rawBody = fc.oneof(
  fc.nat({ max: VALID_JSON_SAMPLE.length - 1 }).map((n) => ({ body: VALID_JSON_SAMPLE.slice(0, n) })),
  fc
    .uint8Array({ minLength: 1, maxLength: 64 })
    .map((bytes) => ({ body: Uint8Array.from([0xff, 0xfe, ...bytes]) })),
  fc.constantFrom<Sent>(
    { body: '' },
    { body: null },
    { body: '   \n ' },
    { body: 'null' },
    { body: '"just a string"' },
    { body: '[1,2,3]' },
    { body: '{"title": "x",}' },
    { body: "{'title': 'x'}" },
    { body: '{"title": "\\ud800"}' },
    { body: Uint8Array.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]) }, // {"t":"\xc3(" }
    { body: VALID_JSON_SAMPLE, contentType: null },
    { body: VALID_JSON_SAMPLE, contentType: 'text/plain' },
    { body: 'title=x&version=1', contentType: 'application/x-www-form-urlencoded' },
    { body: VALID_JSON_SAMPLE, contentType: 'multipart/form-data; boundary=x' },
    { body: VALID_JSON_SAMPLE, contentType: 'application/jsonp' },
    { body: `{"title": "${'y'.repeat(2 * 1024 * 1024)}"}` },
    { body: `[${'['.repeat(50_000)}${']'.repeat(50_000)}]` },
  ),
);
/** Path segments naming no item, as they arrive in the URL (percent-encoded). */
const hostileSegment = fc.oneof(
  fc.constantFrom('%00', 'Y.5000%00', '%0A', '..', '%2E%2E', 'a%2Fb', '%25', ' ', '%20', 'x'.repeat(10_000)),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }).map((s) => encodeURIComponent(s)),
);
/** Segments that are not valid percent-encoding (a lone "%", a truncated or non-UTF-8 escape). */
const MALFORMED_SEGMENTS = ['%', '%E0%A4%A', '%C3%28', '100%'];

// ---- Set-up ----

beforeAll(async () => {
  const world = await buildScenario(database.prisma, {
    items: [{ group: 'q6', identifier: ITEM, statusCode: 'UNDER_STUDY', startDate: '2025-01-01' }],
  });
  ({ q6, sg17 } = world.groups);
  await world.addLiaison({
    reference: LIAISON,
    title: 'Liaison',
    direction: 'INCOMING',
    purpose: 'FOR_ACTION',
    from: 'sg17',
    date: '2026-01-10',
    to: ['q6'],
  });
  // An admin: permissions never hide a validation problem.
  token = await world.tokenFor(world.actors.admin, { name: 'hostile' });
});

// ---- Properties ----

describe('the valid bodies the properties start from', () => {
  it.each(ROUTE_NAMES)('%s accepts its valid body', async (name) => {
    const route = ROUTES[name]!;
    const response = await send(route, { body: JSON.stringify(await route.valid()) });
    expect(response.status, await response.text()).toBeLessThan(300);
  });
});

describe.each(ROUTE_NAMES)('%s with hostile input', (name) => {
  const route = ROUTES[name]!;

  it(
    'answers random and mutated JSON bodies with a 2xx or a 4xx that names the field, never a 5xx',
    async () => {
      await fc.assert(
        fc.asyncProperty(mutation, async (m) => {
          const body = apply(await route.valid(), m);
          await expectSafe(route, { body: JSON.stringify(body) });
        }),
        { numRuns: RUNS, seed: SEED },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'refuses malformed, empty, mistyped, oversized and non-UTF-8 bodies with a 4xx',
    async () => {
      await fc.assert(
        fc.asyncProperty(rawBody, async (sent) => {
          const status = await expectSafe(route, sent);
          expect(status).toBeGreaterThanOrEqual(400);
        }),
        { numRuns: RUNS, seed: SEED },
      );
    },
    PROPERTY_TIMEOUT,
  );

  if (route.param) {
    // Next.js has decoded the segment already: a "%" left in it must not be decoded a second time.
    it.each(MALFORMED_SEGMENTS)('answers the malformed segment "%s" with a 4xx', async (segment) => {
      const status = await expectSafe(route, { segment, body: JSON.stringify(await route.valid()) });
      expect(status).toBeGreaterThanOrEqual(400);
    });

    it(
      'answers unknown and malformed path segments with a 4xx',
      async () => {
        await fc.assert(
          fc.asyncProperty(hostileSegment, async (segment) => {
            const status = await expectSafe(route, { segment, body: JSON.stringify(await route.valid()) });
            expect(status).toBeGreaterThanOrEqual(400);
          }),
          { numRuns: RUNS, seed: SEED },
        );
      },
      PROPERTY_TIMEOUT,
    );
  }
});

describe('POST /api/import with hostile files', () => {
  const importRoute = (dryRun: boolean): Route => ({
    method: 'POST',
    path: () => `/api/import?group=${encodeURIComponent(q6.path)}${dryRun ? '&dryRun=1' : ''}`,
    handler: asHandler(postImport),
    valid: () => ({}),
  });
  const header = ROADMAP_COLUMNS.join(',');
  const cell = fc.oneof(
    hostileScalar.map((v) => String(v).slice(0, 2000)),
    fc.string({ maxLength: 20 }),
  );
  const file = fc.oneof(
    fc.uint8Array({ maxLength: 300 }),
    fc
      .array(fc.array(cell, { minLength: 1, maxLength: ROADMAP_COLUMNS.length + 2 }), { maxLength: 4 })
      .map((rows) => `${header}\n${rows.map((r) => r.map((c) => JSON.stringify(c)).join(',')).join('\n')}`),
  );

  it(
    'answers a preview or a 4xx, never a 5xx, and a dry run never writes',
    async () => {
      await fc.assert(
        fc.asyncProperty(file, fc.boolean(), async (bytes, dryRun) => {
          const before = await databaseFingerprint(database);
          const status = await expectSafe(importRoute(dryRun), { body: bytes, contentType: 'text/csv' });
          if (dryRun) expect(await databaseFingerprint(database)).toEqual(before);
          expect(status).toBeLessThan(500);
        }),
        { numRuns: RUNS, seed: SEED },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'refuses a hostile previewToken with 400 or 409 on previewToken, writing nothing',
    async () => {
      const csv = `${header}\n`;
      const withToken = (raw: string): Route => ({
        ...importRoute(false),
        path: () => `/api/import?group=${encodeURIComponent(q6.path)}&previewToken=${raw}`,
      });
      await fc.assert(
        fc.asyncProperty(fc.oneof(hostileSegment, fc.constantFrom(...MALFORMED_SEGMENTS)), async (raw) => {
          const status = await expectSafe(withToken(raw), { body: csv, contentType: 'text/csv' });
          expect([400, 409]).toContain(status);
        }),
        { numRuns: RUNS, seed: SEED },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

// ---- Text that looks like markup or SQL ----

const LOOKALIKES = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'; DROP TABLE work_item; --",
  "' OR '1'='1",
  'Robert"); DELETE FROM "user"; --',
  '%_\\',
  '\\x00',
  '&amp; &lt; &#x3C;',
  '{{constructor.constructor("alert(1)")()}}',
  '${process.exit(1)}',
  '🚀📡',
  'ZWJ 👩‍👩‍👧',
  'مرحبا بالعالم',
  'עברית \u202e RTL \u202c',
  'e\u0301 combining',
  'Ω≈ç√∫',
  '日本語テキスト',
];
const lookalikeText = (maxParts: number) =>
  fc
    .array(
      fc.oneof(fc.constantFrom(...LOOKALIKES), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 })),
      {
        minLength: 1,
        maxLength: maxParts,
      },
    )
    .map((parts) => parts.join(' ').trim())
    .filter((s) => s.length > 0 && !/[\u0000-\u001f\u007f]/.test(s));

/** What React writes for text content. */
const escapeHtml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;');

describe('text that looks like HTML or SQL', () => {
  it(
    'is accepted, stored verbatim, read back equal and rendered escaped',
    async () => {
      const itemsRoute = ROUTES['POST /api/items']!;
      await fc.assert(
        fc.asyncProperty(
          lookalikeText(6),
          lookalikeText(8),
          lookalikeText(3),
          async (title, summary, editor) => {
            const base = await itemsRoute.valid();
            const body = {
              ...base,
              title: title.slice(0, 500).trim(),
              summary: `${summary}\n\t${summary}`,
              editors: [{ name: editor.slice(0, 200).trim() }],
            };
            const created = await send(itemsRoute, { body: JSON.stringify(body) });
            expect(created.status, await created.clone().text()).toBe(201);
            const identifier = String(base.workingName);
            const read = await getItem(
              new NextRequest(`http://localhost/api/items/${encodeURIComponent(identifier)}`),
              {
                params: Promise.resolve({ identifier: encodeURIComponent(identifier) }),
              },
            );
            expect(read.status).toBe(200);
            const item = (await read.json()) as {
              title: string;
              summary: string;
              editors: { name: string }[];
            };
            expect(item.title).toBe(body.title);
            expect(item.summary).toBe(body.summary);
            expect(item.editors.map((e) => e.name)).toEqual([body.editors[0]!.name]);

            const found = await getWorkItem(identifier);
            if (found.kind !== 'found') throw new Error(`${identifier} not found`);
            const header = renderToStaticMarkup(createElement(WorkItemHeader, { item: found.item }));
            const editors = renderToStaticMarkup(createElement(EditorList, { editors: found.item.editors }));
            expect(header).toContain(escapeHtml(body.title));
            expect(editors).toContain(escapeHtml(body.editors[0]!.name));
            for (const html of [header, editors]) {
              expect(html).not.toMatch(/<script|<img|<svg/i);
            }
          },
        ),
        { numRuns: RUNS, seed: SEED },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'in a liaison title is stored verbatim and read back equal',
    async () => {
      const liaisonRoute = ROUTES['POST /api/liaisons']!;
      await fc.assert(
        fc.asyncProperty(lookalikeText(6), async (title) => {
          const base = await liaisonRoute.valid();
          const body = { ...base, title: title.slice(0, 500).trim() };
          const created = await send(liaisonRoute, { body: JSON.stringify(body) });
          expect(created.status, await created.clone().text()).toBe(201);
          const reference = String(base.reference);
          const read = await getLiaison(new NextRequest(`http://localhost/api/liaisons/${reference}`), {
            params: Promise.resolve({ reference }),
          });
          expect(((await read.json()) as { title: string }).title).toBe(body.title);
        }),
        { numRuns: RUNS, seed: SEED },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
