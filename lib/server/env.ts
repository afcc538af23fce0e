import 'server-only';
import { z } from 'zod';

// The only place the app reads environment variables (the README lists them all).
const schema = z.object({
  DATABASE_URL: z
    .string({ error: 'DATABASE_URL is not set: run the app with `npm run dev` or `npm start`, or set it' })
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgresql:// connection string'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

export type Env = z.infer<typeof schema>;

let cached: { source: string | undefined; env: Env } | undefined;

export function env(): Env {
  // Parsed again only when DATABASE_URL changes (tests point one process at several databases).
  if (cached && cached.source === process.env.DATABASE_URL) return cached.env;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(
      `Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  cached = { source: process.env.DATABASE_URL, env: parsed.data };
  return parsed.data;
}
