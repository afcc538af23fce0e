// Issue 10 item 3: an apply that names its preview writes exactly what the preview showed, or
// nothing (409 naming the lines that changed since).
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RoadmapRecord } from '@/lib/domain/roadmap-csv';
import { databaseFingerprint } from '@/lib/tooling/fingerprint';
import { buildScenario, type Scenario } from '@/lib/tooling/scenario';
import { withTestDatabase } from '@/lib/tooling/with-test-database';
import { AppError } from '@/lib/domain/errors';
import { httpStatus } from '../errors';
import type { Actor } from '../permissions';
import { roadmapCsv, roadmapRecords } from '../roadmap-export';
import { importWorkItems } from './import-work-items';
import { updateWorkItem } from './update-work-item';

const database = withTestDatabase();
let world: Scenario;
let serial = 0;

const asActor = (actor: Scenario['actors']['rapporteur']): Actor => ({ ...actor, channel: 'FORM' });

/** A new item of Q6/13 and the group's export with its title changed (what a rapporteur edits). */
async function editedExport(title = 'Retitled in the spreadsheet') {
  const identifier = `Y.31${String(++serial).padStart(2, '0')}-${process.pid}`;
  await world.addItem({ group: 'q6', identifier, summary: 'The summary as exported' });
  const records = await roadmapRecords(new URLSearchParams({ group: world.groups.q6.path, q: identifier }));
  expect(records).toHaveLength(1);
  const edited = records.map((r) => ({ ...r, title }));
  return { identifier, records: edited, file: csv(edited) };
}
const csv = (records: RoadmapRecord[]) => Buffer.from(roadmapCsv(records));

const preview = (file: Buffer, actor = world.actors.rapporteur, group = world.groups.q6.path) =>
  importWorkItems({ actor: asActor(actor), group, file, dryRun: true });
const apply = (
  file: Buffer,
  previewToken: string | null,
  { actor = world.actors.rapporteur, group = world.groups.q6.path, comment = null as string | null } = {},
) => importWorkItems({ actor: asActor(actor), group, file, dryRun: false, previewToken, comment });

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  const appError = error as AppError;
  return {
    status: httpStatus(appError),
    field: appError.field,
    json: appError.toJSON() as Record<string, unknown>,
  };
}

async function item(identifier: string) {
  return database.prisma.workItem.findFirstOrThrow({
    where: { identifier },
    select: { title: true, summary: true, version: true },
  });
}

beforeAll(async () => {
  world = await buildScenario(database.prisma);
});

