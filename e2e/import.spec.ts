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
  const file = Buffer.from(stringify([header!, ...rows]));

  await signIn(page, 'rapporteur', '/import');
  await expect(page.getByRole('heading', { name: 'Import a spreadsheet' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Group to import into').selectOption(GROUP);
  await page
    .getByLabel(/Spreadsheet/)
    .setInputFiles({ name: 'roadmap.csv', mimeType: 'text/csv', buffer: file });
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Preview:' })).toContainText(
    `0 new items, 1 changed item, ${rows.length - 1} unchanged`,
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
