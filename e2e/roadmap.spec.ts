import { expect, test } from '@playwright/test';

test.describe('the public roadmap', () => {
  test('lists the demo roadmap with counts and links to items', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'IMT standardization roadmap' })).toBeVisible();
    await expect(page.getByRole('status')).toContainText(/of \d+ work items/);
    await expect(page.getByRole('link', { name: 'Y.3101', exact: true })).toBeVisible();
  });

  test('filters by body and stage, keeps the view in the URL', async ({ page }) => {
    await page.goto('/');
    const filters = page.getByRole('form', { name: 'Filter the roadmap' });
    await filters.getByRole('checkbox', { name: /^3GPP/ }).check();
    await expect(page).toHaveURL(/body=3gpp/);
    await filters.getByRole('checkbox', { name: /^Approved/ }).check();
    await expect(page).toHaveURL(/stage=approved/);
    const rows = page.locator('table tbody tr');
    await expect(rows.first()).toBeVisible();
    for (const text of await rows.allInnerTexts()) {
      expect(text).toContain('3GPP');
      expect(text).toContain('Approved');
    }
    // The same URL opened afresh shows the same view: it can be shared.
    const shared = page.url();
    const other = await page.context().newPage();
    await other.goto(shared);
    await expect(other.getByRole('status')).toHaveText(await page.getByRole('status').innerText());
    await expect(other.getByRole('checkbox', { name: /^3GPP/ })).toBeChecked();
  });

  test('search ranks an identifier first and opens the item', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: /Search identifiers/ }).fill('23.501');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/q=23\.501/);
    const firstLink = page.locator('table tbody tr').first().getByRole('link').first();
    await expect(firstLink).toHaveText('TS 23.501');
    await firstLink.click();
    await expect(page).toHaveURL(/\/items\/TS%2023\.501$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('TS 23.501');
  });

  test('full-text search finds items by title words', async ({ page }) => {
    await page.goto('/?q=network+slicing');
    await expect(page.locator('table tbody tr').first()).toBeVisible();
    await expect(page.getByRole('status')).toContainText(/work item/);
  });

  test('an empty result explains itself', async ({ page }) => {
    await page.goto('/?q=zzzyyyxxx-no-such-thing');
    await expect(page.getByText('No work items match this view')).toBeVisible();
  });

  test('an invalid parameter names the parameter', async ({ page }) => {
    await page.goto('/?stage=finished');
    await expect(page.getByRole('alert').filter({ hasText: 'invalid parameter' })).toContainText('stage');
  });

  test('pages through the roadmap', async ({ page }) => {
    await page.goto('/?pageSize=10');
    await expect(page.getByRole('status')).toContainText('1–10 of');
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Next' }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByRole('status')).toContainText('11–20 of');
  });

  test('downloads the current view as CSV', async ({ page, request }) => {
    await page.goto('/?body=ietf');
    const href = await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
    expect(href).toBe('/api/items.csv?body=ietf');
    const response = await request.get(href ?? '');
    expect(response.headers()['content-type']).toContain('text/csv');
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines[0]).toContain('identifier,number,title,kind,body,group');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) expect(line).toContain(',IETF,');
  });
});