describe('an import preview token', () => {
  it('is stored in PostgreSQL (its hash), bound to the file and the person, for an hour', async () => {
    const { file } = await editedExport();
    const answer = await preview(file);
    expect(answer.previewToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const { rows } = await database.sql<{ user_id: string; file_sha256: string; minutes: number }>(
      `SELECT user_id, file_sha256, round(extract(epoch FROM expires_at - created_at) / 60)::int AS minutes
       FROM import_preview WHERE token_hash = $1`,
      [createHash('sha256').update(answer.previewToken!).digest('hex')],
    );
    expect(rows).toEqual([
      {
        user_id: world.actors.rapporteur.userId,
        file_sha256: createHash('sha256').update(file).digest('hex'),
        minutes: 60,
      },
    ]);
  });

  it('applies exactly the preview, once', async () => {
    const { identifier, file } = await editedExport();
    const previewed = await preview(file);
    const applied = await apply(file, previewed.previewToken!);
    expect(applied.update).toEqual(previewed.update);
    expect(await item(identifier)).toMatchObject({ title: 'Retitled in the spreadsheet', version: 2 });
    const again = await refusal(apply(file, previewed.previewToken!));
    expect(again).toMatchObject({ status: 409, field: 'previewToken', json: { conflicts: [] } });
  });

  it('is refused with 409 naming the line when the item changed since, and nothing is written', async () => {
    const { identifier, file } = await editedExport();
    const { previewToken } = await preview(file);
    const current = await item(identifier);
    await updateWorkItem({
      actor: asActor(world.actors.coordinator),
      identifier,
      input: { version: current.version, summary: 'Edited by someone else meanwhile' },
    });
    const before = await databaseFingerprint(database);
    const refused = await refusal(apply(file, previewToken!));
    expect(refused).toMatchObject({ status: 409, field: 'previewToken' });
    expect(refused.json.conflicts).toEqual([{ line: 2, identifier }]);
    expect(await databaseFingerprint(database)).toEqual(before);
    expect(await item(identifier)).toMatchObject({ summary: 'Edited by someone else meanwhile' });
  });

  it('is refused with 409 when an identifier it would create now exists', async () => {
    const { records } = await editedExport();
    const identifier = `Y.new-${process.pid}`;
    const newFile = csv([...records, { ...records[0]!, identifier, number: '', title: 'New' }]);
    const { previewToken, create } = await preview(newFile);
    expect(create.map((c) => c.identifier)).toEqual([identifier]);
    await world.addItem({ group: 'q6', identifier });
    const refused = await refusal(apply(newFile, previewToken!));
    expect(refused.status).toBe(409);
    expect(refused.json.conflicts).toEqual([{ line: 3, identifier }]);
  });

  it('belongs to the person who previewed: anyone else gets 409 and nothing is written', async () => {
    const { file } = await editedExport();
    const { previewToken } = await preview(file);
    const before = await databaseFingerprint(database);
    const refused = await refusal(apply(file, previewToken!, { actor: world.actors.coordinator }));
    expect(refused).toMatchObject({ status: 409, field: 'previewToken' });
    expect(await databaseFingerprint(database)).toEqual(before);
    // The owner may still apply it.
    await apply(file, previewToken!);
  });

  it('names another file, group or comment, or is no token at all: 400 on previewToken', async () => {
    const admin = world.actors.admin;
    const { file } = await editedExport();
    const { previewToken } = await preview(file, admin);
    const other = await editedExport('Another title');
    const before = await databaseFingerprint(database);
    const attempts = {
      'another file': () => apply(other.file, previewToken!, { actor: admin }),
      'another group': () => apply(file, previewToken!, { actor: admin, group: world.groups.sg13.path }),
      'another comment': () => apply(file, previewToken!, { actor: admin, comment: 'A different why' }),
      'not a token': () => apply(file, 'not-a-token', { actor: admin }),
      empty: () => apply(file, '', { actor: admin }),
    };
    for (const [name, attempt] of Object.entries(attempts)) {
      const refused = await refusal(attempt());
      expect(refused, name).toMatchObject({ status: 400, field: 'previewToken' });
      expect(JSON.stringify(refused.json), name).toContain('previewToken');
    }
    expect(await databaseFingerprint(database)).toEqual(before);
    // None of them used the preview up.
    await apply(file, previewToken!, { actor: admin });
  });

  it('expires after an hour (409)', async () => {
    const { file } = await editedExport();
    const { previewToken } = await preview(file);
    await database.sql("UPDATE import_preview SET expires_at = now() - interval '1 second'");
    expect((await refusal(apply(file, previewToken!))).status).toBe(409);
  });

  it('is not answered for a preview with errors', async () => {
    const { file } = await editedExport();
    const broken = Buffer.concat([file, Buffer.from('Y.broken,,,NOT_A_KIND\r\n')]);
    const answer = await preview(broken);
    expect(answer.errors.length).toBeGreaterThan(0);
    expect(answer.previewToken).toBeNull();
  });

  it('is optional: without it the apply writes what the file changes at that moment', async () => {
    const { identifier, file } = await editedExport();
    await apply(file, null);
    expect(await item(identifier)).toMatchObject({ title: 'Retitled in the spreadsheet', version: 2 });
  });
});
