// npm run db:seed: loads the demo roadmap into DATABASE_URL (idempotent: a second run changes
// nothing). `npm run db:seed -- --synthetic 10000` also adds that many generated benchmark items.
import { parseArgs } from 'node:util';
import { createPrisma } from '../lib/tooling/prisma.ts';
import { seedDemo, seedSynthetic } from '../prisma/seed/seed.ts';

const USAGE = 'usage: npm run db:seed [-- --synthetic <count>]';

function parseCount(value: string | undefined): number {
  if (value === undefined) return 0;
  if (!/^\d+$/.test(value))
    throw new Error(`--synthetic needs a whole number of items, not "${value}"\n${USAGE}`);
  return Number(value);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { synthetic: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const synthetic = parseCount(values.synthetic);
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error(
      'DATABASE_URL is not set: point it at the PostgreSQL database to seed, e.g. DATABASE_URL=postgresql://user:password@localhost:5432/roadmap',
    );
  const prisma = createPrisma(url, 2);
  try {
    let started = Date.now();
    const demo = await seedDemo(prisma);
    console.log(
      `Demo roadmap: ${demo.workItems} work items and ${demo.liaisons} liaison statements up to date (${Date.now() - started} ms)`,
    );
    if (synthetic > 0) {
      started = Date.now();
      const added = await seedSynthetic(prisma, synthetic);
      console.log(`Synthetic items: added ${added} of ${synthetic} (${Date.now() - started} ms)`);
    }
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
