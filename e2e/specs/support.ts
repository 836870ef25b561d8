import { expect, test as base, type Page } from '@playwright/test';

export { expect };
export type { Page };

export const DEMO_PASSWORD = 'Demo@2026';

/**
 * Every spec's `test`: each page of the test collects its console errors and uncaught exceptions,
 * and the test fails at its end with the list (issue 11: no console errors on any page for any role).
 * A test that provokes an error on purpose (a wrong password's 401) names it with `expectConsoleError`;
 * anything else is a bug to fix in the API or the web, not a message to filter here.
 */
export const test = base.extend<{ consoleErrors: ConsoleErrors }>({
  consoleErrors: [
    async ({ context }, use, testInfo) => {
      const errors = new ConsoleErrors();
      const watch = (page: Page) => {
        page.on('console', (m) => {
          if (m.type() === 'error') errors.add(`${m.text()} ${m.location().url ?? ''}`.trim(), page.url());
        });
        page.on('pageerror', (e) => errors.add(`uncaught: ${e.message}`, page.url()));
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await use(errors);
      // A test that already failed keeps its own message first.
      if (testInfo.status === testInfo.expectedStatus) expect(errors.unexpected(), 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export class ConsoleErrors {
  private readonly seen: { text: string; page: string }[] = [];
  // Chromium logs every 4xx/5xx response as "Failed to load resource" although the app handles it.
  // Before anyone has signed in the app asks /api/auth/me who is there; the 401 is the answer
  // "nobody", shown to the user as the sign-in page, so it is browser noise, not an error.
  private readonly allowed: RegExp[] = [/status of 401 .*\/api\/auth\/me$/];

  add(text: string, url: string): void {
    this.seen.push({ text, page: url });
  }

  /** An error the test provokes on purpose, e.g. /status of 401 .*\/api\/auth\/login/. */
  allow(pattern: RegExp): void {
    this.allowed.push(pattern);
  }

  unexpected(): string[] {
    return this.seen.filter((e) => !this.allowed.some((p) => p.test(e.text))).map((e) => `${e.text} (on ${e.page})`);
  }
}

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel(/用户名|Username/).fill(username);
  await page.getByLabel(/密码|Password/).first().fill(password);
  await page.getByTestId('login-submit').click();
  await expect(page).toHaveURL(/\/home$/);
}

/** A JSON call as the signed-in page would make it, with the CSRF header Angular sends. */
export async function api<T>(page: Page, method: 'get' | 'put' | 'post', url: string, data?: unknown): Promise<T> {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const res = await page.request[method](url, { data, headers: { 'X-XSRF-TOKEN': decodeURIComponent(csrf) } });
  expect(res.ok(), `${method} ${url}: ${res.status()} ${await res.text()}`).toBeTruthy();
  return (await res.json()) as T;
}

/** The section keys the side navigation offers, in order. */
export async function navSections(page: Page): Promise<string[]> {
  const nav = page.getByTestId('nav');
  await expect(nav.locator('[data-section]').first()).toBeVisible();
  return nav.locator('[data-section]').evaluateAll((els) => els.map((e) => e.getAttribute('data-section') ?? ''));
}
