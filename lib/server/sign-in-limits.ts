import 'server-only';
import { createHash } from 'node:crypto';
import type { BetterAuthPlugin } from 'better-auth';
import { APIError, createAuthMiddleware, isAPIError } from 'better-auth/api';
import { db } from './db';
import { issueDeviceCookie, normalizeEmail, readDeviceId } from './device-cookie';

// The per-account half of the sign-in and reset limits (docs/decisions/007). better-auth's own
// limiter counts per client address and path (at most ADDRESS_LIMIT); this plugin counts per
// account, whatever the address: at most ACCOUNT_LIMIT failed sign-ins, and as many reset
// requests, per e-mail address typed (existing or not: the answer is the same), in PostgreSQL so
// that every instance shares the count. A browser with a device cookie for the account is
// counted on its own (per device), so an attacker cannot lock the owner out.

export const ACCOUNT_LIMIT = { max: 10, windowSeconds: 15 * 60 };
export const ADDRESS_LIMIT = { max: 30, windowSeconds: 60 };

const SIGN_IN = '/sign-in/email';
const RESET = '/request-password-reset';
const RESET_WITH_LINK = '/reset-password';
/** Where a session is made at the end of a sign-in (with or without a second factor). */
const SIGNED_IN = new Set([SIGN_IN, '/two-factor/verify-totp', '/two-factor/verify-backup-code']);

export const TOO_MANY_ATTEMPTS = 'Too many attempts. Try again later.';

function attemptKey(path: string, email: string, cookieHeader: string | null | undefined): string {
  const kind = path === SIGN_IN ? 'sign-in' : 'reset';
  const deviceId = readDeviceId(cookieHeader, email);
  const key = deviceId ? `device:${kind}:${deviceId}` : `${kind}:${normalizeEmail(email)}`;
  return createHash('sha256').update(key).digest('hex');
}

/**
 * Counts an attempt for `keyHash` unless the window already holds `max` of them; the advisory
 * lock makes the check and the insert one step for concurrent requests on every instance.
 * Returns null when counted, else the seconds until the oldest attempt leaves the window.
 */
export async function countAttempt(keyHash: string, limit = ACCOUNT_LIMIT): Promise<number | null> {
  const window = `${limit.windowSeconds} seconds`;
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${keyHash}, 0))`;
    await tx.$executeRaw`DELETE FROM auth_attempt WHERE key_hash = ${keyHash} AND at <= now() - ${window}::interval`;
    const [row] = await tx.$queryRaw<{ count: number; retry: number | null }[]>`
      SELECT count(*)::int AS count,
        ceil(extract(epoch FROM min(at) + ${window}::interval - now()))::int AS retry
      FROM auth_attempt WHERE key_hash = ${keyHash}`;
    if ((row?.count ?? 0) >= limit.max) return Math.max(1, row?.retry ?? limit.windowSeconds);
    await tx.$executeRaw`INSERT INTO auth_attempt (key_hash) VALUES (${keyHash})`;
    return null;
  });
}

/** Takes back one attempt of `keyHash` (a sign-in that succeeded is not a failure). */
async function forgiveAttempt(keyHash: string): Promise<void> {
  await db().$executeRaw`
    DELETE FROM auth_attempt WHERE id = (
      SELECT id FROM auth_attempt WHERE key_hash = ${keyHash} ORDER BY id DESC LIMIT 1)`;
}

/** Drops attempts older than any window, now and then (one request in 50). */
async function pruneNowAndThen(): Promise<void> {
  if (Math.random() >= 0.02) return;
  const window = `${ACCOUNT_LIMIT.windowSeconds} seconds`;
  await db().$executeRaw`DELETE FROM auth_attempt WHERE at <= now() - ${window}::interval`;
}

function typedEmail(body: unknown): string | null {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' && email.length <= 320 ? email : null;
}

export function signInLimits(): BetterAuthPlugin {
  return {
    id: 'imt-sign-in-limits',
    hooks: {
      before: [
        {
          matcher: (context) => context.path === SIGN_IN || context.path === RESET,
          handler: createAuthMiddleware(async (ctx) => {
            const email = typedEmail(ctx.body);
            if (email === null) return; // better-auth answers 400 for the body
            await pruneNowAndThen();
            const retry = await countAttempt(attemptKey(ctx.path, email, ctx.headers?.get('cookie')));
            if (retry !== null)
              throw new APIError(
                'TOO_MANY_REQUESTS',
                { message: TOO_MANY_ATTEMPTS, code: 'TOO_MANY_ATTEMPTS' },
                { 'X-Retry-After': String(retry) },
              );
          }),
        },
        {
          // A valid reset link proves the mailbox (or an admin's word): its browser gets a
          // device cookie, so that the owner of a locked account can still sign in.
          matcher: (context) => context.path === RESET_WITH_LINK,
          handler: createAuthMiddleware(async (ctx) => {
            const token = (ctx.body as { token?: unknown } | undefined)?.token;
            if (typeof token !== 'string' || !token) return;
            const link = await ctx.context.internalAdapter.findVerificationValue(`reset-password:${token}`);
            if (!link || link.expiresAt < new Date()) return;
            const user = await ctx.context.internalAdapter.findUserById(link.value);
            if (!user) return;
            const cookie = issueDeviceCookie(user.email);
            ctx.setCookie(cookie.name, cookie.value, cookie.options);
          }),
        },
      ],
      after: [
        {
          matcher: (context) => SIGNED_IN.has(context.path ?? ''),
          handler: createAuthMiddleware(async (ctx) => {
            if (isAPIError(ctx.context.returned)) return;
            const email = typedEmail(ctx.body);
            // The password was right (a session, or a second factor to come).
            if (ctx.path === SIGN_IN && email !== null)
              await forgiveAttempt(attemptKey(SIGN_IN, email, ctx.headers?.get('cookie')));
            // Runs after the two-factor plugin's hook, which leaves no session while a code is due.
            const user = ctx.context.newSession?.user;
            if (!user) return;
            const cookie = issueDeviceCookie(user.email);
            ctx.setCookie(cookie.name, cookie.value, cookie.options);
          }),
        },
      ],
    },
  };
}
