import { test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/checks';

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
    await expectNoAxeViolations(page);
  });
}
