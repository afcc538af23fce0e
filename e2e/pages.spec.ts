import { expect, test } from '@playwright/test';

test.describe('public pages', () => {
  test('an item page shows its fields, history and related items', async ({ page }) => {
    await page.goto('/items/Y.3101');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Y.3101');
    await expect(page.getByText('Requirements of the IMT-2020 network').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: /history/i })).toBeVisible();
  });

  test('an unknown item is a 404 that offers a search', async ({ page }) => {
    const response = await page.goto('/items/Y.99999');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('link', { name: /search/i }).first()).toBeVisible();
  });

  test('an unknown page is a 404', async ({ page }) => {
    const response = await page.goto('/no/such/page');
    expect(response?.status()).toBe(404);
  });

  test('a group page lists its subgroups and items', async ({ page }) => {
    await page.goto('/groups/itu-t/sg13');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('SG13');
    await expect(page.getByRole('link', { name: 'Y.3101', exact: true })).toBeVisible();
  });

  test('the liaisons page lists statements with deadlines', async ({ page }) => {
    await page.goto('/liaisons');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/liaison/i);
  });

  test('the about page explains Resolution 92', async ({ page }) => {
    await page.goto('/about');
    await expect(page.getByText(/Resolution 92/).first()).toBeVisible();
  });
});

test.describe('permalinks', () => {
  test('a renamed item’s old identifier redirects permanently to the new one', async ({ page, request }) => {
    const response = await request.get('/items/Y.IMT2020-ML-Arch', { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers()['location']).toMatch(/\/items\/Y\.3172$/);
    await page.goto('/items/Y.IMT2020-ML-Arch');
    await expect(page).toHaveURL(/\/items\/Y\.3172$/);
    await expect(page.getByText('Y.IMT2020-ML-Arch').first()).toBeVisible();
  });

  test('the API redirects a former identifier too', async ({ request }) => {
    const response = await request.get('/api/items/draft-ietf-teas-ietf-network-slices', { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers()['location']).toMatch(/\/api\/items\/RFC%209543$/);
  });
});
