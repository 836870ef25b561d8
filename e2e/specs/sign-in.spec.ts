import { expect, signIn, signInWithForm, test } from './support';

// The form itself. That each demo user signs in to exactly their sections is in role-walk.spec.ts,
// which walks those sections too.

test('a wrong password shows a clear error in Chinese and keeps the user on the login page', async ({ page, consoleErrors }) => {
  consoleErrors.allow(/status of 401 .*\/api\/auth\/login$/); // the wrong password's answer, on purpose
  await page.goto('/login');
  await page.getByLabel('用户名').fill('finance');
  await page.getByLabel('密码').first().fill('not-the-password');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('login-error')).toHaveText('用户名或密码错误');
  await expect(page).toHaveURL(/\/login/);
});

test('the form signs in to the home page, and the language switch turns the shell into English and back', async ({ page }) => {
  await signInWithForm(page, 'auditor');
  const nav = page.getByTestId('nav');
  await expect(nav).toContainText('工作台');
  await expect(nav).toContainText('审计日志');
  await page.getByTestId('lang-switch').click();
  await expect(nav).toContainText('Home');
  await expect(nav).toContainText('Audit log');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The choice is remembered across a reload.
  await page.reload();
  await expect(page.getByTestId('nav')).toContainText('Audit log');
  await page.getByTestId('lang-switch').click();
  await expect(page.getByTestId('nav')).toContainText('审计日志');
});

test('a page opened while signed out comes back after sign-in, and sign-out ends the session', async ({ page }) => {
  await page.goto('/audit');
  await expect(page).toHaveURL(/\/login\?returnUrl=%2Faudit/);
  await page.getByLabel('用户名').fill('auditor');
  await page.getByLabel('密码').first().fill('Demo@2026');
  await page.getByTestId('login-submit').click();
  await expect(page).toHaveURL(/\/audit$/);
  await page.getByTestId('user-menu').click();
  await page.getByTestId('logout').click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/home');
  await expect(page).toHaveURL(/\/login/);
});

test('a user cannot open a section by typing its address', async ({ page }) => {
  await signIn(page, 'requester', '/admin/users');
  await expect(page).toHaveURL(/\/home$/);
});
