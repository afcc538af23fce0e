import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROADMAP_COLUMNS, type RoadmapRecord } from '@/lib/domain/roadmap-csv';
import type { TestActor } from '@/lib/tooling/actors';
import { buildScenario, type GroupRef } from '@/lib/tooling/scenario';
import { withTestDatabase } from '@/lib/tooling/with-test-database';
import { AppError } from '@/lib/domain/errors';
import { httpStatus } from '@/lib/server/errors';
import { roadmapCsv, roadmapRecords, roadmapXlsx } from '../roadmap-export';
import { importWorkItems, type ImportResult } from './import-work-items';

const database = withTestDatabase();
let rapporteur: TestActor;
let coordinator: TestActor;
/** The rapporteur of SG15: a group outside SG13. */
let stranger: TestActor;
let sg13: GroupRef;
let q6: GroupRef;
let sg15: GroupRef;

const record = (overrides: Partial<RoadmapRecord> = {}): RoadmapRecord => ({
  identifier: 'Y.IMT2030-new',
  number: '',
  title: 'A new item',
  kind: 'ITU_RECOMMENDATION',
  body: 'ITU-T',
  group: q6.path,
  generation: 'IMT2030',
  topics: 'network-slicing',
  process: 'AAP',
  status: 'UNDER_STUDY',
  stage: 'DRAFTING',
  start: '2025-01-15',
  target: '2026-07-01',
  approved: '',
  editors: 'Ann Editor (Example Corp) <ann@example.org>',
  summary: 'Summary.',
  url: '',
  ...overrides,
});
const csv = (...records: RoadmapRecord[]) => Buffer.from(roadmapCsv(records));

const run = (
  file: Uint8Array,
  options: { actor?: TestActor | null; group?: string; dryRun?: boolean } = {},
) =>
  importWorkItems({
    actor: options.actor === undefined ? coordinator : options.actor,
    group: options.group ?? sg13.path,
    file,
    dryRun: options.dryRun ?? true,
  });

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** Row counts and the newest row version (xmin) of every table an import writes. */
async function snapshot() {
  const { rows } = await database.sql<{ t: string; n: number; x: string }>(`
    SELECT 'work_item' AS t, count(*)::int AS n, coalesce(string_agg(xmin::text || ':' || version, ',' ORDER BY id), '') AS x FROM work_item
    UNION ALL SELECT 'audit', count(*)::int, '' FROM audit_event
    UNION ALL SELECT 'status', count(*)::int, '' FROM status_change
    UNION ALL SELECT 'editor', count(*)::int, coalesce(string_agg(xmin::text, ',' ORDER BY id), '') FROM work_item_editor
    UNION ALL SELECT 'topic', count(*)::int, '' FROM work_item_topic`);
  return rows;
}

const messages = (result: Pick<ImportResult, 'errors'>) =>
  result.errors.map((e) => `${e.line} ${e.column}: ${e.message}`);

beforeAll(async () => {
  const world = await buildScenario(database.prisma, {
    items: [
      {
        group: 'sg13',
        identifier: 'Y.3101',
        statusCode: 'APPROVED',
        startDate: '2016-01-01',
        approvedDate: '2018-01-13',
        topics: ['slicing'],
        title: '=HYPERLINK("x") looks like a formula',
      },
      { group: 'q6', identifier: 'Y.3110', statusCode: 'UNDER_STUDY' },
      { group: 'sg15', identifier: 'G.8271', statusCode: 'UNDER_STUDY' },
    ],
  });
  ({ sg13, q6, sg15 } = world.groups);
  ({ rapporteur, coordinator, otherRapporteur: stranger } = world.actors);
  await database.prisma.workItem.update({
    where: { identifier: 'Y.3101' },
    data: {
      publicationUrl: 'https://www.itu.int/rec/T-REC-Y.3101',
      baseTextUrl: 'https://example.org/base',
      editors: {
        create: [{ position: 0, name: 'Bo Editor', affiliation: 'ETRI; KAIST', role: 'RAPPORTEUR' }],
      },
    },
  });
});

describe('importWorkItems: reading the file', () => {
  it('refuses malformed CSV, binary garbage, a broken XLSX and an empty file with a 400 naming the file', async () => {
    for (const bytes of [
      Buffer.from('identifier,title\n"Y.1,"unclosed\n'),
      Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7]),
      Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]),
      Buffer.alloc(0),
    ]) {
      const error = await failure(run(bytes));
      expect([httpStatus(error), error.field]).toEqual([400, 'file']);
    }
  });

  it('reports missing, unknown and duplicated columns on line 1, whatever their order and case', async () => {
    const header = [...ROADMAP_COLUMNS].reverse().map((c) => ` ${c.toUpperCase()} `);
    const ok = await run(Buffer.from(`${header.join(',')}\n`));
    expect(ok.errors).toEqual([]);
    const bad = await run(Buffer.from('identifier,title,colour,title\n'));
    expect(bad.errors).toContainEqual({
      line: 1,
      column: 'colour',
      message: expect.stringContaining('not a column') as string,
    });
    expect(bad.errors).toContainEqual({
      line: 1,
      column: 'title',
      message: expect.stringContaining('twice') as string,
    });
    expect(bad.errors).toContainEqual({
      line: 1,
      column: 'status',
      message: expect.stringContaining('missing') as string,
    });
  });
});

