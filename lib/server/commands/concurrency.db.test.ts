// Races through the API: writers that start from the same version queue on the row lock, exactly
// one wins and every other gets a 409 saying what changed; the history stays one unbroken chain.
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { POST as postItem } from '@/app/api/items/route';
import { PATCH as patchItem } from '@/app/api/items/[identifier]/route';
import { POST as postStatus } from '@/app/api/items/[identifier]/status/route';
import { POST as postVerify } from '@/app/api/items/[identifier]/verify/route';
import { PATCH as patchLiaison } from '@/app/api/liaisons/[reference]/route';
import { nextStatuses } from '@/lib/domain/lifecycle';
import { todayUtc } from '@/lib/domain/liaisons';
import { makeWorkItem } from '@/lib/tooling/factories';
import { buildScenario, type GroupRef } from '@/lib/tooling/scenario';
import { withTestDatabase } from '@/lib/tooling/with-test-database';

const N = 10;

const database = withTestDatabase();
let token: string;
let q6: GroupRef;
let sg17: GroupRef;
let serial = 0;

interface Answer {
  status: number;
  body: { version?: number; error?: { code: string; message: string; field?: string } };
}

async function answer(response: Promise<Response>): Promise<Answer> {
  const r = await response;
  return { status: r.status, body: (await r.json()) as Answer['body'] };
}

