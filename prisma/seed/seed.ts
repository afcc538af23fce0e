// Loads the demo roadmap (prisma/seed/data) into a database, idempotently: everything is upserted
// by natural keys and written only where it differs, in one transaction, so a second run changes
// no row. Called by scripts/db-seed.ts, scripts/with-database.ts (first start) and the benchmark.
import type { PrismaClient } from '../../lib/tooling/prisma.ts';
import { writeDemoAccounts } from './accounts.ts';
import { DEMO_DATA } from './data/index.ts';
import type { DemoData } from './types.ts';
import { validateDemoData } from './validate.ts';
import { writeLiaisons, writeRelations } from './write-links.ts';
import { writeReferenceData } from './write-reference.ts';
import { writeWorkItems } from './write-work-items.ts';

export { seedSynthetic } from './synthetic.ts';

export async function seedDemo(
  prisma: PrismaClient,
  data: DemoData = DEMO_DATA,
): Promise<{ workItems: number; liaisons: number }> {
  const problems = validateDemoData(data);
  if (problems.length > 0)
    throw new Error(`The demo data has ${problems.length} problem(s):\n${problems.join('\n')}`);
  const result = await prisma.$transaction(
    async (tx) => {
      const ids = await writeReferenceData(tx, data);
      const itemIds = await writeWorkItems(tx, data.workItems, ids);
      await writeRelations(tx, data.relations, itemIds);
      const liaisons = await writeLiaisons(tx, data.liaisons, ids, itemIds);
      await writeDemoAccounts(tx, ids);
      return { workItems: itemIds.size, liaisons };
    },
    // Generous: the first load writes a few hundred rows one statement at a time.
    { timeout: 120_000, maxWait: 30_000 },
  );
  // Fresh statistics and a flushed GIN pending list (a bulk load leaves the search indexes slow
  // and the planner blind until autovacuum comes by).
  await prisma.$executeRaw`VACUUM ANALYZE`;
  return result;
}
