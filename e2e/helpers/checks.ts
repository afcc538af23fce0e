// Checks that many specs make of a page: no axe-core violations, no sideways scrolling.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * An axe-core scan of the page as it is; each violation is listed with the elements at fault,
 * after `where` (e.g. "/home @390") when one page is scanned in several states.
 */
export async function expectNoAxeViolations(page: Page, where?: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const summary = results.violations.map(
    (v) =>
      `${where ? `${where}: ` : ''}${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

/** Nothing wider than the window (a phone must not scroll sideways). */
export async function expectNoSidewaysScroll(page: Page, where?: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, where && `${where} scrolls sideways`).toBeLessThanOrEqual(0);
}
