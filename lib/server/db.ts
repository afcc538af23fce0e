import 'server-only';
import { createPrisma, type PrismaClient } from '@/lib/tooling/prisma';
import { env } from './env';

// One Prisma client per process, over node-postgres. Cached on globalThis so that Next's
// development server does not open a new pool at every reload.
const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

export function db(): PrismaClient {
  const { DATABASE_URL, DATABASE_POOL_SIZE } = env();
  globalForDb.prisma ??= createPrisma(DATABASE_URL, DATABASE_POOL_SIZE);
  return globalForDb.prisma;
}
