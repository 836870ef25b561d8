import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, signIn, test } from './support';

// Issue 11: axe finds no serious or critical violation on the pages people use every day, and
// signing in works from the keyboard alone.

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the sign-in page has no serious or critical axe violation', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByTestId('login-submit')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

// The workbench, price matrix, quote editor and audit log: one test each, so the two workers share them.
const PAGES: [string, string, string][] = [
  ['clerk', '/home', 'the workbench'],
  ['clerk', '/prices/matrix', 'the price matrix'],
  ['bj_clerk', '/ad-quotes/new', 'the quote editor'],
  ['auditor', '/audit', 'the audit log'],
];
for (const [user, path, name] of PAGES) {
  test(`${name} has no serious or critical axe violation`, async ({ page }) => {
    await signIn(page, user, path);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('h1').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('signing in works from the keyboard alone: Tab to the fields and the button, Enter to sign in', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByTestId('login-submit')).toBeVisible();
  const username = page.getByLabel(/用户名|Username/);
  const password = page.getByLabel(/密码|Password/).first();

  // From the top of the page, Tab reaches the username field, then the password field, then the button.
  for (let i = 0; i < 10 && !(await username.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(username).toBeFocused();
  await page.keyboard.type('clerk');
  await page.keyboard.press('Tab');
  await expect(password).toBeFocused();
  await page.keyboard.type('Demo@2026');
  let reached = false;
  for (let i = 0; i < 5 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.getByTestId('login-submit').evaluate((el) => el === document.activeElement);
  }
  expect(reached, 'Tab reaches the sign-in button').toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/home$/);
  // And the menu is reachable from the keyboard too: Tab lands on a link of the side navigation.
  let inNav = false;
  for (let i = 0; i < 25 && !inNav; i++) {
    await page.keyboard.press('Tab');
    inNav = await page.evaluate(() => !!document.activeElement?.closest('[data-testid="nav"]'));
  }
  expect(inNav, 'Tab reaches the menu').toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/\/login/);
});
