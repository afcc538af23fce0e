import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/checks';
import { accountOf, signIn, submitSignIn } from './helpers/sign-in';

// Signing in with the demo accounts (prisma/seed/data/accounts.ts), API tokens, sign-out and refusals.
// The shared server runs without the per-address limit; sign-in-limits.spec.ts has its own.

test('a rapporteur signs in, creates an API token that the API accepts, revokes it and signs out', async ({
  page,
  request,
}) => {
  // Two sign-ins' worth of work, two accessibility checks and API calls: slow on a busy machine.
  test.slow();
  await page.goto('/sign-in');
  await expectNoAxeViolations(page);
  await signIn(page, 'rapporteur', '/account');
  const header = page.getByRole('banner');
  await expect(header.getByRole('link', { name: 'Demo Rapporteur (Q20/13)' })).toBeVisible();
  await expect(page.getByText(/Rapporteur of\s+Q20\/13/)).toBeVisible();

  await page.getByLabel('Token name').fill('e2e script');
  await page.getByRole('button', { name: 'Create token' }).click();
  const token = await page.getByLabel('New API token').inputValue();
  expect(token).toMatch(/^imt_[A-Za-z0-9_-]{43}$/);
  await expectNoAxeViolations(page);

  const withToken = { headers: { authorization: `Bearer ${token}` } };
  expect((await request.get('/api/items?pageSize=1', withToken)).status()).toBe(200);
  const bad = await request.get('/api/items?pageSize=1', {
    headers: { authorization: `Bearer imt_${'x'.repeat(43)}` },
  });
  // Whether a read route checks tokens is up to that route; a write must refuse an unknown one.
  expect([200, 401]).toContain(bad.status());

  await page.getByRole('button', { name: 'Revoke e2e script' }).click();
  await expect(page.getByRole('button', { name: 'Revoke e2e script' })).toHaveCount(0);
  await expect(page.getByText('revoked')).toBeVisible();

  await header.getByRole('button', { name: 'Sign out' }).click();
  await expect(header.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.goto('/account');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount$/);
});

test('a wrong password is refused next to the form', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(accountOf('reader').email);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('form', { name: 'Sign in' }).getByRole('alert')).toContainText(
    /Wrong e-mail address or password|Too many attempts/,
  );
  await expect(page).toHaveURL(/\/sign-in/);
});

test('a reader cannot manage users; anonymous visitors are sent to sign in', async ({ page }) => {
  await page.goto('/admin/users');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Fusers$/);
  await signIn(page, 'reader', '/admin/users');
  await expect(page.getByRole('heading', { name: 'Only admins manage users' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Create a user' })).toHaveCount(0);
});

test('an admin sees the users and can create one with an invitation link', async ({ page }) => {
  await signIn(page, 'admin', '/admin/users');
  await expect(
    page.getByRole('heading', { name: 'Demo Rapporteur (Q20/13) rapporteur@example.org' }),
  ).toBeVisible();
  const email = `new-${Date.now()}@example.org`;
  const form = page.getByRole('form', { name: 'Create a user' });
  await form.getByLabel('E-mail').fill(email);
  await form.getByLabel('Name').fill('New Rapporteur');
  await form.getByLabel('Rapporteur of').fill('Q6/13');
  await form.getByRole('button', { name: 'Create user' }).click();
  const link = await page.getByLabel(`Password link for ${email}`).inputValue();
  expect(link).toMatch(/\/api\/auth\/reset-password\//);
  await expectNoAxeViolations(page);
});

test('an admin user form keeps its error with its field and the values typed (issue 9, defect 1)', async ({
  page,
}) => {
  await signIn(page, 'admin', '/admin/users');
  const form = page.getByRole('form', { name: 'Create a user' });
  const email = `kept-${Date.now()}@example.org`;
  await form.getByLabel('E-mail').fill(email);
  await form.getByLabel('Name').fill('Kept Values');
  await form.getByLabel('Coordinator of').fill('itu-t/sg13');
  await form.getByLabel('Rapporteur of').fill('itu-t/sg99');
  await form.getByRole('button', { name: 'Create user' }).click();
  await expect(form.locator('#new-user-rapporteur-error')).toHaveText(
    /There is no group with the path or code "itu-t\/sg99"/,
    { timeout: 30_000 },
  );
  await expect(form.locator('#new-user-coordinator-error')).toHaveCount(0);
  await expect(form.getByLabel('Rapporteur of')).toHaveAttribute('aria-invalid', 'true');
  // The label and its message never run into each other.
  await expect(form.getByText('Rapporteur ofThere')).toHaveCount(0);
  await expect(form.getByLabel('E-mail')).toHaveValue(email);
  await expect(form.getByLabel('Name')).toHaveValue('Kept Values');
  await expect(form.getByLabel('Coordinator of')).toHaveValue('itu-t/sg13');
  await expect(form.getByLabel('Rapporteur of')).toHaveValue('itu-t/sg99');
});

test('signing in lands on the page the person came from, else "My work" (issue 9, defect 3)', async ({
  page,
}) => {
  await page.goto('/liaisons?direction=incoming');
  await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fliaisons%3Fdirection%3Dincoming$/);
  await submitSignIn(page, 'rapporteur');
  await expect(page).toHaveURL(/\/liaisons\?direction=incoming$/, { timeout: 30_000 });

  // Straight to the sign-in page (or with a `next` off the site): "My work" for a person with a role.
  await page.context().clearCookies();
  await page.goto('/sign-in?next=//evil.example/x');
  await submitSignIn(page, 'rapporteur');
  await expect(page).toHaveURL(/\/home$/, { timeout: 30_000 });
});
