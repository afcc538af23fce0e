import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// An axe-core scan (WCAG 2.0, 2.1 and 2.2, levels A and AA) of every public page.
const PAGES = [
  '/',
  '/?body=itu-t&stage=approved&q=network',
  '/items/Y.3101',
  '/items/TS%2023.501',
  '/groups',
  '/groups/itu-t/sg13',
  '/liaisons',
  '/about',
  '/items/No.Such.Item',
];

for (const path of PAGES) {
  test(`${path} has no accessibility violations`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    const summary = results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
    expect(summary).toEqual([]);
  });
}
