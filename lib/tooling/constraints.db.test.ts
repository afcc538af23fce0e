// What the database itself refuses, whatever the code above it does: rows written with raw SQL.
// Also that the search indexes the queries rely on can serve them.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTestDatabase } from './with-test-database.ts';

const db = withTestDatabase();
let bodies: { a: number; b: number };
let groups: { a: number; b: number };
beforeAll(async () => {
  const body = async (slug: string) =>
    (
      await db.sql<{ id: number }>(
        `INSERT INTO body (slug, name, full_name) VALUES ($1, $1, $1) RETURNING id`,
        [slug],
      )
    ).rows[0]!.id;
  bodies = { a: await body('body-a'), b: await body('body-b') };
  groups = { a: await group(bodies.a, 'body-a/sg1'), b: await group(bodies.b, 'body-b/sg1') };
});

async function group(bodyId: number, path: string, parentId: number | null = null): Promise<number> {
  const { rows } = await db.sql<{ id: number }>(
    `INSERT INTO "group" (body_id, parent_id, kind, code, name, path) VALUES ($1, $2, 'STUDY_GROUP', $3, $3, $3) RETURNING id`,
    [bodyId, parentId, path],
  );
  return rows[0]!.id;
}

let counter = 0;
/** Inserts a work item; `number` defaults to the identifier. Returns its id. */
async function item(values: Record<string, unknown> = {}): Promise<number> {
  const identifier = values.identifier ?? `Y.${1000 + ++counter}`;
  const row: Record<string, unknown> = {
    identifier,
    number: identifier,
    title: 'A work item',
    kind: 'ITU_RECOMMENDATION',
    generation: 'IMT2030',
    group_id: groups.a,
    process: 'AAP',
    status_code: 'UNDER_STUDY',
    ...values,
  };
  const columns = Object.keys(row);
  const { rows } = await db.sql<{ id: number }>(
    `INSERT INTO work_item (${columns.map((c) => `"${c}"`).join(', ')}, updated_at)
     VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}, now()) RETURNING id`,
    Object.values(row),
  );
  return rows[0]!.id;
}

/** The statement fails on the named constraint (or trigger reporting as one). */
async function refused(statement: Promise<unknown>, constraint: string): Promise<void> {
  await expect(statement).rejects.toMatchObject({ constraint });
}

describe('work_item', () => {
  it('accepts a valid row (the control for the refusals below)', async () => {
    expect(await item({ start_date: '2026-01-01', target_date: '2027-01-01' })).toBeGreaterThan(0);
  });

  it('refuses a status that belongs to another approval process', async () => {
    await refused(item({ process: 'IETF', status_code: 'CONSENTED' }), 'work_item_process_status_code_fkey');
    expect(await item({ process: 'AAP', status_code: 'CONSENTED' })).toBeGreaterThan(0);
  });

  it('refuses a target date before the start date', async () => {
    await refused(
      item({ start_date: '2026-06-01', target_date: '2026-05-31' }),
      'work_item_target_after_start',
    );
  });

  it('refuses an identifier other than the number, or the working name while there is no number', async () => {
    await refused(item({ identifier: 'Y.2001', number: 'Y.2002' }), 'work_item_identifier_is_current_name');
    await refused(
      item({ identifier: 'Y.2003', number: null, working_name: 'Y.draft' }),
      'work_item_identifier_is_current_name',
    );
    expect(await item({ identifier: 'Y.draft', number: null, working_name: 'Y.draft' })).toBeGreaterThan(0);
  });

  it.each(['Y/3101', 'Y.31\t01', 'Y.31\u000701', 'Y.3101 ', ' Y.3101', 'Y.3101?', 'Y.31#01'])(
    'refuses the identifier %j (unusable in a URL path)',
    async (identifier) => {
      await refused(item({ identifier }), 'work_item_identifier_format');
    },
  );

  it('refuses a duplicate identifier, also in another case', async () => {
    await item({ identifier: 'TS 23.700' });
    await refused(item({ identifier: 'TS 23.700' }), 'work_item_identifier_key');
    await refused(item({ identifier: 'ts 23.700' }), 'work_item_identifier_lower_key');
  });

  it('keeps the old identifier on rename, and never gives it to another item', async () => {
    const id = await item({ identifier: 'Y.IMT2030-arch', number: null, working_name: 'Y.IMT2030-arch' });
    await db.sql(`UPDATE work_item SET number = 'Y.3200', identifier = 'Y.3200' WHERE id = $1`, [id]);
    const history = await db.sql<{ identifier: string }>(
      `SELECT identifier FROM work_item_identifier WHERE work_item_id = $1 ORDER BY 1`,
      [id],
    );
    expect(history.rows.map((row) => row.identifier)).toEqual(['Y.3200', 'Y.IMT2030-arch']);
    await refused(
      item({ identifier: 'Y.IMT2030-arch', number: null, working_name: 'Y.IMT2030-arch' }),
      'work_item_identifier_lower_key',
    );
    await refused(
      item({ identifier: 'y.imt2030-ARCH', number: null, working_name: 'y.imt2030-ARCH' }),
      'work_item_identifier_lower_key',
    );
    // The item itself may go back to its earlier name.
    await expect(
      db.sql(`UPDATE work_item SET number = NULL, identifier = working_name WHERE id = $1`, [id]),
    ).resolves.toMatchObject({
      rowCount: 1,
    });
  });
});

