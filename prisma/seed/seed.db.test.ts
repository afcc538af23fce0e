// The demo roadmap against PostgreSQL: it loads, a second load changes no row, a changed item is
// updated in place, and it covers every status, stage, kind, topic and liaison field the app shows.
import { beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, GENERATIONS } from '../../lib/domain/labels';
import { canTransition, LIFECYCLES, PROCESSES, STAGES } from '../../lib/domain/lifecycle';
import { DEFAULT_PAGE_SIZE } from '../../lib/domain/roadmap-filters';
import {
  LiaisonDirection,
  LiaisonPurpose,
  LiaisonState,
  RelationType,
} from '../../lib/generated/prisma/enums';
import { withTestDatabase } from '../../lib/tooling/with-test-database';
import { DEMO_DATA } from './data/index';
import { seedDemo } from './seed';
import { validateDemoData } from './validate';

const TABLES = [
  'body',
  'group',
  'topic',
  'process_status',
  'work_item',
  'work_item_identifier',
  'work_item_topic',
  'work_item_editor',
  'status_change',
  'work_item_relation',
  'liaison',
  'liaison_recipient',
  'liaison_work_item',
  'user',
  'account',
  'group_role',
];

const database = withTestDatabase();
let firstRun: { workItems: number; liaisons: number };

beforeAll(async () => {
  const started = Date.now();
  firstRun = await seedDemo(database.prisma);
  console.log(
    `seedDemo: ${firstRun.workItems} items, ${firstRun.liaisons} liaisons in ${Date.now() - started} ms`,
  );
});

/** Every row of every table, with its xmin: a row rewritten even with equal values shows up. */
async function dumpAll(): Promise<Record<string, string[]>> {
  const dump: Record<string, string[]> = {};
  for (const table of TABLES) {
    const { rows } = await database.sql<{ row: string }>(
      `SELECT t.xmin::text || ' ' || t::text AS row FROM "${table}" t ORDER BY t::text`,
    );
    dump[table] = rows.map((r) => r.row);
  }
  return dump;
}

async function distinct(sql: string): Promise<string[]> {
  const { rows } = await database.sql<{ value: string }>(sql);
  return rows.map((r) => r.value).sort();
}

