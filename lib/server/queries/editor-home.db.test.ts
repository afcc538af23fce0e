// The editor's home lists (stale items, missed targets, open liaisons) and an item's change history.
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestActor } from '@/lib/tooling/actors';
import { buildScenario } from '@/lib/tooling/scenario';
import { withTestDatabase } from '@/lib/tooling/with-test-database';
import { updateWorkItem } from '../commands/update-work-item';
import { verifyWorkItem } from '../commands/verify-work-item';
import { getEditorHome } from './editor-home';
import { getWorkItemHistory } from './work-item-history';

const database = withTestDatabase();
let rapporteur: TestActor;
let coordinator: TestActor;
const NOW = new Date('2026-11-23T10:00:00Z');

beforeAll(async () => {
  const world = await buildScenario(database.prisma);
  const p = database.prisma;
  const { q6, wp1, sg17: other } = world.groups;
  // A question of SG13 that is not the rapporteur's.
  const q7 = await world.addGroup({ code: 'Q7/13', parent: wp1, kind: 'QUESTION' });
  ({ rapporteur, coordinator } = world.actors);
  const verified = async (
    identifier: string,
    at: string | null,
    extra: Omit<Parameters<typeof world.addItem>[0], 'group'> & { group?: typeof q6 } = {},
  ) => {
    const item = await world.addItem({ identifier, ...extra, group: extra.group ?? q6 });
    if (at) await p.workItem.update({ where: { id: item.id }, data: { lastVerifiedAt: new Date(at) } });
  };
  // The cutoff is 2026-05-23T10:00:00Z: one millisecond before it is stale, the cutoff itself is not.
  await verified('Y.1001', '2026-05-23T09:59:59.999Z');
  await verified('Y.1002', '2026-05-23T10:00:00.000Z');
  await verified('Y.1003', null);
  await verified('Y.1004', '2025-01-01T00:00:00Z');
  await verified('Y.1005', null, { statusCode: 'WITHDRAWN' });
  await verified('Y.1006', null, { group: q7, targetDate: '2026-11-22' });
  await verified('Y.1007', '2026-11-01T00:00:00Z', { targetDate: '2026-11-23' });
  await verified('Y.1008', '2026-11-01T00:00:00Z', {
    targetDate: '2026-01-01',
    statusCode: 'APPROVED',
    approvedDate: '2026-01-02',
  });
  await verified('Y.1009', null, { group: other, targetDate: '2020-01-01' });
  // Incoming for action, dated 2026-01-01 (makeLiaison), to q6 unless sent by it.
  const liaison = (reference: string, from: typeof q6, deadline: string | null, state = 'OPEN' as const) =>
    world.addLiaison({
      reference,
      from,
      to: [from === other ? q6 : other],
      deadline: deadline ?? undefined,
      state,
    });
  await liaison('LS-later', other, '2027-03-01');
  await liaison('LS-none', q6, null);
  await liaison('LS-overdue', other, '2026-10-01');
  await liaison('LS-closed', other, '2026-09-01', 'CLOSED' as 'OPEN');
  await liaison('LS-q7', q7, '2026-12-01');
});

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
      ['WP1/13', true],
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
    expect(history.lastVerifiedBy).toBe(rapporteur.name);
    expect(history.entries.map((e) => e.actionLabel)).toEqual(['Marked as verified', 'Edited']);
    const edit = history.entries[1]!;
    expect(edit).toMatchObject({
      actorName: rapporteur.name,
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
