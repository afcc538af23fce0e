// A Prisma client for scripts and tests (seed, benchmarks), outside Next.js. The app's own
// client is lib/server/db.ts, which reads its settings from the validated environment.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.ts';

export function createPrisma(connectionString: string, max = 5): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
}

export type { PrismaClient };
