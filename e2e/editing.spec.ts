import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoSidewaysScroll } from './helpers/checks';
import { signIn } from './helpers/sign-in';

// Editing in the browser: a rapporteur creates, renames, moves through the lifecycle and verifies
// an item; a stale edit is refused with what changed; a reader gets no editing controls at all.
// The e2e server runs on the demo seed (prisma/seed/data/accounts.ts: the rapporteur of Q20/13).

// The server hashes passwords and renders on demand: on a busy CI machine that takes seconds.
const slow = { timeout: 30_000 };
test.describe.configure({ timeout: 120_000 });
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** Creates an item through the form; returns its identifier (its working name). */
async function createItem(page: Page, workingName: string) {
  await page.goto('/items/new');
  await page.getByLabel('Working name').fill(workingName);
  await page.getByLabel('Title (required)').fill(`End-to-end item ${workingName}`);
  await page.getByLabel('Summary').fill('Created by e2e/editing.spec.ts.');
  await page.getByRole('button', { name: 'Create work item' }).click();
  await expect(page).toHaveURL(`/items/${workingName}`, slow);
}

test('a rapporteur creates, renames, changes the status of and verifies an item', async ({ page }) => {
  await signIn(page, 'rapporteur');
  await expect(page.getByRole('heading', { name: /Not verified for 6 months/ })).toBeVisible();

  const name = `Y.E2E-${unique()}`;
  await page.goto('/items/new');
  // Client-side validation (the shared schema) puts the error next to the field.
  await page.getByLabel('Working name').fill(name);
  await page.getByRole('button', { name: 'Create work item' }).click();
  const title = page.getByLabel('Title (required)');
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#f-title-error')).toHaveText(/Title is required/);
  await title.fill('End-to-end architecture');
  await page.getByLabel('Name', { exact: true }).first().fill('Erin Editor');
  await page.getByLabel('E-mail').first().fill('erin@example.org');
  await page.getByLabel('Other item’s identifier').first().fill('Y.3101');
  await page.getByLabel('This item is').first().selectOption('BASED_ON');
  await page.getByRole('checkbox').first().check();
  await page.getByRole('button', { name: 'Create work item' }).click();
  await expect(page).toHaveURL(`/items/${name}`, slow);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('End-to-end architecture');

  // Rename: working name -> final number; the old address redirects.
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  const number = `Y.${90000 + Math.floor(Math.random() * 9999)}`;
  await page.getByLabel('Final number').fill(number);
  await page.getByLabel('Why (optional)').fill('Number assigned');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(`/items/${number}`, slow);
  await page.goto(`/items/${name}`);
  await expect(page).toHaveURL(`/items/${number}`, slow);
  await page.goto(`/items/${name}/edit`);
  await expect(page).toHaveURL(`/items/${number}/edit`, slow);

  // Status: only the lifecycle's next statuses are offered (AAP, from "Proposed new work item").
  await page.goto(`/items/${number}`);
  await page.getByRole('link', { name: 'Change status' }).click();
  await expect(page.getByLabel('New status (required)').locator('option:not([value=""])')).toHaveText([
    'Under study',
    'Discontinued',
  ]);
  await page.getByLabel('New status (required)').selectOption('UNDER_STUDY');
  await page.getByLabel('Meeting or reference').fill('SG13 e2e meeting');
  await page.getByRole('button', { name: 'Change status' }).click();
  await expect(page).toHaveURL(new RegExp(`/items/${number.replace('.', '\\.')}#history$`), slow);
  await expect(page.getByText('Under study', { exact: true }).first()).toBeVisible();

  // The change history, newest first.
  const history = page.locator('section[aria-labelledby="changes-heading"]');
  await expect(history.locator('li > p > span.font-semibold')).toHaveText([
    'Status changed',
    'Edited',
    'Created',
  ]);
  await expect(history).toContainText('Number assigned');
  await expect(history).toContainText(number);

  await expect(page.getByText('Never verified')).toBeVisible();
  await page.getByRole('button', { name: 'Mark as verified' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Marked as verified' })).toBeVisible(slow);
  await page.reload();
  await expect(page.getByText(/Last verified .* by Demo Rapporteur/)).toBeVisible();

  // Home: the stale list no longer has it; it has others to verify.
  await page.goto('/home');
  const stale = page.locator('section[aria-labelledby="stale-heading"]');
  await expect(stale.getByRole('link', { name: number, exact: true })).toHaveCount(0);
  await expect(stale.getByRole('button', { name: /Mark as verified/ }).first()).toBeVisible();
});

test('a write from a stale version is refused and says what changed meanwhile', async ({ browser }) => {
  const context = await browser.newContext();
  const first = await context.newPage();
  await signIn(first, 'rapporteur');
  const name = `Y.E2E-${unique()}`;
  await createItem(first, name);
  const second = await context.newPage();
  await first.goto(`/items/${name}/edit`);
  await second.goto(`/items/${name}/edit`);
  await first.getByLabel('Title (required)').fill('Saved first');
  await first.getByRole('button', { name: 'Save changes' }).click();
  await expect(first).toHaveURL(`/items/${name}`, slow);
  await second.getByLabel('Summary').fill('My summary, kept');
  await second.getByRole('button', { name: 'Save changes' }).click();
  const alert = second.getByRole('alert').filter({ hasText: 'changed' });
  await expect(alert).toContainText('Someone changed this item', slow);
  await expect(alert).toContainText(/Changed meanwhile: version 2 by Demo Rapporteur .*: title/);
  await expect(second.getByLabel('Summary')).toHaveValue('My summary, kept');
  await context.close();
});

test('a reader gets no editing links and cannot reach an edit page', async ({ page }) => {
  await signIn(page, 'reader');
  await page.goto('/items/Y.3101');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Y.3101');
  await expect(page.getByRole('link', { name: 'Edit', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Mark as verified' })).toHaveCount(0);
  for (const path of ['/items/Y.3101/edit', '/items/Y.3101/status']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: /You may not/ })).toBeVisible();
    await expect(page.locator('main form')).toHaveCount(0);
  }
  await page.goto('/items/new');
  await expect(page.getByRole('heading', { name: /You may not create/ })).toBeVisible();
});

test('signed out, editing pages lead to sign-in', async ({ page }) => {
  await page.goto('/items/Y.3101/edit');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fitems%2FY\.3101%2Fedit$/, slow);
});

test('the editing pages have no accessibility violations and fit a 390 px screen', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'rapporteur');
  const name = `Y.E2E-${unique()}`;
  await createItem(page, name);
  for (const path of [
    '/home',
    '/items/new',
    `/items/${name}/edit`,
    `/items/${name}/status`,
    `/items/${name}`,
  ]) {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      await expectNoAxeViolations(page, `${path} @${width}`);
      await expectNoSidewaysScroll(page, `${path} at ${width} px`);
    }
  }
});

test('the forms work without JavaScript, validated by the server', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, 'rapporteur');
  const name = `Y.E2E-${unique()}`;
  await page.goto('/items/new');
  await page.getByLabel('Working name').fill(name);
  await page.getByRole('button', { name: 'Create work item' }).click();
  // The server answers with the error next to the field and the input kept.
  await expect(page.locator('#f-title-error')).toHaveText(/Title is required/, slow);
  await expect(page.getByLabel('Working name')).toHaveValue(name);
  await page.getByLabel('Title (required)').fill('Made without JavaScript');
  await page.getByRole('button', { name: 'Create work item' }).click();
  await expect(page).toHaveURL(`/items/${name}`, slow);
  await page.goto(`/items/${name}/status`);
  await page.getByLabel('New status (required)').selectOption('UNDER_STUDY');
  await page.getByRole('button', { name: 'Change status' }).click();
  await expect(page).toHaveURL(new RegExp(`/items/${name.replace('.', '\\.')}#history$`), slow);
  await context.close();
});
