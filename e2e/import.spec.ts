import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { expectNoAxeViolations, expectNoSidewaysScroll } from './helpers/checks';
import { signIn } from './helpers/sign-in';

// Importing a spreadsheet in the browser: a rapporteur downloads their group's CSV, changes a
// title, previews the change field by field, applies it and sees it on the item's page.
const GROUP = 'itu-t/sg13/wp1-13/q20-13';

test('not signed in: /import sends to the sign-in page', async ({ page }) => {
  await page.goto('/import');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fimport/);
});

test('a rapporteur previews and applies a CSV, and sees the change on the item page', async ({
  page,
  request,
}) => {
  const csv = await (await request.get(`/api/items.csv?group=${GROUP}`)).text();
  const [header, ...rows] = parse(csv, { bom: true });
  const titleAt = header!.indexOf('title');
  const identifier = rows[0]![header!.indexOf('identifier')]!;
  const title = `Imported title ${Date.now()}`;
  rows[0]![titleAt] = title;
  // Only the line it changes: the other test of this file edits another item of the group meanwhile.
  const file = Buffer.from(stringify([header!, rows[0]!]));

  await signIn(page, 'rapporteur', '/import');
  await expect(page.getByRole('heading', { name: 'Import a spreadsheet' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Group to import into').selectOption(GROUP);
  await page
    .getByLabel(/Spreadsheet/)
    .setInputFiles({ name: 'roadmap.csv', mimeType: 'text/csv', buffer: file });
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Preview:' })).toContainText(
    '0 new items, 1 changed item, 0 unchanged',
  );
  const changes = page.getByRole('region', { name: /Changed items/ });
  await expect(changes).toContainText(identifier);
  await expect(changes).toContainText(title);
  await expectNoAxeViolations(page, 'after the preview');

  await page.getByRole('button', { name: /Apply: save 1 items/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported:' })).toBeVisible();
  await page.goto(`/items/${encodeURIComponent(identifier)}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
});

test('the import page fits a 390 px wide phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'coordinator', '/import');
  await expectNoSidewaysScroll(page);
});

test('an apply after someone else changed a previewed item writes nothing and names the line', async ({
  page,
  request,
  baseURL,
}) => {
  const csv = await (await request.get(`/api/items.csv?group=${GROUP}`)).text();
  const [header, ...rows] = parse(csv, { bom: true });
  const identifier = rows[1]![header!.indexOf('identifier')]!;
  rows[1]![header!.indexOf('title')] = `Title from the file ${Date.now()}`;
  const file = Buffer.from(stringify([header!, rows[1]!]));

  await signIn(page, 'rapporteur', '/import');
  await page.getByLabel('Group to import into').selectOption(GROUP);
  await page
    .getByLabel(/Spreadsheet/)
    .setInputFiles({ name: 'roadmap.csv', mimeType: 'text/csv', buffer: file });
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('region', { name: /Changed items/ })).toContainText(identifier);

  // Meanwhile the item's summary is edited (the same person, in another tab: the session cookie).
  const path = `/api/items/${encodeURIComponent(identifier)}`;
  const { version } = (await (await page.request.get(path)).json()) as { version: number };
  const summary = `Edited meanwhile ${Date.now()}`;
  const patched = await page.request.patch(path, {
    data: { version, summary },
    headers: { origin: baseURL! },
  });
  expect(patched.status()).toBe(200);

  await page.getByRole('button', { name: /Apply: save 1 items/ }).click();
  await expect(page.getByText('Changed in the roadmap since the preview:', { exact: true })).toBeVisible();
  await expect(page.getByText(`Line 2: ${identifier}`)).toBeVisible();
  await expectNoAxeViolations(page, 'after a refused apply');
  const after = (await (await page.request.get(path)).json()) as { summary: string; version: number };
  expect(after).toMatchObject({ summary, version: version + 1 });
});