const json = (method: string, path: string, body: unknown) =>
  new NextRequest(`http://localhost${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const params = <P>(value: P) => ({ params: Promise.resolve(value) });

const patch = (identifier: string, body: unknown) =>
  answer(patchItem(json('PATCH', `/api/items/${identifier}`, body), params({ identifier })));
const status = (identifier: string, body: unknown) =>
  answer(postStatus(json('POST', `/api/items/${identifier}/status`, body), params({ identifier })));
const verify = (identifier: string, body: unknown) =>
  answer(postVerify(json('POST', `/api/items/${identifier}/verify`, body), params({ identifier })));

async function freshItem() {
  const item = await makeWorkItem(database.prisma, { groupId: q6.id, identifier: `Y.${9000 + ++serial}` });
  return { identifier: item.identifier, id: item.id, version: item.version, status: item.statusCode };
}

const count = async (sql: string, values: unknown[]) =>
  Number((await database.sql<{ n: number }>(sql, values)).rows[0]?.n);
const auditRows = (entityType: string, id: number) =>
  count('SELECT count(*)::int AS n FROM audit_event WHERE entity_type = $1 AND entity_id = $2', [
    entityType,
    String(id),
  ]);

/** Exactly one 2xx; every other answer a 409 on `version` whose message names what changed. */
function expectOneWinner(answers: Answer[], changedField: string): Answer {
  const winners = answers.filter((a) => a.status < 300);
  const losers = answers.filter((a) => a.status >= 300);
  expect(winners.map((a) => a.status)).toHaveLength(1);
  for (const loser of losers) {
    expect(loser.status).toBe(409);
    expect(loser.body.error).toMatchObject({ code: 'CONFLICT', field: 'version' });
    expect(loser.body.error?.message).toContain(changedField);
  }
  return winners[0]!;
}

beforeAll(async () => {
  const world = await buildScenario(database.prisma);
  ({ q6, sg17 } = world.groups);
  token = await world.tokenFor(world.actors.rapporteur, { name: 'race' });
});

describe('parallel writes from the same version', () => {
  it(`${N} PATCHes: one wins, ${N - 1} get a 409 saying the title changed`, async () => {
    const item = await freshItem();
    const answers = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        patch(item.identifier, { version: item.version, title: `Title ${i}` }),
      ),
    );
    const winner = expectOneWinner(answers, 'title');
    expect(winner.body.version).toBe(item.version + 1);
    const row = await database.prisma.workItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(row.version).toBe(item.version + 1);
    expect(row.title).toBe((winner.body as { title?: string }).title);
    expect(await auditRows('work_item', item.id)).toBe(1);
  });

  it(`rounds of ${N} status changes leave one unbroken history chain`, async () => {
    const item = await freshItem();
    let version = item.version;
    let current = item.status;
    const ROUNDS = 5;
    for (let round = 0; round < ROUNDS; round++) {
      // Not final and not approved (whose next statuses are final), so that whichever writer wins,
      // the next round has somewhere to go: the AAP lifecycle loops back to UNDER_STUDY.
      const allowed = nextStatuses('AAP', current)
        .filter((s) => s.next.length > 0 && s.stage !== 'APPROVED')
        .map((s) => s.code);
      expect(allowed.length).toBeGreaterThan(0);
      const answers = await Promise.all(
        Array.from({ length: N }, (_, i) =>
          status(item.identifier, {
            version,
            status: allowed[i % allowed.length],
            date: todayUtc(),
            note: `round ${round} writer ${i}`,
          }),
        ),
      );
      const winner = expectOneWinner(answers, 'status');
      version += 1;
      expect(winner.body.version).toBe(version);
      current = (winner.body as { status?: { code: string } }).status?.code ?? '';
      expect(allowed).toContain(current);
    }
    const history = await database.sql<{ from_code: string | null; to_code: string; date: Date }>(
      'SELECT from_code, to_code, date FROM status_change WHERE work_item_id = $1 ORDER BY id',
      [item.id],
    );
    expect(history.rows).toHaveLength(1 + ROUNDS);
    for (const [i, row] of history.rows.entries()) {
      const previous = history.rows[i - 1];
      if (!previous) continue;
      expect(row.from_code).toBe(previous.to_code);
      expect(row.date.getTime()).toBeGreaterThanOrEqual(previous.date.getTime());
    }
    const stored = await database.prisma.workItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(stored.statusCode).toBe(history.rows.at(-1)?.to_code);
    expect(stored.statusCode).toBe(current);
    expect(stored.version).toBe(1 + ROUNDS);
    expect(await auditRows('work_item', item.id)).toBe(ROUNDS);
  });

  it('a mixed race (PATCH, status change, verify) has exactly one winner', async () => {
    const item = await freshItem();
    const next = nextStatuses('AAP', item.status)[0]!.code;
    const answers = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        i % 3 === 0
          ? patch(item.identifier, { version: item.version, summary: `Summary ${i}` })
          : i % 3 === 1
            ? status(item.identifier, { version: item.version, status: next, date: todayUtc() })
            : verify(item.identifier, { version: item.version }),
      ),
    );
    const winners = answers.filter((a) => a.status < 300);
    expect(winners).toHaveLength(1);
    for (const loser of answers.filter((a) => a.status >= 300)) {
      expect(loser.status).toBe(409);
      expect(loser.body.error?.message).toMatch(/version 2 by Rita Rapporteur/);
    }
    const stored = await database.prisma.workItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(stored.version).toBe(item.version + 1);
    expect(await auditRows('work_item', item.id)).toBe(1);
    expect(
      await count('SELECT count(*)::int AS n FROM status_change WHERE work_item_id = $1', [item.id]),
    ).toBe(stored.statusCode === item.status ? 1 : 2);
  });

  it(`${N} liaison PATCHes: one wins, the others get a 409`, async () => {
    const liaison = await database.prisma.liaison.create({
      data: {
        reference: 'LS-race',
        title: 'Race',
        direction: 'INCOMING',
        purpose: 'FOR_ACTION',
        fromGroupId: sg17.id,
        date: new Date('2026-01-10T00:00:00Z'),
        recipients: { create: [{ groupId: q6.id }] },
      },
    });
    const answers = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        answer(
          patchLiaison(
            json('PATCH', '/api/liaisons/LS-race', { version: 1, title: `Title ${i}` }),
            params({ reference: 'LS-race' }),
          ),
        ),
      ),
    );
    expectOneWinner(answers, 'title');
    const stored = await database.prisma.liaison.findUniqueOrThrow({ where: { id: liaison.id } });
    expect(stored.version).toBe(2);
    expect(await auditRows('liaison', liaison.id)).toBe(1);
  });

  it(`${N} creates of the same identifier: one 201, the others a 409 naming the field`, async () => {
    const body = (i: number) => ({
      workingName: 'Y.IMT2030-race',
      title: `Racer ${i}`,
      kind: 'ITU_RECOMMENDATION',
      generation: 'IMT2030',
      group: q6.path,
      process: 'AAP',
      status: 'UNDER_STUDY',
    });
    const answers = await Promise.all(
      Array.from({ length: N }, (_, i) => answer(postItem(json('POST', '/api/items', body(i))))),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    for (const loser of answers.filter((a) => a.status !== 201)) {
      expect(loser.status).toBe(409);
      expect(loser.body.error?.field).toBe('workingName');
      expect(loser.body.error?.message).toContain('Y.IMT2030-race');
    }
    expect(
      await count(
        "SELECT count(*)::int AS n FROM work_item_identifier WHERE identifier ILIKE 'Y.IMT2030-race'",
        [],
      ),
    ).toBe(1);
    expect(
      await count("SELECT count(*)::int AS n FROM audit_event WHERE entity_label = 'Y.IMT2030-race'", []),
    ).toBe(1);
  });

  it(`${N} items renamed to the same number at once: one 200, the others a 409 naming the field`, async () => {
    const items = await Promise.all(Array.from({ length: N }, () => freshItem()));
    const answers = await Promise.all(
      items.map((item) => patch(item.identifier, { version: item.version, number: 'Y.3999' })),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    for (const loser of answers.filter((a) => a.status !== 200)) {
      expect(loser.status).toBe(409);
      expect(loser.body.error).toMatchObject({ code: 'CONFLICT', field: 'number' });
      expect(loser.body.error?.message).toContain('Y.3999');
    }
    expect(await count("SELECT count(*)::int AS n FROM work_item WHERE number = 'Y.3999'", [])).toBe(1);
  });
});
