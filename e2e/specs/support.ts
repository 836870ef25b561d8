import { expect, test as base, type BrowserContext, type Cookie, type Page, type Request } from '@playwright/test';

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

/** Each worker's sessions, one per demo user: signed in once through the API, then reused by every test. */
const sessions = new Map<string, Cookie[]>();

/**
 * Gives the page's browser context `username`'s session (signed in through POST /api/auth/login
 * the first time this worker needs it, its cookies reused after that) and opens `path`, /home
 * by default. The sign-in form itself is proven in sign-in.spec.ts and accessibility.spec.ts
 * (`signInWithForm`); every other test starts where its user works, not at the form.
 */
export async function signIn(page: Page, username: string, path = '/home'): Promise<void> {
  await useSession(page.context(), username);
  await page.goto(path);
  if (path === '/home') await expect(page).toHaveURL(/\/home$/);
}

/** Puts `username`'s session into the context's cookies (replacing whoever was signed in there). */
export async function useSession(context: BrowserContext, username: string): Promise<void> {
  await context.clearCookies();
  const saved = sessions.get(username);
  if (saved) return context.addCookies(saved);
  const res = await context.request.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(res.ok(), `sign-in of ${username}: ${res.status()} ${await res.text()}`).toBeTruthy();
  sessions.set(username, await context.cookies());
}

/** Signs in as a person does: the form at /login, then the home page. */
export async function signInWithForm(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
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

/**
 * Waits for a page to settle without Playwright's 'networkidle', whose fixed 500 ms a walk through
 * every section and its first record paid twice per section. Settled: no request in flight as
 * Playwright sees them (scripts and chunks included), and none of the app's XHRs open as the page
 * itself counts them. Call before the page's first navigation: the count is installed at boot.
 */
export async function trackRequests(page: Page): Promise<{ settled: () => Promise<void> }> {
  await page.addInitScript(() => {
    let open = 0;
    const send = XMLHttpRequest.prototype.send;
    XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, ...args: Parameters<XMLHttpRequest['send']>) {
      open++;
      this.addEventListener('loadend', () => open--, { once: true });
      return send.apply(this, args);
    };
    Object.defineProperty(window, '__xhrOpen', { get: () => open });
  });
  const inFlight = new Set<Request>();
  const start = (r: Request) => {
    if (/^https?:/.test(r.url())) inFlight.add(r);
  };
  const end = (r: Request) => inFlight.delete(r);
  page.on('request', start);
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  // Inside the page: after a timer and an animation frame (so behind whatever task the app has
  // queued), no XHR open, twice in a row; one call, not a round trip per look.
  const quietInPage = () =>
    page
      .evaluate(async () => {
        const open = () => (window as unknown as { __xhrOpen?: number }).__xhrOpen ?? 0;
        const until = Date.now() + 20_000;
        for (let quiet = 0; quiet < 2; quiet = open() === 0 ? quiet + 1 : 0) {
          if (Date.now() > until) return false;
          await new Promise((resolve) => setTimeout(resolve, 50));
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
        return true;
      })
      .catch(() => false); // a navigation replaced the page under the call: not settled yet
  return {
    settled: async () => {
      await page.waitForLoadState('load');
      const deadline = Date.now() + 30_000;
      for (;;) {
        if (Date.now() > deadline) throw new Error(`the page did not settle in 30 s; in flight: ${[...inFlight].map((r) => r.url()).join(', ')}`);
        if (inFlight.size > 0) {
          await new Promise((resolve) => setTimeout(resolve, 25));
          continue;
        }
        if ((await quietInPage()) && inFlight.size === 0) return;
      }
    },
  };
}
