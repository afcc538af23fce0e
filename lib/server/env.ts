import 'server-only';
import { isIP } from 'node:net';
import { z } from 'zod';

// The only place the app reads environment variables (the README lists them all).

/** Used outside production when BETTER_AUTH_SECRET is unset, so that the quick start needs no setup. */
const DEVELOPMENT_SECRET = 'imt-roadmap-development-secret-not-for-production';

/** "10.0.0.7", "10.0.0.0/8", "2001:db8::/32". */
function isAddressOrRange(entry: string): boolean {
  const [address = '', prefix, extra] = entry.split('/');
  const version = isIP(address);
  if (!version || extra !== undefined) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

const optional = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || undefined);

const schema = z
  .object({
    DATABASE_URL: z
      .string({ error: 'DATABASE_URL is not set: run the app with `npm run dev` or `npm start`, or set it' })
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgresql:// connection string'),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    /** Signs session cookies; at least 32 random characters (`openssl rand -base64 32`). */
    BETTER_AUTH_SECRET: z.string().min(32, 'BETTER_AUTH_SECRET must be at least 32 characters').optional(),
    /** The public address of the app (links in invitations, the SSO callback). */
    BETTER_AUTH_URL: z
      .url({ error: 'BETTER_AUTH_URL must be the public address, e.g. https://roadmap.example.org' })
      .optional(),
    OIDC_ISSUER: z.url({ error: 'OIDC_ISSUER must be the issuer URL of the identity provider' }).optional(),
    OIDC_CLIENT_ID: optional,
    OIDC_CLIENT_SECRET: optional,
    OIDC_NAME: z.string().trim().min(1).default('Single sign-on'),
    /** Whether people unknown to the roadmap get an account (without roles) at their first SSO sign-in. */
    OIDC_ALLOW_SIGNUP: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
    /** e.g. smtp://user:password@smtp.example.org:587; without it, links are shown to the admin to copy. */
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'SMTP_URL must be an smtp:// or smtps:// URL')
      .optional(),
    MAIL_FROM: z.string().trim().min(3).default('IMT Roadmap <roadmap@localhost>'),
    /** `off` disables the sign-in rate limit (never in production). */
    AUTH_RATE_LIMIT: z.enum(['on', 'off']).default('on'),
    /**
     * Signs published editions (HMAC-SHA256 of their data and files), held outside the database so
     * that a changed row is detected; at least 32 random characters. Docs: decision 011.
     */
    EDITION_SIGNING_KEY: z
      .string()
      .min(32, 'EDITION_SIGNING_KEY must be at least 32 characters (`openssl rand -base64 32`)')
      .optional(),
    /**
     * The groups whose coordinators keep the roadmap (editions, later the gap register and overlaps):
     * comma-separated group paths. Resolution 92 names SG13 and JCA-IMT2020.
     */
    ROADMAP_OWNING_GROUPS: z
      .string()
      .default('itu-t/sg13,itu-t/sg13/jca-imt2020')
      .transform((v) =>
        v
          .split(',')
          .map((s) => s.trim().replace(/\/+$/, ''))
          .filter(Boolean),
      ),
    /**
     * Comma-separated addresses or CIDR ranges of the load balancers whose X-Forwarded-For is
     * trusted (lib/server/client-address.ts); without it, the client address is the socket's.
     */
    TRUSTED_PROXIES: z
      .string()
      .optional()
      .transform((v) =>
        (v ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      )
      .refine((entries) => entries.every(isAddressOrRange), {
        error: 'TRUSTED_PROXIES must list IP addresses or CIDR ranges, e.g. 10.0.0.0/8,2001:db8::/32',
      }),
  })
  .superRefine((e, ctx) => {
    if (e.NODE_ENV === 'production' && !e.BETTER_AUTH_SECRET)
      ctx.addIssue({
        code: 'custom',
        path: ['BETTER_AUTH_SECRET'],
        message: 'is required in production (at least 32 random characters: `openssl rand -base64 32`)',
      });
    if (e.NODE_ENV === 'production' && !e.EDITION_SIGNING_KEY)
      ctx.addIssue({
        code: 'custom',
        path: ['EDITION_SIGNING_KEY'],
        message: 'is required in production (at least 32 random characters: `openssl rand -base64 32`)',
      });
    if (e.OIDC_ISSUER && !e.OIDC_CLIENT_ID)
      ctx.addIssue({ code: 'custom', path: ['OIDC_CLIENT_ID'], message: 'is required with OIDC_ISSUER' });
  })
  .transform((e) => ({
    ...e,
    BETTER_AUTH_SECRET: e.BETTER_AUTH_SECRET ?? DEVELOPMENT_SECRET,
    /** Whether the secret is the built-in development one. */
    usesDevelopmentSecret: !e.BETTER_AUTH_SECRET,
  }));

export type Env = z.infer<typeof schema>;

let cached: { source: string; env: Env } | undefined;
let warned = false;

export function env(): Env {
  // Parsed again only when one of these changes (tests point one process at several databases and
  // keys).
  const source = JSON.stringify(
    ['DATABASE_URL', 'EDITION_SIGNING_KEY', 'ROADMAP_OWNING_GROUPS'].map((name) => process.env[name]),
  );
  if (cached && cached.source === source) return cached.env;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(
      `Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  if (parsed.data.usesDevelopmentSecret && parsed.data.NODE_ENV === 'development' && !warned) {
    warned = true;
    console.warn('BETTER_AUTH_SECRET is not set: using a fixed development secret (never in production)');
  }
  cached = { source, env: parsed.data };
  return parsed.data;
}
