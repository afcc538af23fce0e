import { expect, test } from '@playwright/test';
import { expectNoSidewaysScroll } from './helpers/checks';

// Runs in the "phone" project (Pixel 7 viewport and touch).
test('the roadmap is usable on a phone', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Items are cards, not a table that overflows.
  await expect(page.getByRole('list', { name: 'Work items' })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await page.getByRole('searchbox', { name: /Search identifiers/ }).fill('Y.3101');
  await page.getByRole('button', { name: 'Search' }).tap();
  await expect(page).toHaveURL(/q=Y\.3101/);
  await page
    .getByRole('list', { name: 'Work items' })
    .getByRole('link', { name: 'Y.3101', exact: true })
    .tap();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Y.3101');
  await expectNoSidewaysScroll(page);
});
