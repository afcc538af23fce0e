import 'server-only';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { parseCookies } from 'better-auth/cookies';
import { env } from './env';

// A device cookie ("this browser signed in to this account before"): issued at a successful
// sign-in or password reset, it lets its browser past the per-account limit, so an attacker who
// exhausts an account's attempts cannot lock its owner out (OWASP's "device cookies"). It holds
// a random device id and the account it was issued for, signed with an HMAC of the app's secret;
// one cookie per account (its name carries a hash of the e-mail address).

export const DEVICE_COOKIE_MAX_AGE_SECONDS = 60 * 60 * 24 * 180;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

function emailTag(email: string): string {
  return createHash('sha256').update(normalizeEmail(email)).digest('hex').slice(0, 16);
}

function secure(): boolean {
  return (env().BETTER_AUTH_URL ?? '').startsWith('https:');
}

/** `imt.device.<tag>`, with the `__Secure-` prefix when the app is served over https. */
export function deviceCookieName(email: string): string {
  return `${secure() ? '__Secure-' : ''}imt.device.${emailTag(email)}`;
}

function signature(tag: string, deviceId: string): string {
  return createHmac('sha256', env().BETTER_AUTH_SECRET)
    .update(`imt-device-cookie:${tag}:${deviceId}`)
    .digest('base64url');
}

export interface DeviceCookie {
  name: string;
  value: string;
  options: { httpOnly: true; sameSite: 'lax'; secure: boolean; path: '/'; maxAge: number };
}

/** A new device cookie for the account `email`. */
export function issueDeviceCookie(email: string): DeviceCookie {
  const tag = emailTag(email);
  const deviceId = randomBytes(18).toString('base64url');
  return {
    name: deviceCookieName(email),
    value: `${tag}.${deviceId}.${signature(tag, deviceId)}`,
    options: {
      httpOnly: true,
      sameSite: 'lax',
      secure: secure(),
      path: '/',
      maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS,
    },
  };
}

/** The device id of a valid device cookie for `email` in a Cookie header, else null. */
export function readDeviceId(cookieHeader: string | null | undefined, email: string): string | null {
  if (!cookieHeader) return null;
  const value = parseCookies(cookieHeader).get(deviceCookieName(email));
  const [tag, deviceId, mac, extra] = value?.split('.') ?? [];
  if (!tag || !deviceId || !mac || extra !== undefined || tag !== emailTag(email)) return null;
  const expected = Buffer.from(signature(tag, deviceId));
  const given = Buffer.from(mac);
  return given.length === expected.length && timingSafeEqual(given, expected) ? deviceId : null;
}
