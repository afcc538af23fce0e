import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { snapshotSchema } from '../lib/domain/edition/snapshot';
import { expectNoAxeViolations, expectNoSidewaysScroll } from './helpers/checks';
import { signIn } from './helpers/sign-in';
import { DEMO_PASSWORD as PASSWORD } from '../prisma/seed/data/accounts';

// The annual supplement end to end: a coordinator creates the edition of the year, previews the
// draft, publishes it and downloads its documents; the public then finds it on /editions.
/** The current year, or the next one without an edition when a reused server already has it. */
async function freeYear(page: Page): Promise<number> {
  let year = new Date().getUTCFullYear();
  const headings = await page.getByRole('heading', { level: 3 }).allTextContents();
  while (headings.some((h) => h.startsWith(`${year} edition`))) year += 1;
  return year;
}

test('a coordinator creates, previews, publishes and downloads an edition; the public sees it', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, 'coordinator', '/editions/manage');
  await expect(page.getByRole('heading', { name: 'Manage the annual editions' })).toBeVisible();
  await expectNoAxeViolations(page);

  const year = await freeYear(page);
  await page.getByLabel('Year').fill(String(year));
  await page.getByRole('button', { name: 'Create the draft edition' }).click();
  await expect(page.getByText(`Created the draft of the ${year} edition with`)).toBeVisible({
    timeout: 60_000,
  });
  const edition = page.getByRole('article', { name: `${year} edition` });
  await expect(edition.getByText('Draft', { exact: true })).toBeVisible();

  // Preview: the document's structure as a web page, only for coordinators.
  await edition.getByRole('link', { name: 'Preview the draft' }).click();
  await expect(page).toHaveURL(new RegExp(`/editions/${year}\\?draft=1$`));
  await expect(page.getByText('Draft preview.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`${year} edition`);
  await expect(page.getByRole('heading', { name: '6 Standardization roadmap by topic' })).toBeVisible();
  const draftXlsx = await page.request.get(`/editions/${year}/supplement.xlsx?draft=1`);
  expect(draftXlsx.status()).toBe(200);
  expect(draftXlsx.headers()['cache-control']).toBe('no-store');

  await page.goto('/editions/manage');
  await edition.getByRole('button', { name: 'Refresh from live data' }).click();
  await expect(edition.getByText(/^Refreshed/)).toBeVisible({ timeout: 60_000 });
  await edition.getByRole('checkbox', { name: /Publish the .* as it is/ }).check();
  await edition.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByText(`Published the ${year} edition.`)).toBeVisible({ timeout: 60_000 });
  await expect(edition.getByText('Published', { exact: true })).toBeVisible();

  // Downloads, read back.
  const download = async (label: string) => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      edition.getByRole('link', { name: label }).click(),
    ]);
    return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
  };
  const xlsx = await download('Spreadsheet (XLSX)');
  expect(xlsx.name).toBe(`IMT-roadmap-${year}-edition.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  const json = await download('Data (JSON)');
  const snapshot = snapshotSchema.parse(JSON.parse(json.bytes.toString('utf8')));
  expect(snapshot.year).toBe(year);
  expect(workbook.getWorksheet('Roadmap')!.rowCount).toBe(snapshot.items.length + 1);
  for (const [label, magic] of [
    ['Word (DOCX)', 'PK'],
    ['PDF', '%PDF'],
  ] as const) {
    const file = await download(label);
    expect(file.bytes.subarray(0, magic.length).toString('latin1')).toBe(magic);
  }

  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();

  // The public.
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: 'Editions' }).click();
  await expect(page).toHaveURL(/\/editions$/);
  await expect(page.getByRole('heading', { name: `${year} edition` })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Manage editions' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: `${year} edition` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`${year} edition`);
  await expect(page.getByText('Draft preview.')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Contents' })).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Annex A: Liaison statements', exact: false }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  const published = await page.request.get(`/editions/${year}/supplement.json`);
  expect(published.headers()['cache-control']).toBe('public, max-age=31536000, immutable');

  await page.getByRole('link', { name: 'What changed' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Changes in the ${year} edition`);
  await expectNoAxeViolations(page);
  await page.goto(`/editions/${year}/changes?since=abc`);
  await expect(page.getByText('“abc” is not an edition year')).toBeVisible();

  // A reader cannot see drafts.
  expect((await page.request.get(`/editions/${year}/supplement.xlsx?draft=1`)).status()).toBe(401);

  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ['/editions', `/editions/${year}`, `/editions/${year}/changes`]) {
    await page.goto(path);
    await expectNoSidewaysScroll(page);
  }
});

test('a coordinator of a group that does not own the roadmap may not make editions (403)', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  // An admin invites the coordinator of SG17, who sets a password through the invitation link.
  const email = `sg17-coordinator-${Date.now()}@example.org`;
  const password = 'a long coordinator password';
  await page.goto(`/sign-in?next=${encodeURIComponent('/admin/users')}`);
  await page.getByLabel('E-mail').fill('admin@example.org');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === '/admin/users');
  const form = page.getByRole('form', { name: 'Create a user' });
  await form.getByLabel('E-mail').fill(email);
  await form.getByLabel('Name').fill('SG17 Coordinator');
  await form.getByLabel('Coordinator of').fill('SG17');
  await form.getByRole('button', { name: 'Create user' }).click();
  const link = await page.getByLabel(`Password link for ${email}`).inputValue();
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.goto(link);
  await page.getByLabel('New password').fill(password);
  await page.getByLabel('Repeat the password').fill(password);
  await page.getByRole('button', { name: 'Set password' }).click();
  await page.waitForURL((url) => url.pathname === '/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');

  const refused = await page.goto('/editions/manage');
  expect(refused?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'You may not manage editions' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create the draft edition' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.goto('/editions');
  await expect(page.getByRole('link', { name: 'Manage editions' })).toHaveCount(0);
  // The API refuses the same person (the session cookie, sent from the app's own origin).
  const created = await page.request.post('/api/editions', {
    data: { year: 2199 },
    headers: { origin: baseURL! },
  });
  expect(created.status()).toBe(403);
  expect(((await created.json()) as { error: { message: string } }).error.message).toMatch(
    /owning groups \(itu-t\/sg13, itu-t\/sg13\/jca-imt2020\)/,
  );
  expect((await page.request.get('/editions/2199/supplement.pdf?draft=1')).status()).toBe(403);
});
