// Signing in as a demo account (prisma/seed/data/accounts.ts), through the form as a person does.
// The e2e server runs on the demo seed; its sign-in rate limit is off (playwright.config.ts).
import type { Browser, Page } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoPersona } from '../../prisma/seed/data/accounts';

/** admin, coordinator (of SG13), rapporteur (of Q20/13), reader (no role). */
export type Persona = DemoPersona;

export function accountOf(persona: Persona): { email: string; name: string } {
  const account = DEMO_ACCOUNTS.find((a) => a.persona === persona);
  if (!account) throw new Error(`no demo account for ${persona}`);
  return account;
}

/**
 * Signs in from the sign-in page with `next` (default /home) and waits until that page is reached.
 * The server hashes the password and renders on demand: on a busy machine that takes seconds.
 */
export async function signIn(page: Page, persona: Persona, next = '/home'): Promise<void> {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await submitSignIn(page, persona);
  const pathname = new URL(next, 'http://localhost').pathname;
  await page.waitForURL((url) => url.pathname === pathname, { timeout: 30_000 });
}

/** A page of its own browser context (its own cookies), signed in as `persona` on `next`. */
export async function signedInPage(browser: Browser, persona: Persona, next?: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, persona, next);
  return page;
}

/** Fills and sends the sign-in form of the page as `persona` (the page was reached some other way). */
export async function submitSignIn(page: Page, persona: Persona): Promise<void> {
  await page.getByLabel('E-mail').fill(accountOf(persona).email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