describe('importWorkItems: preview', () => {
  it('previews creates and field-by-field updates and writes nothing', async () => {
    const before = await snapshot();
    const preview = await run(
      csv(
        record(),
        record({ identifier: 'Y.3110', group: q6.path, title: 'Renamed', status: 'CONSENTED', stage: '' }),
      ),
    );
    expect(preview.errors).toEqual([]);
    expect(preview.create).toEqual([
      expect.objectContaining({
        line: 2,
        identifier: 'Y.IMT2030-new',
        fields: expect.objectContaining({ title: 'A new item' }) as object,
      }),
    ]);
    expect(preview.update).toHaveLength(1);
    expect(preview.update[0]).toMatchObject({
      line: 3,
      identifier: 'Y.3110',
      changes: { title: { after: 'Renamed' }, status: { before: 'UNDER_STUDY', after: 'CONSENTED' } },
    });
    expect(await snapshot()).toEqual(before);
  });

  it('names line and column for duplicates, unknown groups, topics and statuses and illegal moves', async () => {
    const preview = await run(
      csv(
        record({ identifier: 'X.1' }),
        record({ identifier: 'x.1' }),
        record({ identifier: 'X.2', group: 'itu-t/sg99' }),
        record({ identifier: 'X.3', topics: 'network-slicing; teleportation' }),
        record({ identifier: 'X.4', status: 'ALMOST_DONE' }),
        record({ identifier: 'G.8271', group: sg15.path }),
        record({ identifier: 'Y.3101', group: sg13.path, status: 'UNDER_STUDY', stage: '' }),
        record({ identifier: 'X.5', stage: 'APPROVED' }),
        record({ identifier: 'X.6', body: '3GPP' }),
        record({ identifier: 'X.7', start: '2025-02-30', editors: 'No Mail <not-an-address>' }),
      ),
    );
    const found = messages(preview);
    expect(found).toContainEqual(
      expect.stringMatching(/^3 identifier: duplicate identifier x\.1: also on line 2/),
    );
    expect(found).toContainEqual(expect.stringMatching(/^4 group: no group has the path "itu-t\/sg99"/));
    expect(found).toContainEqual(expect.stringMatching(/^5 topics: unknown topic: teleportation/));
    expect(found).toContainEqual(
      expect.stringMatching(/^6 status: "ALMOST_DONE" is not a status of the AAP/),
    );
    expect(found).toContainEqual(expect.stringMatching(/^7 group: itu-t\/sg15 is outside itu-t\/sg13/));
    expect(found).toContainEqual(
      expect.stringMatching(/^8 status: cannot move from APPROVED to UNDER_STUDY/),
    );
    expect(found).toContainEqual(expect.stringMatching(/^9 stage: is APPROVED but status UNDER_STUDY/));
    expect(found).toContainEqual(
      expect.stringMatching(/^10 body: is "3GPP" but itu-t\/sg13\/wp1-13\/q6-13 belongs to ITU-T/),
    );
    expect(found).toContainEqual(expect.stringMatching(/^11 start: is not a real calendar date/));
    expect(found).toContainEqual(
      expect.stringMatching(/^11 editors: editor 1 \(No Mail\): email must be an e-mail/),
    );
    expect(preview.create.map((c) => c.identifier)).toEqual(['X.1']);
  });
});

describe('importWorkItems: permissions', () => {
  it('answers 401 to nobody, 403 to a rapporteur of another group and 400 to an unknown group', async () => {
    const before = await snapshot();
    expect(httpStatus(await failure(run(csv(record()), { actor: null, dryRun: false })))).toBe(401);
    expect(httpStatus(await failure(run(csv(record()), { actor: stranger, dryRun: false })))).toBe(403);
    expect(httpStatus(await failure(run(csv(record()), { actor: rapporteur, dryRun: false })))).toBe(403); // sg13 itself
    const unknown = await failure(run(csv(record()), { group: 'itu-t/sg99' }));
    expect([httpStatus(unknown), unknown.field]).toEqual([400, 'group']);
    expect(await snapshot()).toEqual(before);
  });
});

