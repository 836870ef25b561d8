import { expect, navSections, signIn, test } from './support';

// Written out by hand (not derived from domain/sections.ts) so that a change to
// who may see what has to be made, and seen, here too.
const EXPECTED: Record<string, string[]> = {
  admin: ['home', 'approvals', 'users', 'units', 'approval-policies', 'audit'],
  requester: ['home', 'approvals', 'purchase-requests', 'planning-calendar'],
  clerk: ['home', 'approvals', 'purchase-requests', 'planning-calendar', 'prices', 'purchase-plans', 'budgets', 'stock', 'purchase-orders', 'payment-requests', 'payment-register', 'purchase-invoices', 'purchase-ledgers'],
  supply_clerk: ['home', 'approvals', 'purchase-requests', 'planning-calendar', 'prices', 'purchase-plans', 'budgets', 'stock', 'purchase-orders', 'payment-requests', 'payment-register', 'purchase-invoices', 'purchase-ledgers'],
  dept_head: ['home', 'approvals', 'purchase-requests', 'planning-calendar', 'prices', 'budgets', 'purchase-orders', 'payment-requests', 'purchase-ledgers'],
  leader: ['home', 'approvals', 'purchase-requests', 'planning-calendar', 'prices', 'purchase-plans', 'budgets', 'stock', 'purchase-orders', 'payment-requests', 'payment-register', 'purchase-invoices', 'purchase-ledgers', 'ad-agreements', 'journal', 'accounts', 'periods', 'collections', 'ledger-reports'],
  ecom: ['home', 'approvals', 'ad-quotes', 'ad-rate-cards', 'ad-slots', 'customers', 'ad-agreements', 'collections'],
  bj_clerk: ['home', 'approvals', 'ad-quotes', 'ad-rate-cards', 'customers', 'ad-agreements', 'journal', 'collections', 'ledger-reports'],
  bj_marketer: ['home', 'approvals', 'ad-quotes', 'ad-rate-cards', 'ad-agreements', 'journal', 'ledger-reports'],
  bj_gm: ['home', 'approvals', 'ad-quotes', 'ad-rate-cards', 'customers', 'ad-agreements', 'journal', 'collections', 'ledger-reports'],
  sh_gm: ['home', 'approvals', 'ad-quotes', 'ad-rate-cards', 'customers', 'ad-agreements', 'journal', 'collections', 'ledger-reports'],
  hq_gm: ['home', 'approvals', 'ad-quotes', 'ad-rate-cards', 'customers', 'ad-agreements', 'journal', 'accounts', 'periods', 'collections', 'ledger-reports'],
  ws_requester: ['home', 'approvals', 'purchase-requests', 'planning-calendar'],
  office_head: ['home', 'approvals', 'purchase-requests', 'planning-calendar', 'prices', 'budgets', 'purchase-orders', 'payment-requests', 'purchase-ledgers'],
  finance: ['home', 'approvals', 'purchase-requests', 'planning-calendar', 'purchase-plans', 'budgets', 'stock', 'purchase-orders', 'payment-requests', 'payment-register', 'purchase-invoices', 'purchase-ledgers', 'ad-quotes', 'ad-rate-cards', 'customers', 'ad-agreements', 'journal', 'accounts', 'periods', 'collections', 'income-recognition', 'ledger-reports'],
  auditor: ['home', 'approvals', 'purchase-requests', 'planning-calendar', 'prices', 'purchase-plans', 'budgets', 'stock', 'purchase-orders', 'payment-requests', 'payment-register', 'purchase-invoices', 'purchase-ledgers', 'ad-quotes', 'ad-rate-cards', 'ad-slots', 'customers', 'ad-agreements', 'journal', 'accounts', 'periods', 'collections', 'ledger-reports', 'approval-policies', 'audit'],
};

test.describe('each demo user', () => {
  for (const [username, sections] of Object.entries(EXPECTED)) {
    test(`${username} signs in and sees exactly their sections`, async ({ page }) => {
      await signIn(page, username);
      expect(await navSections(page)).toEqual(sections);
    });
  }
});

test('a wrong password shows a clear error in Chinese and keeps the user on the login page', async ({ page, consoleErrors }) => {
  consoleErrors.allow(/status of 401 .*\/api\/auth\/login$/); // the wrong password's answer, on purpose
  await page.goto('/login');
  await page.getByLabel('用户名').fill('finance');
  await page.getByLabel('密码').first().fill('not-the-password');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('login-error')).toHaveText('用户名或密码错误');
  await expect(page).toHaveURL(/\/login/);
});

test('the language switch turns the shell into English and back', async ({ page }) => {
  await signIn(page, 'auditor');
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
  await signIn(page, 'requester');
  await page.goto('/admin/users');
  await expect(page).toHaveURL(/\/home$/);
});
