// Prisma CLI configuration. The app itself never reads this file: it connects through
// lib/server/db.ts with the DATABASE_URL validated in lib/server/env.ts.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? '' },
});
