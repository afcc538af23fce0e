import { beforeAll, describe, expect, it } from 'vitest';
import type { TestActor } from '@/lib/tooling/actors';
import { buildScenario, type GroupRef } from '@/lib/tooling/scenario';
import { withTestDatabase } from '@/lib/tooling/with-test-database';
import { AppError } from '@/lib/domain/errors';
import { changeStatus } from './change-status';
import { createLiaison } from './create-liaison';
import { createWorkItem } from './create-work-item';
import { deleteWorkItem } from './delete-work-item';
import { updateLiaison } from './update-liaison';
import { updateWorkItem } from './update-work-item';
import { verifyWorkItem } from './verify-work-item';

const db = withTestDatabase();
let rapporteur: TestActor;
let admin: TestActor;
let reader: TestActor;
let sg13: GroupRef;
let q6: GroupRef;

const newItem = (overrides: Record<string, unknown> = {}) => ({
  workingName: 'Y.IMT2030-test',
  title: 'Test architecture',
  kind: 'ITU_RECOMMENDATION',
  generation: 'IMT2030',
  group: q6.path,
  topics: ['network-slicing'],
  process: 'AAP',
  status: 'UNDER_STUDY',
  startDate: '2025-06-01',
  editors: [{ name: 'Ann Editor', affiliation: 'Example Corp', email: 'ann@example.org' }],
  ...overrides,
});

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const auditCount = async () =>
  Number((await db.sql<{ n: number }>('SELECT count(*)::int AS n FROM audit_event')).rows[0]?.n);

beforeAll(async () => {
  const world = await buildScenario(db.prisma, {
    items: [{ group: 'sg13', identifier: 'Y.3101', statusCode: 'APPROVED' }],
  });
  ({ sg13, q6 } = world.groups);
  ({ rapporteur, admin, reader } = world.actors);
});

