import { beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_AUDIT_FILTERS, type AuditFilters } from '@/lib/domain/audit-filters';
import type { TestActor } from '@/lib/tooling/actors';
import { buildScenario } from '@/lib/tooling/scenario';
import { withTestDatabase } from '@/lib/tooling/with-test-database';
import { AppError } from '@/lib/domain/errors';
import { listAuditActions, listAuditEvents } from './list-audit-events';

const database = withTestDatabase();
let admin: TestActor;
let rapporteur: TestActor;
let itemId: number;

const filters = (f: Partial<AuditFilters> = {}): AuditFilters => ({ ...EMPTY_AUDIT_FILTERS, ...f });
const list = (f: Partial<AuditFilters> = {}, pageSize?: number) =>
  listAuditEvents({ actor: admin, filters: filters(f), pageSize });

beforeAll(async () => {
  const world = await buildScenario(database.prisma);
  const p = database.prisma;
  itemId = (await world.addItem({ group: 'q6', identifier: 'Y.3101', statusCode: 'APPROVED' })).id;
  ({ admin, rapporteur } = world.actors);
  const base = {
    actorId: rapporteur.userId,
    actorName: rapporteur.name,
    actorEmail: rapporteur.email,
    changes: {},
  };
  // 60 updates of the item on 2026-01-10 and 2026-01-11, then events of other kinds.
  await p.auditEvent.createMany({
    data: Array.from({ length: 60 }, (_, i) => ({
      ...base,
      at: new Date(`2026-01-${i < 30 ? '10' : '11'}T12:00:00Z`),
      channel: 'FORM' as const,
      action: 'work_item.update',
      entityType: 'work_item',
      entityId: String(itemId),
      entityLabel: 'Y.3101',
      version: i + 2,
      changes: { title: { before: `Title ${i}`, after: `Title ${i + 1}` } },
    })),
  });
  await p.auditEvent.create({
    data: {
      ...base,
      at: new Date('2026-02-01T08:00:00Z'),
      channel: 'API',
      action: 'liaison.create',
      entityType: 'liaison',
      entityId: '999999',
      entityLabel: 'SG13-LS50%',
      version: 1,
      comment: 'from the API',
    },
  });
  await p.auditEvent.create({
    data: {
      actorId: admin.userId,
      actorName: admin.name,
      actorEmail: admin.email,
      at: new Date('2026-02-02T23:59:59Z'),
      channel: 'SCRIPT',
      action: 'user.create',
      entityType: 'user',
      entityId: rapporteur.userId,
      entityLabel: rapporteur.email,
    },
  });
});

describe('listAuditEvents', () => {
  it('refuses anyone but an admin', async () => {
    for (const actor of [null, rapporteur]) {
      const error = await listAuditEvents({ actor, filters: filters() }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe(actor ? 'FORBIDDEN' : 'UNAUTHENTICATED');
    }
    await expect(listAuditActions(rapporteur)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('pages 50 at a time, newest first', async () => {
    const first = await list();
    expect(first).toMatchObject({ total: 62, page: 1, pageCount: 2, pageSize: 50 });
    expect(first.events).toHaveLength(50);
    expect(first.events[0]).toMatchObject({ action: 'user.create', channel: 'SCRIPT', entityHref: null });
    expect(first.events[1]).toMatchObject({
      entityLabel: 'SG13-LS50%',
      comment: 'from the API',
      entityHref: null,
    });
    expect(first.events[2]).toMatchObject({
      action: 'work_item.update',
      version: 61,
      entityHref: '/items/Y.3101',
      changes: { title: { before: 'Title 59', after: 'Title 60' } },
    });
    const second = await list({ page: 2 });
    expect(second.events).toHaveLength(12);
    expect(second.events.at(-1)?.version).toBe(2);
    const ids = new Set([...first.events, ...second.events].map((e) => e.id));
    expect(ids.size).toBe(62);
    expect((await list({ page: 9 })).events).toEqual([]);
  });

  it('filters by actor, action, entity type, channel, label and UTC dates', async () => {
    expect((await list({ actor: 'rita' })).total).toBe(61);
    expect((await list({ actor: admin.email.toUpperCase() })).total).toBe(1);
    expect((await list({ action: 'work_item.update' })).total).toBe(60);
    expect((await list({ action: 'work_item.' })).total).toBe(60);
    expect((await list({ action: 'work_item' })).total).toBe(0);
    expect((await list({ entity: 'liaison' })).total).toBe(1);
    expect((await list({ channel: 'API' })).events.map((e) => e.action)).toEqual(['liaison.create']);
    expect((await list({ label: 'y.31' })).total).toBe(60);
    expect((await list({ from: '2026-01-11', to: '2026-01-11' })).total).toBe(30);
    expect((await list({ from: '2026-02-02' })).events.map((e) => e.action)).toEqual(['user.create']);
    expect((await list({ to: '2026-01-10' })).total).toBe(30);
    expect(
      (await list({ actor: 'rita', channel: 'FORM', from: '2026-01-10', to: '2026-01-10', page: 1 }, 20))
        .pageCount,
    ).toBe(2);
  });

  it('takes LIKE wildcards literally', async () => {
    expect((await list({ label: '50%' })).total).toBe(1);
    expect((await list({ label: '%' })).total).toBe(1);
    expect((await list({ actor: '_' })).total).toBe(0);
  });

  it('lists the actions recorded', async () => {
    expect(await listAuditActions(admin)).toEqual(['liaison.create', 'user.create', 'work_item.update']);
  });
});

describe('the audit trail is append-only', () => {
  it('refuses UPDATE, DELETE and TRUNCATE, even as the owner through raw SQL', async () => {
    const before = await database.sql<{ n: number }>('SELECT count(*)::int AS n FROM audit_event');
    await expect(database.sql(`UPDATE audit_event SET comment = 'rewritten'`)).rejects.toThrow(
      /append-only: UPDATE is not allowed/,
    );
    await expect(
      database.sql(`UPDATE audit_event SET changes = '{}' WHERE id = (SELECT min(id) FROM audit_event)`),
    ).rejects.toThrow(/append-only/);
    await expect(database.sql('DELETE FROM audit_event')).rejects.toThrow(
      /append-only: DELETE is not allowed/,
    );
    await expect(database.sql('TRUNCATE audit_event')).rejects.toThrow(
      /append-only: TRUNCATE is not allowed/,
    );
    await expect(database.prisma.auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
    const after = await database.sql<{ n: number }>('SELECT count(*)::int AS n FROM audit_event');
    expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
    const comments = await database.sql(`SELECT 1 FROM audit_event WHERE comment = 'rewritten'`);
    expect(comments.rowCount).toBe(0);
  });
});
