import 'server-only';
import { getSessionCookie } from 'better-auth/cookies';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { loadActor } from './actor';
import { API_TOKEN_PATTERN, hashApiToken } from './api-token';
import { auth } from './auth';
import { db } from './db';
import { AppError } from '@/lib/domain/errors';
import { msg } from '@/lib/domain/messages/message';
import type { Actor, Channel } from './permissions';

// Who is making a request: the signed-in person (session cookie) or the owner of an API token.

/** The user id of the session the headers carry, or null (no database query without a cookie). */
export async function sessionUserId(requestHeaders: Headers): Promise<string | null> {
  if (!getSessionCookie(requestHeaders)) return null;
  const session = await auth().api.getSession({ headers: requestHeaders });
  return session?.user.id ?? null;
}

/** The signed-in person in a page, layout or Server Action; null for a reader who is not signed in. */
export const getCurrentActor = cache(async (channel: Channel = 'FORM'): Promise<Actor | null> => {
  const userId = await sessionUserId(await headers());
  return userId ? loadActor(userId, channel) : null;
});

/** lastUsedAt is written at most this often per token (one write per request would be wasteful). */
const LAST_USED_PRECISION_MS = 60_000;

/**
 * The actor of an API request: `Authorization: Bearer imt_...`, else a signed-in session (the
 * browser UI calling the API), else null (authorize() then answers 401). A bad token is a 401
 * with a message saying why, never a silent fallback to anonymous.
 */
export async function getApiActor(request: Request): Promise<Actor | null> {
  const authorization = request.headers.get('authorization');
  if (!authorization) {
    const userId = await sessionUserId(request.headers);
    return userId ? loadActor(userId, 'API') : null;
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match?.[1]) throw new AppError('UNAUTHENTICATED', msg('errors.token.header'));
  const token = match[1];
  if (!API_TOKEN_PATTERN.test(token)) throw new AppError('UNAUTHENTICATED', msg('errors.token.notOurs'));
  const now = new Date();
  const row = await db().apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: { id: true, userId: true, revokedAt: true, expiresAt: true, lastUsedAt: true },
  });
  if (!row) throw new AppError('UNAUTHENTICATED', msg('errors.token.unknown'));
  if (row.revokedAt) throw new AppError('UNAUTHENTICATED', msg('errors.token.revoked'));
  if (row.expiresAt && row.expiresAt <= now)
    throw new AppError('UNAUTHENTICATED', msg('errors.token.expired'));
  const actor = await loadActor(row.userId, 'API');
  if (!actor) throw new AppError('UNAUTHENTICATED', msg('errors.token.ownerGone'));
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_PRECISION_MS) {
    // Conditional, so that concurrent requests write it once.
    await db().apiToken.updateMany({
      where: {
        id: row.id,
        OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_PRECISION_MS) } }],
      },
      data: { lastUsedAt: now },
    });
  }
  return actor;
}

/** The signed-in person of an editor page; anyone else goes to the sign-in page and comes back to `path`. */
export async function requireSignedIn(path: string): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  return actor;
}
