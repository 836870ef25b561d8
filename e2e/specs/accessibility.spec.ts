import AxeBuilder from '@axe-core/playwright';
import { expect, signIn, test, type Page } from './support';

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

test('the workbench, price matrix, quote editor and audit log have no serious or critical axe violation', async ({ page }) => {
  const pages: [string, string, string][] = [
    ['clerk', '/home', 'home'],
    ['clerk', '/prices/matrix', 'prices matrix'],
    ['bj_clerk', '/ad-quotes/new', 'quote editor'],
    ['auditor', '/audit', 'audit log'],
  ];
  const found: string[] = [];
  let signedIn = '';
  for (const [user, path, name] of pages) {
    if (user !== signedIn) {
      if (signedIn) await page.context().clearCookies();
      await signIn(page, user);
      signedIn = user;
    }
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('h1').first()).toBeVisible();
    found.push(...(await seriousViolations(page)).map((v) => `${name}: ${v}`));
  }
  expect(found).toEqual([]);
});

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
