// The editor's home lists (stale items, missed targets, open liaisons) and an item's change history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeActor, type TestActor } from '@/lib/tooling/actors';
import { makeBody, makeGroup, makeWorkItem } from '@/lib/tooling/factories';
import { createTestDatabase, type TestDatabase } from '@/lib/tooling/test-database';
import { updateWorkItem } from '../commands/update-work-item';
import { verifyWorkItem } from '../commands/verify-work-item';
import { getEditorHome } from './editor-home';
import { getWorkItemHistory } from './work-item-history';

let database: TestDatabase;
let rapporteur: TestActor;
let coordinator: TestActor;
const NOW = new Date('2026-11-23T10:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  const p = database.prisma;
  const itu = await makeBody(p, { slug: 'itu-t', name: 'ITU-T' });
  const sg13 = await makeGroup(p, { bodyId: itu.id, bodySlug: 'itu-t', code: 'SG13' });
  const q6 = await makeGroup(p, {
    bodyId: itu.id,
    bodySlug: 'itu-t',
    parent: sg13,
    code: 'Q6/13',
    kind: 'QUESTION',
  });
  const q7 = await makeGroup(p, {
    bodyId: itu.id,
    bodySlug: 'itu-t',
    parent: sg13,
    code: 'Q7/13',
    kind: 'QUESTION',
  });
  const other = await makeGroup(p, { bodyId: itu.id, bodySlug: 'itu-t', code: 'SG11' });
  rapporteur = await makeActor(p, { name: 'Rita', roles: [{ group: q6, role: 'RAPPORTEUR' }] });
  coordinator = await makeActor(p, { name: 'Cora', roles: [{ group: sg13, role: 'COORDINATOR' }] });
  const verified = async (identifier: string, at: string | null, extra: Record<string, unknown> = {}) => {
    const groupId = (extra.groupId as number | undefined) ?? q6.id;
    const item = await makeWorkItem(p, { identifier, ...extra, groupId });
    if (at) await p.workItem.update({ where: { id: item.id }, data: { lastVerifiedAt: new Date(at) } });
  };
  // The cutoff is 2026-05-23T10:00:00Z: one millisecond before it is stale, the cutoff itself is not.
  await verified('Y.1001', '2026-05-23T09:59:59.999Z');
  await verified('Y.1002', '2026-05-23T10:00:00.000Z');
  await verified('Y.1003', null);
  await verified('Y.1004', '2025-01-01T00:00:00Z');
  await verified('Y.1005', null, { statusCode: 'WITHDRAWN' });
  await verified('Y.1006', null, { groupId: q7.id, targetDate: '2026-11-22' });
  await verified('Y.1007', '2026-11-01T00:00:00Z', { targetDate: '2026-11-23' });
  await verified('Y.1008', '2026-11-01T00:00:00Z', {
    targetDate: '2026-01-01',
    statusCode: 'APPROVED',
    approvedDate: '2026-01-02',
  });
  await verified('Y.1009', null, { groupId: other.id, targetDate: '2020-01-01' });
  const liaison = (
    reference: string,
    fromGroupId: number,
    deadline: string | null,
    state = 'OPEN' as const,
  ) =>
    p.liaison.create({
      data: {
        reference,
        direction: 'INCOMING',
        fromGroupId,
        title: reference,
        purpose: 'FOR_ACTION',
        date: new Date('2026-01-01T00:00:00Z'),
        deadline: deadline ? new Date(`${deadline}T00:00:00Z`) : null,
        state,
        recipients: { create: [{ groupId: fromGroupId === other.id ? q6.id : other.id }] },
      },
    });
  await liaison('LS-later', other.id, '2027-03-01');
  await liaison('LS-none', q6.id, null);
  await liaison('LS-overdue', other.id, '2026-10-01');
  await liaison('LS-closed', other.id, '2026-09-01', 'CLOSED' as 'OPEN');
  await liaison('LS-q7', q7.id, '2026-12-01');
});
afterAll(() => database.drop());

describe('editor home', () => {
  it('lists a rapporteur’s stale items oldest first, at the exact six-month boundary', async () => {
    const home = await getEditorHome(rapporteur, NOW);
    expect(home.groups.map((g) => [g.code, g.role, g.inherited])).toEqual([['Q6/13', 'RAPPORTEUR', false]]);
    // Never verified first, then oldest; Y.1002 (verified at the cutoff) is fresh; withdrawn left out.
    expect(home.stale.map((i) => i.identifier)).toEqual(['Y.1003', 'Y.1004', 'Y.1001']);
    expect(home.staleTotal).toBe(3);
  });

  it('lists items past their target date (not today’s, not approved ones) and open liaisons by deadline', async () => {
    const home = await getEditorHome(rapporteur, NOW);
    expect(home.overdue.map((i) => i.identifier)).toEqual([]);
    expect(home.liaisons.map((l) => l.reference)).toEqual(['LS-overdue', 'LS-later', 'LS-none']);
  });

  it('gives a coordinator the subgroups too', async () => {
    const home = await getEditorHome(coordinator, NOW);
    expect(home.groups.map((g) => [g.code, g.inherited])).toEqual([
      ['SG13', false],
      ['Q6/13', true],
      ['Q7/13', true],
    ]);
    expect(home.overdue.map((i) => i.identifier)).toEqual(['Y.1006']);
    expect(home.liaisons.map((l) => l.reference)).toEqual(['LS-overdue', 'LS-q7', 'LS-later', 'LS-none']);
    expect(home.stale.map((i) => i.identifier)).toContain('Y.1006');
  });

  it('drops an item from the stale list once verified', async () => {
    const item = await database.prisma.workItem.findUniqueOrThrow({ where: { identifier: 'Y.1003' } });
    await verifyWorkItem({ actor: rapporteur, identifier: 'Y.1003', input: { version: item.version } });
    const home = await getEditorHome(rapporteur, new Date());
    expect(home.stale.map((i) => i.identifier)).not.toContain('Y.1003');
  });
});

describe('change history', () => {
  it('lists audit events newest first with readable before and after values', async () => {
    const item = await database.prisma.workItem.findUniqueOrThrow({ where: { identifier: 'Y.1002' } });
    await updateWorkItem({
      actor: rapporteur,
      identifier: 'Y.1002',
      input: {
        version: item.version,
        title: 'New <b>title</b>',
        targetDate: '2027-01-01',
        comment: 'Agreed at the meeting',
      },
    });
    await verifyWorkItem({ actor: rapporteur, identifier: 'Y.1002', input: { version: item.version + 1 } });
    const history = await getWorkItemHistory('Y.1002');
    expect(history.lastVerifiedBy).toBe('Rita');
    expect(history.entries.map((e) => e.actionLabel)).toEqual(['Marked as verified', 'Edited']);
    const edit = history.entries[1]!;
    expect(edit).toMatchObject({
      actorName: 'Rita',
      comment: 'Agreed at the meeting',
      version: item.version + 1,
    });
    expect(edit.changes).toEqual([
      { field: 'title', label: 'Title', before: item.title, after: 'New <b>title</b>' },
      { field: 'targetDate', label: 'Target', before: '(none)', after: '2027-01-01' },
    ]);
    expect((await getWorkItemHistory('No.such')).entries).toEqual([]);
  });
});