describe('importWorkItems: apply', () => {
  it('writes nothing when one line of many is wrong, and says so with a 422 carrying the preview', async () => {
    const before = await snapshot();
    const error = await failure(
      run(
        csv(
          record({ identifier: 'Z.1' }),
          record({ identifier: 'Z.2', kind: 'NOVEL' }),
          record({ identifier: 'Z.3' }),
        ),
        {
          dryRun: false,
        },
      ),
    );
    expect(httpStatus(error)).toBe(422);
    const body = error.toJSON() as unknown as ImportResult & { error: { code: string } };
    expect(body.error.code).toBe('UNPROCESSABLE');
    expect(body.create).toHaveLength(2);
    expect(body.errors).toEqual([
      { line: 3, column: 'kind', message: expect.stringContaining('must be one of') as string },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('creates and updates in one go, with history and audit rows, and a second run changes nothing', async () => {
    const file = csv(
      record({ identifier: 'Y.IMT2030-arch', number: '', title: 'Architecture' }),
      record({
        identifier: 'Y.3110',
        number: 'Y.3110',
        title: 'Management, renamed',
        status: 'CONSENTED',
        stage: 'UNDER_APPROVAL',
      }),
    );
    const applied = await run(file, { actor: rapporteur, group: q6.path, dryRun: false });
    expect([applied.create.length, applied.update.length, applied.unchanged, applied.errors]).toEqual([
      1,
      1,
      0,
      [],
    ]);
    const item = await database.prisma.workItem.findUniqueOrThrow({
      where: { identifier: 'Y.3110' },
      include: { statusChanges: { orderBy: { id: 'asc' } }, editors: true },
    });
    expect([item.title, item.statusCode, item.version]).toEqual(['Management, renamed', 'CONSENTED', 2]);
    expect(item.statusChanges.at(-1)).toMatchObject({
      fromCode: 'UNDER_STUDY',
      toCode: 'CONSENTED',
      reference: 'Spreadsheet import',
      recordedById: rapporteur.userId,
    });
    const { rows: audits } = await database.sql<{ action: string; channel: string; changes: object }>(
      `SELECT action, channel, changes FROM audit_event WHERE action LIKE 'work_item.import.%' ORDER BY id`,
    );
    expect(audits.map((a) => [a.action, a.channel])).toEqual([
      ['work_item.import.create', 'IMPORT'],
      ['work_item.import.update', 'IMPORT'],
    ]);
    expect(Object.keys(audits[1]!.changes).sort()).toEqual(
      ['editors', 'generation', 'startDate', 'status', 'summary', 'targetDate', 'title', 'topics'].sort(),
    );
    const created = await database.prisma.statusChange.findFirstOrThrow({
      where: { workItem: { identifier: 'Y.IMT2030-arch' } },
    });
    expect([created.fromCode, created.toCode]).toEqual([null, 'UNDER_STUDY']);

    const before = await snapshot();
    const again = await run(file, { actor: rapporteur, group: q6.path, dryRun: false });
    expect([again.create.length, again.update.length, again.unchanged]).toEqual([0, 0, 2]);
    expect(await snapshot()).toEqual(before);
  });
});

describe('importWorkItems: round trip', () => {
  it('CSV export -> import changes nothing (formula-looking text, editors with "; ", both URLs)', async () => {
    const records = await roadmapRecords(new URLSearchParams({ group: sg13.path }));
    expect(records.length).toBeGreaterThan(2);
    const before = await snapshot();
    const result = await run(Buffer.from(roadmapCsv(records)), { dryRun: false });
    expect(result.errors).toEqual([]);
    expect([result.create.length, result.update.length, result.unchanged]).toEqual([0, 0, records.length]);
    expect(await snapshot()).toEqual(before);
  });

  it('XLSX export -> import changes nothing; real date cells are read as YYYY-MM-DD', async () => {
    const records = await roadmapRecords(new URLSearchParams({ group: sg13.path }));
    const xlsx = await roadmapXlsx(records);
    const before = await snapshot();
    const result = await run(xlsx, { dryRun: false });
    expect(result.errors).toEqual([]);
    expect([result.create.length, result.update.length, result.unchanged]).toEqual([0, 0, records.length]);
    expect(await snapshot()).toEqual(before);

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Mine');
    sheet.addRow([...ROADMAP_COLUMNS]);
    const row = record({ identifier: 'Y.dates' });
    sheet.addRow(
      ROADMAP_COLUMNS.map((c) =>
        c === 'start'
          ? new Date(Date.UTC(2025, 2, 4))
          : c === 'target'
            ? new Date(Date.UTC(2027, 11, 31))
            : row[c],
      ),
    );
    const own = await run(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(own.errors).toEqual([]);
    expect(own.create[0]?.fields).toMatchObject({ startDate: '2025-03-04', targetDate: '2027-12-31' });
  });
});