describe('work item commands', () => {
  it('creates an item with its first history row and an audit row', async () => {
    const created = await createWorkItem({
      actor: rapporteur,
      input: newItem({
        relations: [{ type: 'BASED_ON', identifier: 'Y.3101' }],
        comment: 'New work item agreed',
      }),
    });
    expect(created).toEqual({ identifier: 'Y.IMT2030-test', version: 1 });
    const history = await db.sql(
      `SELECT from_code, to_code, recorded_by, recorded_by_id FROM status_change sc JOIN work_item w ON w.id = sc.work_item_id WHERE w.identifier = $1`,
      ['Y.IMT2030-test'],
    );
    expect(history.rows).toEqual([
      {
        from_code: null,
        to_code: 'UNDER_STUDY',
        recorded_by: 'Rita Rapporteur',
        recorded_by_id: rapporteur.userId,
      },
    ]);
    const audit = await db.sql<{ changes: Record<string, { before: unknown; after: unknown }> }>(
      `SELECT action, actor_name, version, changes, comment FROM audit_event WHERE entity_label = $1`,
      ['Y.IMT2030-test'],
    );
    expect(audit.rows[0]).toMatchObject({
      action: 'work_item.create',
      actor_name: 'Rita Rapporteur',
      version: 1,
      comment: 'New work item agreed',
    });
    expect(audit.rows[0]?.changes.title).toEqual({ before: null, after: 'Test architecture' });
    expect(audit.rows[0]?.changes.relations?.after).toEqual([
      { type: 'BASED_ON', identifier: 'Y.3101', note: null },
    ]);
  });

  it('renames to the final number, keeps the old permalink, and refuses a stale version with what changed', async () => {
    const renamed = await updateWorkItem({
      actor: rapporteur,
      identifier: 'Y.IMT2030-test',
      input: { version: 1, number: 'Y.3999' },
    });
    expect(renamed).toEqual({ identifier: 'Y.3999', version: 2, changed: true });
    const ids = await db.sql<{ identifier: string }>(
      `SELECT i.identifier FROM work_item_identifier i JOIN work_item w ON w.id = i.work_item_id WHERE w.identifier = 'Y.3999' ORDER BY 1`,
    );
    expect(ids.rows.map((r) => r.identifier)).toEqual(['Y.3999', 'Y.IMT2030-test']);
    const conflict = await failure(
      updateWorkItem({
        actor: rapporteur,
        identifier: 'Y.IMT2030-test',
        input: { version: 1, title: 'Other' },
      }),
    );
    expect(conflict.code).toBe('CONFLICT');
    expect(conflict.message).toContain('version 2 by Rita Rapporteur');
    expect(conflict.message).toContain('number');
  });

  it('writes nothing and keeps the version when nothing changes', async () => {
    const before = await auditCount();
    expect(
      await updateWorkItem({
        actor: rapporteur,
        identifier: 'Y.3999',
        input: { version: 2, title: 'Test architecture' },
      }),
    ).toMatchObject({
      changed: false,
      version: 2,
    });
    expect(await auditCount()).toBe(before);
  });

  it('follows the lifecycle for status changes and sets the approval date on approval', async () => {
    const refused = await failure(
      changeStatus({
        actor: rapporteur,
        identifier: 'Y.3999',
        input: { version: 2, status: 'APPROVED', date: '2026-01-10' },
      }),
    );
    expect(refused).toMatchObject({ code: 'UNPROCESSABLE', field: 'status' });
    expect(refused.message).toContain('CONSENTED');
    let version = 2;
    for (const [status, date] of [
      ['CONSENTED', '2026-01-10'],
      ['LAST_CALL', '2026-02-01'],
      ['APPROVED', '2026-03-01'],
    ] as const) {
      ({ version } = await changeStatus({
        actor: rapporteur,
        identifier: 'Y.3999',
        input: { version, status, date, reference: 'SG13 meeting' },
      }));
    }
    const row = await db.sql(
      `SELECT status_code, approved_date::text, version FROM work_item WHERE identifier = 'Y.3999'`,
    );
    expect(row.rows[0]).toEqual({ status_code: 'APPROVED', approved_date: '2026-03-01', version: 5 });
    const early = await failure(
      changeStatus({
        actor: rapporteur,
        identifier: 'Y.3999',
        input: { version: 5, status: 'WITHDRAWN', date: '2025-01-01' },
      }),
    );
    expect(early).toMatchObject({ code: 'UNPROCESSABLE', field: 'date' });
  });

  it('verifies an item and lets only admins delete, with confirmation', async () => {
    const verified = await verifyWorkItem({ actor: rapporteur, identifier: 'Y.3999', input: { version: 5 } });
    expect(verified.version).toBe(6);
    expect(
      await failure(
        deleteWorkItem({ actor: rapporteur, identifier: 'Y.3999', input: { version: 6, confirm: 'Y.3999' } }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      await failure(
        deleteWorkItem({ actor: admin, identifier: 'Y.3999', input: { version: 6, confirm: 'Y.399' } }),
      ),
    ).toMatchObject({ field: 'confirm' });
    await deleteWorkItem({ actor: admin, identifier: 'Y.3999', input: { version: 6, confirm: 'Y.3999' } });
    const audit = await db.sql<{ action: string }>(
      `SELECT action FROM audit_event WHERE entity_label = 'Y.3999' ORDER BY id`,
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      'work_item.update',
      'work_item.status',
      'work_item.status',
      'work_item.status',
      'work_item.verify',
      'work_item.delete',
    ]);
  });

  it('refuses a rapporteur outside their group and an anonymous caller, writing nothing', async () => {
    const before = await auditCount();
    expect(
      await failure(
        createWorkItem({ actor: rapporteur, input: newItem({ group: sg13.path, workingName: 'Y.other' }) }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      await failure(
        updateWorkItem({ actor: rapporteur, identifier: 'Y.3101', input: { version: 1, title: 'x' } }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failure(createWorkItem({ actor: null, input: newItem() }))).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(await auditCount()).toBe(before);
  });

  it('names the field for unknown references and identifiers already used', async () => {
    expect(
      await failure(createWorkItem({ actor: admin, input: newItem({ topics: ['nope'] }) })),
    ).toMatchObject({ code: 'UNPROCESSABLE', field: 'topics' });
    expect(
      await failure(createWorkItem({ actor: admin, input: newItem({ group: 'itu-t/sg99' }) })),
    ).toMatchObject({ code: 'UNPROCESSABLE', field: 'group' });
    expect(
      await failure(createWorkItem({ actor: admin, input: newItem({ status: 'LAST_CALL_X' }) })),
    ).toMatchObject({ field: 'status' });
    expect(
      await failure(
        createWorkItem({ actor: admin, input: newItem({ workingName: null, number: 'y.3101' }) }),
      ),
    ).toMatchObject({ code: 'CONFLICT', field: 'number' });
    expect(
      await failure(
        createWorkItem({
          actor: admin,
          input: newItem({ process: 'THREEGPP', status: 'DRAFT', documentVersion: '18.6' }),
        }),
      ),
    ).toMatchObject({ field: 'documentVersion' });
  });

  it('lets exactly one of N parallel edits from the same version win', async () => {
    const { version } = await createWorkItem({
      actor: rapporteur,
      input: newItem({ workingName: 'Y.race' }),
    });
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        updateWorkItem({ actor: rapporteur, identifier: 'Y.race', input: { version, title: `Title ${i}` } }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(refused.map((r) => (r.reason as AppError).code)).toEqual(Array(7).fill('CONFLICT'));
  });
});

describe('liaison commands', () => {
  it('records a liaison, refuses outsiders, and updates with a version', async () => {
    const other = reader;
    const input = {
      reference: 'SG13-LS999',
      title: 'LS on IMT-2030 architecture',
      direction: 'OUTGOING',
      purpose: 'FOR_ACTION',
      from: q6.path,
      to: [sg13.path],
      date: '2026-07-01',
      deadline: '2026-10-01',
      workItems: ['Y.3101'],
    };
    expect(await failure(createLiaison({ actor: other, input }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await createLiaison({ actor: rapporteur, input })).toEqual({
      reference: 'SG13-LS999',
      version: 1,
    });
    expect(await failure(createLiaison({ actor: rapporteur, input }))).toMatchObject({
      code: 'CONFLICT',
      field: 'reference',
    });
    const updated = await updateLiaison({
      actor: rapporteur,
      reference: 'SG13-LS999',
      input: { version: 1, state: 'REPLIED' },
    });
    expect(updated).toEqual({ reference: 'SG13-LS999', version: 2, changed: true });
    expect(
      await failure(
        updateLiaison({ actor: rapporteur, reference: 'SG13-LS999', input: { version: 1, state: 'CLOSED' } }),
      ),
    ).toMatchObject({ code: 'CONFLICT' });
    expect(
      await failure(
        updateLiaison({
          actor: rapporteur,
          reference: 'SG13-LS999',
          input: { version: 2, deadline: '2026-01-01' },
        }),
      ),
    ).toMatchObject({ field: 'deadline' });
  });
});
