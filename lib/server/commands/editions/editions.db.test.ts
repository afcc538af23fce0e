import { beforeAll, describe, expect, it } from 'vitest';
import { compareEditions } from '@/lib/domain/edition/changes';
import type { TestActor } from '@/lib/tooling/actors';
import { buildScenario, type GroupRef } from '@/lib/tooling/scenario';
import { withTestDatabase } from '@/lib/tooling/with-test-database';
import { AppError } from '@/lib/domain/errors';
import { getEdition, listEditions } from '../../queries/editions';
import { changeStatus } from '../change-status';
import { createWorkItem } from '../create-work-item';
import { updateWorkItem } from '../update-work-item';
import { createEdition } from './create-edition';
import { publishEdition } from './publish-edition';
import { refreshEdition } from './refresh-edition';

const db = withTestDatabase();
let q6: GroupRef;
let coordinator: TestActor;
let rapporteur: TestActor;

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeAll(async () => {
  const world = await buildScenario(db.prisma, {
    items: [
      {
        group: 'q6',
        identifier: 'Y.3101',
        statusCode: 'APPROVED',
        approvedDate: '2018-01-13',
        startDate: '2016-01-01',
      },
      {
        group: 'q6',
        identifier: 'Y.3102',
        statusCode: 'UNDER_STUDY',
        targetDate: '2026-07-01',
        startDate: '2024-01-01',
      },
      { group: 'q6', identifier: 'Y.3103', statusCode: 'UNDER_STUDY', startDate: '2024-01-01' },
    ],
  });
  q6 = world.groups.q6;
  ({ coordinator, rapporteur } = world.actors);
});

describe('editions', () => {
  it('lets coordinators (not rapporteurs) create a draft with a snapshot', async () => {
    expect(await failure(createEdition({ actor: rapporteur, input: { year: 2025 } }))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await failure(createEdition({ actor: coordinator, input: { year: 1999 } }))).toMatchObject({
      field: 'year',
    });
    expect(await createEdition({ actor: coordinator, input: { year: 2025 } })).toMatchObject({
      year: 2025,
      revision: 0,
      itemCount: 3,
    });
    expect(await failure(createEdition({ actor: coordinator, input: { year: 2025 } }))).toMatchObject({
      code: 'CONFLICT',
    });
    expect(await listEditions()).toEqual([]);
    expect((await listEditions({ includeDrafts: true })).map((e) => e.label)).toEqual(['2025 edition']);
  });

  it('refreshes a draft from live data, then publishes it immutably', async () => {
    const unchanged = await refreshEdition({ actor: coordinator, year: 2025 });
    expect(unchanged).toMatchObject({ changed: false, version: 2 });
    await publishEdition({ actor: coordinator, year: 2025, input: { version: 2 } });
    expect(await failure(refreshEdition({ actor: coordinator, year: 2025 }))).toMatchObject({
      code: 'CONFLICT',
    });
    expect(await failure(publishEdition({ actor: coordinator, year: 2025 }))).toMatchObject({
      code: 'CONFLICT',
    });
    const published = await getEdition(2025);
    expect(published).toMatchObject({ status: 'PUBLISHED', itemCount: 3 });
  });

  it('refuses any change to a published edition in plain SQL, even as the owner', async () => {
    for (const sql of [
      `UPDATE edition SET item_count = 0 WHERE year = 2025`,
      `UPDATE edition SET status = 'DRAFT', published_at = NULL WHERE year = 2025`,
      `DELETE FROM edition WHERE year = 2025`,
      `TRUNCATE edition CASCADE`,
    ]) {
      await expect(db.sql(sql), sql).rejects.toThrow(/published|truncated/);
    }
  });

  it('computes what changed between two editions from a constructed history', async () => {
    await changeStatus({
      actor: rapporteur,
      identifier: 'Y.3102',
      input: { version: 1, status: 'CONSENTED', date: '2026-01-10' },
    });
    await updateWorkItem({
      actor: rapporteur,
      identifier: 'Y.3103',
      input: { version: 1, targetDate: '2027-01-01' },
    });
    await createWorkItem({
      actor: rapporteur,
      input: {
        workingName: 'Y.IMT2030-new',
        title: 'New',
        kind: 'ITU_RECOMMENDATION',
        generation: 'IMT2030',
        group: q6.path,
        process: 'AAP',
        status: 'UNDER_STUDY',
      },
    });
    await createEdition({ actor: coordinator, input: { year: 2026 } });
    const [e2025, e2026] = await Promise.all([getEdition(2025), getEdition(2026, { includeDraft: true })]);
    const changes = compareEditions(e2025!.snapshot, e2026!.snapshot);
    expect(changes.added.map((i) => i.identifier)).toEqual(['Y.IMT2030-new']);
    expect(changes.statusChanged.map((i) => i.identifier)).toEqual(['Y.3102']);
    expect(changes.targetMoved).toEqual([
      expect.objectContaining({ identifier: 'Y.3103', from: null, to: '2027-01-01' }),
    ]);
  });

  it('supersedes a published edition with a corrigendum, and refreshing it never touches the original', async () => {
    const before = await db.sql<{ xmin: string }>(
      `SELECT xmin::text FROM edition WHERE year = 2025 AND revision = 0`,
    );
    expect(
      await createEdition({ actor: coordinator, input: { year: 2025, corrigendum: true } }),
    ).toMatchObject({ revision: 1 });
    await refreshEdition({ actor: coordinator, year: 2025 });
    const after = await db.sql<{ xmin: string }>(
      `SELECT xmin::text FROM edition WHERE year = 2025 AND revision = 0`,
    );
    expect(after.rows).toEqual(before.rows);
    expect((await getEdition(2025))?.revision).toBe(0);
    await publishEdition({ actor: coordinator, year: 2025 });
    expect(await getEdition(2025)).toMatchObject({ revision: 1, supersedes: { year: 2025, revision: 0 } });
    expect(await getEdition(2025, { revision: 0 })).toMatchObject({
      supersededBy: { year: 2025, revision: 1 },
    });
    const audit = await db.sql<{ action: string }>(
      `SELECT action FROM audit_event WHERE entity_type = 'edition' ORDER BY id`,
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      'edition.create',
      'edition.refresh',
      'edition.publish',
      'edition.create',
      'edition.create',
      'edition.refresh',
      'edition.publish',
    ]);
  });
});

