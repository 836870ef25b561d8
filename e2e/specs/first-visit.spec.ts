import { expect, signIn, test } from './support';

// What a first-time visitor's browser does with the sign-in page: how much script crosses the
// wire (the build's brotli copies, chosen by Accept-Encoding) and whether the strict CSP lets
// the app run without a single violation.
const JS_BUDGET_BYTES = 250 * 1024;

test('the sign-in page transfers at most 250 kB of JavaScript and breaks no CSP rule', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    // The 401 is the app asking /api/auth/me before anyone has signed in: expected, not a problem.
    if ((m.type() === 'error' && !/status of 401/.test(m.text())) || /Content.Security.Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));

  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page.getByRole('button', { name: /登录/ })).toBeVisible();
  await page.waitForLoadState('networkidle');

  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e as PerformanceResourceTiming)
      .filter((e) => /\.m?js(\?|$)/.test(e.name))
      .map((e) => ({ name: e.name, transfer: e.transferSize, decoded: e.decodedBodySize })),
  );
  const transferred = scripts.reduce((s, e) => s + e.transfer, 0);
  const decoded = scripts.reduce((s, e) => s + e.decoded, 0);
  console.log(`sign-in page: ${scripts.length} JS files, ${(transferred / 1024).toFixed(1)} kB on the wire (${(decoded / 1024).toFixed(1)} kB unpacked)`);
  expect(scripts.length).toBeGreaterThan(0);
  expect(transferred).toBeLessThanOrEqual(JS_BUDGET_BYTES);
  expect(problems).toEqual([]);
});

test('a signed-in page runs under the same CSP without violations', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  await signIn(page, 'auditor');
  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
});