describe('relations, liaisons and groups', () => {
  it('refuses a relation from an item to itself', async () => {
    const id = await item();
    await refused(
      db.sql(`INSERT INTO work_item_relation (from_id, to_id, type) VALUES ($1, $1, 'BASED_ON')`, [id]),
      'work_item_relation_not_self',
    );
  });

  it('refuses a liaison whose reply deadline is before its date', async () => {
    const insert = (deadline: string) =>
      db.sql(
        `INSERT INTO liaison (reference, direction, from_group_id, title, purpose, date, deadline, updated_at)
         VALUES ($1, 'OUTGOING', $2, 'LS on slicing', 'FOR_ACTION', '2026-03-10', $3, now())`,
        [`SG1-LS${++counter}`, groups.a, deadline],
      );
    await refused(insert('2026-03-09'), 'liaison_deadline_after_date');
    await expect(insert('2026-03-10')).resolves.toBeDefined();
  });

  it('refuses a group whose parent belongs to another body (trigger), on insert and on update', async () => {
    await refused(group(bodies.a, 'body-a/sg1/wp1', groups.b), 'group_parent_same_body');
    const child = await group(bodies.a, 'body-a/sg1/wp2', groups.a);
    await refused(
      db.sql(`UPDATE "group" SET parent_id = $1 WHERE id = $2`, [groups.b, child]),
      'group_parent_same_body',
    );
  });
});

describe('search indexes', () => {
  let client: pg.Client;
  beforeAll(async () => {
    await item({
      identifier: 'TS 23.501',
      title: 'System architecture for the 5G System',
      summary: 'Network slicing',
    });
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
    await client.query('ANALYZE work_item');
    // With few rows a sequential scan is cheapest: forbid it to see whether the index can serve at all.
    await client.query('SET enable_seqscan = off');
  });
  afterAll(() => client.end());

  const plan = async (sql: string) =>
    (await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`)).rows
      .map((row) => row['QUERY PLAN'])
      .join('\n');

  it('full-text search uses work_item_search_idx, and finds the item', async () => {
    const where = `search_vector @@ websearch_to_tsquery('english', 'network slicing')`;
    expect(await plan(`SELECT id FROM work_item WHERE ${where}`)).toMatch(
      /Index Scan on work_item_search_idx/,
    );
    expect((await client.query(`SELECT identifier FROM work_item WHERE ${where}`)).rows).toEqual([
      { identifier: 'TS 23.501' },
    ]);
  });

  it("ILIKE '%23.501%' on the identifier uses the trigram index, and finds the item", async () => {
    const where = `identifier ILIKE '%23.501%'`;
    expect(await plan(`SELECT id FROM work_item WHERE ${where}`)).toMatch(
      /Index Scan on work_item_identifier_trgm_idx/,
    );
    expect((await client.query(`SELECT identifier FROM work_item WHERE ${where}`)).rows).toEqual([
      { identifier: 'TS 23.501' },
    ]);
  });
});
