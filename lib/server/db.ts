import 'server-only';
import { createPrisma, type PrismaClient } from '@/lib/tooling/prisma';
import { env } from './env';

// One Prisma client (and pool) per process and database URL, cached on globalThis so that
// Next's development server does not open a new pool at every reload.
const globalForDb = globalThis as unknown as { prisma?: { url: string; client: PrismaClient } };

export function db(): PrismaClient {
  const { DATABASE_URL, DATABASE_POOL_SIZE } = env();
  if (globalForDb.prisma?.url !== DATABASE_URL) {
    void globalForDb.prisma?.client.$disconnect();
    globalForDb.prisma = { url: DATABASE_URL, client: createPrisma(DATABASE_URL, DATABASE_POOL_SIZE) };
  }
  return globalForDb.prisma.client;
}
