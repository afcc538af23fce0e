import { describe, expect, it } from 'vitest';
import { LIFECYCLES, PROCESSES } from '../domain/lifecycle';
import { withTestDatabase } from './with-test-database';

const database = withTestDatabase();

describe('process_status reference data', () => {
  it('equals the lifecycles of lib/domain/lifecycle.ts', async () => {
    const rows = await database.prisma.processStatus.findMany({
      orderBy: [{ process: 'asc' }, { sortOrder: 'asc' }],
    });
    const expected = PROCESSES.flatMap((process) =>
      LIFECYCLES[process].map((s, index) => ({
        process,
        code: s.code,
        name: s.name,
        stage: s.stage,
        sortOrder: index + 1,
      })),
    );
    const sort = (a: { process: string; sortOrder: number }, b: { process: string; sortOrder: number }) =>
      a.process.localeCompare(b.process) || a.sortOrder - b.sortOrder;
    expect(rows.sort(sort)).toEqual(expected.sort(sort));
  });
});
