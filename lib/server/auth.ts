import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import { genericOAuth, type GenericOAuthConfig } from 'better-auth/plugins/generic-oauth';
import { MIN_PASSWORD_LENGTH } from '@/lib/domain/schemas/account';
import { onlyUsedEndpoints } from './auth-endpoints';
import { db } from './db';
import { env } from './env';
import { ADDRESS_LIMIT, signInLimits } from './sign-in-limits';

// Sign-in, sessions, password resets and SSO (better-auth; docs/research/better-auth-1.7.md).
// Global roles are not better-auth's business: `user.is_admin` and `group_role` are read by
// loadActor, and the only way in is an account made by an admin, the CLI or (if allowed) SSO.

/** Invitation and reset links stay valid this long. */
export const LINK_LIFETIME_SECONDS = 60 * 60 * 24 * 3;
export const OIDC_PROVIDER_ID = 'oidc';

interface LinkHolder {
  url?: string;
  mailed?: boolean;
}
const linkCapture = new AsyncLocalStorage<LinkHolder>();

/** Hands a reset or invitation link to whoever asked for it (captureLink), and e-mails it when SMTP is set. */
async function deliverLink(to: string, name: string, url: string): Promise<void> {
  const holder = linkCapture.getStore();
  if (holder) holder.url = url;
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) {
    if (!holder)
      console.warn(`No SMTP_URL: a password link for ${to} was not sent (an admin can make a new one)`);
    return;
  }
  const sending = sendMail(SMTP_URL, MAIL_FROM, to, name, url);
  // A reset requested over HTTP is answered without waiting for the mail server, so that the
  // time taken does not tell whether the address has an account.
  if (!holder) {
    sending.catch((error: unknown) => console.error(`A password link for ${to} could not be mailed`, error));
    return;
  }
  await sending;
  holder.mailed = true;
}

async function sendMail(smtpUrl: string, from: string, to: string, name: string, url: string) {
  // Loaded only when mail is configured.
  const { createTransport } = await import('nodemailer');
  await createTransport(smtpUrl).sendMail({
    from,
    to,
    subject: 'Set your password for the IMT Roadmap',
    text:
      `Hello ${name},\n\nOpen this link to set your password for the IMT Roadmap ` +
      `(it works once, for ${LINK_LIFETIME_SECONDS / 3600} hours):\n\n${url}\n\n` +
      'If you did not expect this message, ignore it.\n',
  });
}

/** Whether single sign-on is configured (the sign-in page shows its button only then). */
export function ssoName(): string | null {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_NAME } = env();
  return OIDC_ISSUER && OIDC_CLIENT_ID ? OIDC_NAME : null;
}

function oidcProviders(): GenericOAuthConfig[] {
  const e = env();
  if (!e.OIDC_ISSUER || !e.OIDC_CLIENT_ID) return [];
  return [
    {
      providerId: OIDC_PROVIDER_ID,
      discoveryUrl: `${e.OIDC_ISSUER.replace(/\/$/, '')}/.well-known/openid-configuration`,
      requireIdTokenVerification: true,
      clientId: e.OIDC_CLIENT_ID,
      clientSecret: e.OIDC_CLIENT_SECRET,
      scopes: ['openid', 'email', 'profile'],
      disableSignUp: !e.OIDC_ALLOW_SIGNUP,
    },
  ];
}

const perAddress = { window: ADDRESS_LIMIT.windowSeconds, max: ADDRESS_LIMIT.max };

function createAuth() {
  const e = env();
  const providers = oidcProviders();
  return betterAuth({
    appName: 'IMT Roadmap',
    baseURL: e.BETTER_AUTH_URL,
    secret: e.BETTER_AUTH_SECRET,
    database: prismaAdapter(db(), { provider: 'postgresql', transaction: true }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: LINK_LIFETIME_SECONDS,
      sendResetPassword: ({ user, url }) => deliverLink(user.email, user.name, url),
    },
    account: { accountLinking: { enabled: true, trustedProviders: providers.map((p) => p.providerId) } },
    verification: { storeIdentifier: 'hashed' },
    // Per client address (the socket's, or the one TRUSTED_PROXIES vouch for: client-address.ts);
    // the per-account limit is signInLimits() below.
    rateLimit: {
      enabled: e.AUTH_RATE_LIMIT === 'on',
      storage: 'database',
      customRules: {
        '/sign-in/email': perAddress,
        '/request-password-reset': perAddress,
        '/two-factor/*': perAddress,
      },
    },
    advanced: {
      ipAddress: {
        ipAddressHeaders: ['x-forwarded-for'],
        ...(e.TRUSTED_PROXIES.length ? { trustedProxies: e.TRUSTED_PROXIES } : {}),
      },
    },
    // nextCookies must come last: it lets auth.api calls in Server Actions set cookies.
    plugins: [
      ...(providers.length ? [genericOAuth({ config: providers })] : []),
      signInLimits(),
      onlyUsedEndpoints(),
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

// Built lazily (the environment is read at the first request, not at import) and once per
// database URL, like db(): tests point one process at several databases.
const globalForAuth = globalThis as unknown as { auth?: { url: string; auth: Auth } };

export function auth(): Auth {
  const url = env().DATABASE_URL;
  if (globalForAuth.auth?.url !== url) globalForAuth.auth = { url, auth: createAuth() };
  return globalForAuth.auth.auth;
}

/** Runs `run` (which asks better-auth for a reset link) and returns the link instead of only mailing it. */
export async function captureLink(run: () => Promise<unknown>): Promise<{ url?: string; mailed: boolean }> {
  const holder: LinkHolder = {};
  await linkCapture.run(holder, run);
  return { url: holder.url, mailed: holder.mailed ?? false };
}

/** A link with which `email` sets a (new) password; also mailed when SMTP is configured. */
export async function createPasswordLink(email: string): Promise<{ url: string; mailed: boolean }> {
  const { url, mailed } = await captureLink(() =>
    auth().api.requestPasswordReset({ body: { email, redirectTo: '/reset-password' } }),
  );
  if (!url) throw new Error(`No password link was made for ${email}`);
  return { url, mailed };
}
