import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'Demo@2026';

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel(/用户名|Username/).fill(username);
  await page.getByLabel(/密码|Password/).first().fill(password);
  await page.getByTestId('login-submit').click();
  await expect(page).toHaveURL(/\/home$/);
}

/** The section keys the side navigation offers, in order. */
export async function navSections(page: Page): Promise<string[]> {
  const nav = page.getByTestId('nav');
  await expect(nav.locator('[data-section]').first()).toBeVisible();
  return nav.locator('[data-section]').evaluateAll((els) => els.map((e) => e.getAttribute('data-section') ?? ''));
}
