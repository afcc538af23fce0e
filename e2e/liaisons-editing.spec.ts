import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, expectNoSidewaysScroll } from './helpers/checks';
import { signedInPage, signIn } from './helpers/sign-in';

// Recording and editing liaison statements, replies, stale-version refusals and the admin audit
// log, with the demo accounts (prisma/seed/data/accounts.ts).
const ITEM = 'Y.IMT2030-arch';

test('a rapporteur records, edits and answers a liaison; stale edits are refused; the admin sees the trail', async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const reference = `E2E-LS-${Date.now().toString(36)}`;
  const reply = `${reference}-R`;
  await signIn(page, 'rapporteur', '/liaisons');

  await page.getByRole('link', { name: 'Record a liaison' }).click();
  await expect(page).toHaveURL(/\/liaisons\/new$/);
  await expect(page.getByRole('heading', { name: 'Record a liaison statement' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Validated in the browser with the shared schema: errors next to the fields.
  await page.getByLabel('Reference').fill('bad/ref');
  await page.getByRole('button', { name: 'Record liaison' }).click();
  const title = page.getByLabel('Title');
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#lf-title-error')).toHaveText(/is required/);
  await expect(page.locator('#lf-reference-error')).toHaveText(/must not contain/);
  await expect(page.locator('#lf-from-error')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Reference').fill(reference);
  await title.fill('LS on IMT-2030 network architecture (e2e)');
  await page.getByLabel('Incoming').check();
  await page.getByLabel('From (sending group)').selectOption('ietf/iesg');
  await expect(page.getByRole('checkbox', { name: /Q20\/13/ })).toBeChecked();
  await page.getByLabel('Reply deadline (UTC)').fill('2030-01-15');
  await page.getByLabel('Work items concerned').fill(ITEM);
  await page.getByLabel('Comment (optional)').fill('received at the e2e meeting');
  await page.getByRole('button', { name: 'Record liaison' }).click();

  await expect(page).toHaveURL(new RegExp(`/liaisons\\?q=${reference}#ls-${reference}$`));
  const row = page.locator(`#ls-${reference}`);
  await expect(row).toContainText('LS on IMT-2030 network architecture (e2e)');
  await expect(row).toContainText('15 Jan 2030');
  await expect(row).toContainText(ITEM);

  await page.goto(`/items/${ITEM}`);
  await expect(page.locator('#liaisons-heading')).toBeVisible();
  await expect(page.getByRole('link', { name: reference })).toBeVisible();

  // Edit the deadline.
  await page.goto(`/liaisons?q=${reference}`);
  await page.getByRole('link', { name: `Edit ${reference}` }).click();
  await expect(page).toHaveURL(new RegExp(`/liaisons/${reference}/edit$`));
  await expectNoAxeViolations(page);
  await page.getByLabel('Reply deadline (UTC)').fill('2030-02-01');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.locator(`#ls-${reference}`)).toContainText('1 Feb 2030');

  // Two editors open version 2; the second save is refused and says what changed.
  const editHref = `/liaisons/${reference}/edit`;
  await page.goto(editHref);
  const other = await page.context().newPage();
  await other.goto(editHref);
  await other.getByLabel('Title').fill('LS on IMT-2030 architecture, revised title');
  await other.getByRole('button', { name: 'Save changes' }).click();
  await expect(other).toHaveURL(/\/liaisons\?q=/);
  await page.getByLabel('Reply deadline (UTC)').fill('2030-03-01');
  await page.getByRole('button', { name: 'Save changes' }).click();
  const conflict = page.getByRole('alert').filter({ hasText: 'changed this liaison meanwhile' });
  await expect(conflict).toContainText('Changed meanwhile: version 3 by Demo Rapporteur');
  await expect(conflict).toContainText('title');
  await expect(conflict.getByRole('row', { name: /Title/ })).toContainText('revised title');
  await expect(page.getByLabel('Reply deadline (UTC)')).toHaveValue('2030-03-01');
  await expectNoAxeViolations(page);

  // Record a reply from the edit page: prefilled, and the original becomes "Replied".
  await page.goto(editHref);
  await page.getByRole('link', { name: 'Record reply' }).click();
  await expect(page.getByRole('heading', { name: `Record a reply to ${reference}` })).toBeVisible();
  await expect(page.getByLabel('In reply to')).toHaveValue(reference);
  await expect(page.getByLabel('Outgoing')).toBeChecked();
  await expect(page.getByLabel('Purpose')).toHaveValue('REPLY');
  await expect(page.getByLabel('From (sending group)')).toHaveValue('itu-t/sg13/wp1-13/q20-13');
  await expect(page.getByRole('checkbox', { name: /IESG/ })).toBeChecked();
  await expect(page.getByLabel(`Set ${reference} to “Replied”`)).toBeChecked();
  await page.getByLabel('Reference').fill(reply);
  await page.getByRole('button', { name: 'Record liaison' }).click();
  await expect(page).toHaveURL(new RegExp(`#ls-${reply}$`));
  await page.goto(`/liaisons?q=${reference}`);
  await expect(page.locator(`#ls-${reference}`)).toContainText('Replied');
  await expect(page.locator(`#ls-${reference}`)).toContainText(reply);

  // The admin's audit log, filtered by action and entity.
  const admin = await signedInPage(browser, 'admin', '/admin/audit');
  await expectNoAxeViolations(admin);
  await admin.getByLabel('Action').fill('liaison.update');
  await admin.getByLabel('Entity (identifier or reference contains)').fill(reference);
  await admin.getByRole('button', { name: 'Apply filters' }).click();
  await expect(admin).toHaveURL(/action=liaison\.update/);
  await expect(admin.getByRole('heading', { name: '3 events match the filters' })).toBeVisible();
  const events = admin.getByRole('region', { name: 'Audit events' });
  await expect(events).toContainText(`Reply recorded: ${reply}`);
  await expect(events).toContainText('2030-01-15');
  await expect(events).toContainText('Demo Rapporteur (Q20/13)');
  await admin.goto(`/admin/audit?action=liaison.create&label=${reference}`);
  await expect(admin.getByRole('heading', { name: '2 events match the filters' })).toBeVisible();
  await expect(admin.getByRole('region', { name: 'Audit events' })).toContainText(
    'received at the e2e meeting',
  );
  await expectNoAxeViolations(admin);
  await admin.goto('/admin/audit?from=2026-13-01&page=0');
  await expect(admin.getByRole('alert').filter({ hasText: 'ignored' })).toContainText(
    '2 filters were ignored',
  );

  // Phone width: no sideways scrolling on the new pages.
  await admin.setViewportSize({ width: 390, height: 844 });
  await admin.goto('/admin/audit');
  await expectNoSidewaysScroll(admin);
  await admin.goto('/liaisons/new');
  await expectNoSidewaysScroll(admin);
  await admin.goto(editHref);
  await expectNoSidewaysScroll(admin);
  await expectNoAxeViolations(admin);
});

test('a reader sees no editing links and is refused the forms and the audit log', async ({ page }) => {
  await signIn(page, 'reader', '/liaisons');
  await expect(page.getByRole('heading', { name: 'Liaison statements', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Record a liaison' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /^Edit / })).toHaveCount(0);
  await page.goto('/liaisons/new');
  await expect(page.getByRole('heading', { name: 'You may not record liaison statements' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Record liaison' })).toHaveCount(0);
  await page.goto('/liaisons/SG15-LS54/edit');
  await expect(page.getByRole('heading', { name: 'You may not edit SG15-LS54' })).toBeVisible();
  await page.goto('/admin/audit');
  await expect(page.getByRole('heading', { name: 'Only admins read the audit log' })).toBeVisible();
});

test('the forms ask a visitor to sign in first', async ({ page }) => {
  await page.goto('/liaisons/new');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fliaisons%2Fnew$/);
  await page.goto('/liaisons');
  await expect(page.getByRole('link', { name: 'Record a liaison' })).toHaveCount(0);
});