describe('edition scope', () => {
  it('refuses unknown bodies and topics instead of making an empty edition', async () => {
    const bodies = await failure(
      createEdition({ actor: coordinator, input: { year: 2030, scope: { bodies: ['itu-x'] } } }),
    );
    expect(bodies).toMatchObject({ code: 'UNPROCESSABLE', field: 'scope.bodies' });
    expect(bodies.message).toContain('itu-x');
    const topics = await failure(
      createEdition({ actor: coordinator, input: { year: 2030, scope: { topics: ['nope'] } } }),
    );
    expect(topics).toMatchObject({ code: 'UNPROCESSABLE', field: 'scope.topics' });
    expect(await getEdition(2030, { includeDraft: true })).toBeNull();
  });
});

describe('supplement number', () => {
  it('is set at creation or on refresh, kept by a corrigendum, and printed in the title block', async () => {
    const { editionOutline, loadEditionDocument } = await import('../../editions/edition-document');
    expect(
      await failure(createEdition({ actor: coordinator, input: { year: 2031, supplementNumber: 0 } })),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'supplementNumber',
    });
    await createEdition({ actor: coordinator, input: { year: 2031 } });
    let document = await loadEditionDocument(2031, { draft: true });
    expect(editionOutline(document!).titleBlock.number).toContain('Supplement XX');
    await refreshEdition({ actor: coordinator, year: 2031, input: { supplementNumber: 84 } });
    document = await loadEditionDocument(2031, { draft: true });
    expect(document?.edition.supplementNumber).toBe(84);
    expect(editionOutline(document!).titleBlock.number).toContain('Supplement 84');
    await publishEdition({ actor: coordinator, year: 2031 });
    await createEdition({ actor: coordinator, input: { year: 2031, corrigendum: true } });
    expect((await getEdition(2031, { includeDraft: true }))?.supplementNumber).toBe(84);
  });
});