describe('demo data', () => {
  it('passes its own validation', () => {
    expect(validateDemoData(DEMO_DATA)).toEqual([]);
  });

  it('loads every item and liaison', async () => {
    expect(firstRun).toEqual({ workItems: DEMO_DATA.workItems.length, liaisons: DEMO_DATA.liaisons.length });
    expect(await database.prisma.workItem.count()).toBe(DEMO_DATA.workItems.length);
    expect(await database.prisma.liaison.count()).toBe(DEMO_DATA.liaisons.length);
    expect(DEMO_DATA.workItems.length).toBeGreaterThanOrEqual(80);
  });

  it('a second run changes no row', async () => {
    const before = await dumpAll();
    await seedDemo(database.prisma);
    expect(await dumpAll()).toEqual(before);
  });

  it('updates a changed item in place, with a new version, and leaves the rest alone', async () => {
    const edit = (item: (typeof DEMO_DATA.workItems)[number]) => ({
      ...item,
      title: `${item.title} (edited)`,
      topics: [...item.topics, 'qos-qoe'],
      history: item.history.map((step) => ({ ...step, reference: 'Edited reference' })),
    });
    const changed = {
      ...DEMO_DATA,
      workItems: DEMO_DATA.workItems.map((i) => (i.number === 'Y.3102' ? edit(i) : i)),
    };
    const before = await database.prisma.workItem.findUniqueOrThrow({ where: { identifier: 'Y.3102' } });
    const dumpBefore = await dumpAll();
    await seedDemo(database.prisma, changed);
    const after = await database.prisma.workItem.findUniqueOrThrow({
      where: { identifier: 'Y.3102' },
      include: { topics: { include: { topic: true } }, statusChanges: true },
    });
    expect(after).toMatchObject({
      id: before.id,
      title: `${before.title} (edited)`,
      version: before.version + 1,
    });
    expect(after.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
    expect(after.topics.map((t) => t.topic.slug)).toContain('qos-qoe');
    expect(after.statusChanges.map((c) => c.reference)).toEqual(['Edited reference']);
    const dumpAfter = await dumpAll();
    for (const table of ['body', 'group', 'topic', 'liaison', 'work_item_relation', 'work_item_identifier'])
      expect(dumpAfter[table]).toEqual(dumpBefore[table]);
    const otherItems = (dump: Record<string, string[]>) =>
      dump.work_item?.filter((row) => !row.includes(`(${before.id},`));
    expect(otherItems(dumpAfter)).toEqual(otherItems(dumpBefore));
    await seedDemo(database.prisma);
    expect(
      (await database.prisma.workItem.findUniqueOrThrow({ where: { identifier: 'Y.3102' } })).title,
    ).toBe(before.title);
  });

  it('covers every body, stage, kind, generation, topic and group tree the roadmap shows', async () => {
    const bodies = await distinct(
      `SELECT DISTINCT b.slug AS value FROM work_item wi JOIN "group" g ON g.id = wi.group_id JOIN body b ON b.id = g.body_id`,
    );
    expect(bodies).toEqual(['3gpp', 'bbf', 'etsi', 'ieee', 'ietf', 'itu-d', 'itu-r', 'itu-t', 'o-ran']);
    expect(
      await distinct(
        `SELECT DISTINCT ps.stage::text AS value FROM work_item wi JOIN process_status ps ON (ps.process, ps.code) = (wi.process, wi.status_code)`,
      ),
    ).toEqual([...STAGES].sort());
    expect(await distinct(`SELECT DISTINCT kind::text AS value FROM work_item`)).toEqual(
      [...DOCUMENT_KINDS].sort(),
    );
    expect(await distinct(`SELECT DISTINCT generation::text AS value FROM work_item`)).toEqual(
      [...GENERATIONS].sort(),
    );
    const topicsWithoutItems = await distinct(
      `SELECT slug AS value FROM topic t WHERE NOT EXISTS (SELECT 1 FROM work_item_topic wt WHERE wt.topic_id = t.id)`,
    );
    expect(topicsWithoutItems).toEqual([]);
    expect(await database.prisma.topic.count()).toBe(DEMO_DATA.topics.length);
    const kinds = await distinct(`SELECT DISTINCT kind::text AS value FROM "group"`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'STUDY_GROUP',
        'WORKING_PARTY',
        'QUESTION',
        'JCA',
        'FOCUS_GROUP',
        'TSG',
        'WG',
        'AREA',
        'ISG',
      ]),
    );
  });

  it('has an item in every status of every approval process', async () => {
    const present = await distinct(`SELECT DISTINCT process || ' ' || status_code AS value FROM work_item`);
    const expected = PROCESSES.flatMap((process) => LIFECYCLES[process].map((s) => `${process} ${s.code}`));
    expect(present).toEqual(expected.sort());
  });

  it('covers every relation type and liaison purpose, direction and state', async () => {
    expect(await distinct(`SELECT DISTINCT type::text AS value FROM work_item_relation`)).toEqual(
      Object.values(RelationType).sort(),
    );
    expect(await distinct(`SELECT DISTINCT purpose::text AS value FROM liaison`)).toEqual(
      Object.values(LiaisonPurpose).sort(),
    );
    expect(await distinct(`SELECT DISTINCT direction::text AS value FROM liaison`)).toEqual(
      Object.values(LiaisonDirection).sort(),
    );
    expect(await distinct(`SELECT DISTINCT state::text AS value FROM liaison`)).toEqual(
      Object.values(LiaisonState).sort(),
    );
    const replies = await database.prisma.liaison.findMany({
      where: { inReplyToId: { not: null } },
      include: { inReplyTo: true },
    });
    expect(replies.length).toBeGreaterThanOrEqual(3);
    for (const reply of replies)
      expect(reply.date.getTime()).toBeGreaterThanOrEqual(reply.inReplyTo?.date.getTime() ?? Infinity);
  });

  it('gives every item a history that follows its lifecycle to its current status', async () => {
    const items = await database.prisma.workItem.findMany({
      include: { statusChanges: { orderBy: [{ date: 'asc' }, { id: 'asc' }] } },
    });
    for (const item of items) {
      const history = item.statusChanges;
      expect(history.length, item.identifier).toBeGreaterThan(0);
      expect(history[0]?.fromCode, item.identifier).toBeNull();
      expect(history.at(-1)?.toCode, item.identifier).toBe(item.statusCode);
      history.forEach((change, index) => {
        const previous = history[index - 1];
        expect(change.process).toBe(item.process);
        expect(change.recordedBy).toBe('Demo data');
        if (!previous) return;
        expect(change.fromCode, item.identifier).toBe(previous.toCode);
        expect(
          canTransition(item.process, previous.toCode, change.toCode),
          `${item.identifier} ${previous.toCode} -> ${change.toCode}`,
        ).toBe(true);
        expect(change.date >= previous.date, item.identifier).toBe(true);
      });
    }
  });

  it('keeps the working names of renamed items as redirecting identifiers', async () => {
    const oldNames = await database.prisma.workItemIdentifier.findMany({
      where: { identifier: { in: ['Y.IMT2020-ML-Arch', 'draft-ietf-teas-ietf-network-slices'] } },
      include: { workItem: true },
    });
    expect(oldNames.map((n) => n.workItem.identifier).sort()).toEqual(['RFC 9543', 'Y.3172']);
    const renamed = DEMO_DATA.workItems.filter((i) => i.number && i.workingName).length;
    expect(
      await database.prisma.workItem.count({ where: { number: { not: null }, workingName: { not: null } } }),
    ).toBe(renamed);
    expect(await database.prisma.workItemIdentifier.count()).toBe(DEMO_DATA.workItems.length + renamed);
  });

  it('shows Y.3101 on the first page of the roadmap, as the end-to-end tests expect', async () => {
    const { rows } = await database.sql<{ before: string }>(
      `SELECT count(*) AS before FROM work_item WHERE identifier < 'Y.3101'`,
    );
    expect(Number(rows[0]?.before)).toBeLessThan(DEFAULT_PAGE_SIZE);
    expect(
      await database.prisma.workItem.count({ where: { identifier: { in: ['Y.3101', 'TS 23.501'] } } }),
    ).toBe(2);
  });
});
