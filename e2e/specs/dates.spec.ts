import { expect, signIn, signInWithForm, test } from './support';

// A browser whose own language is English (issue 11): the app, in Chinese by default, still
// writes its dates the Chinese way, and only the app's language switch changes them.
test.use({ locale: 'en-US', timezoneId: 'Asia/Shanghai' });

/** Today as the browser sees it (Asia/Shanghai), in both of the app's ways of writing it. */
function today(): { zh: string; en: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'short', day: 'numeric' })
      .formatToParts(new Date())
      .map((p) => [p.type, p.value]),
  );
  const iso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  return { zh: iso, en: `${Number(parts.day)} ${parts.month} ${parts.year}` };
}

test('an English-language browser shows the audit log’s dates as 2026-11-26 while the app is in Chinese, 26 Nov 2026 after the switch', async ({ page }) => {
  // Through the form, a moment ago: the API sign-in the other specs reuse may be long past the audit log's first page.
  await signInWithForm(page, 'auditor');
  await page.goto('/audit');
  // The auditor's own sign-in, a moment ago: the newest such row (other specs running beside this one add entries too,
  // so the newest row of all may be someone else's).
  const first = page
    .locator('tr[data-entry-id]')
    .filter({ has: page.locator('.action[data-action="auth.login"]') })
    .filter({ hasText: '许静' })
    .first();
  const day = today();
  await expect(first.locator('td.time')).toHaveText(new RegExp(`^${day.zh} \\d\\d:\\d\\d:\\d\\d$`));
  await expect(first.locator('.action')).toHaveText('登录');
  // The record is the auditor's own account, by name rather than "#14".
  await expect(first.locator('[data-testid="audit-record"]')).not.toContainText('#');

  // The same entry after the switch: the list reloads, and another test running beside this one may have added a newer one.
  const entry = page.locator(`tr[data-entry-id="${await first.getAttribute('data-entry-id')}"]`);
  await page.getByTestId('lang-switch').click();
  await expect(entry.locator('td.time')).toHaveText(new RegExp(`^${day.en}, \\d\\d:\\d\\d:\\d\\d$`));
  await expect(entry.locator('.action')).toHaveText('Signed in');
});

test('a date field takes a typed day and shows it in the app’s language, not the browser’s 11/26/2026', async ({ page }) => {
  await signIn(page, 'bj_gm', '/approvals/delegations');
  const ends = page.getByTestId('delegation-ends');
  await ends.fill('2026年12月31日');
  await ends.blur();
  await expect(ends).toHaveValue('2026-12-31');
  await page.getByTestId('lang-switch').click();
  await expect(ends).toHaveValue('31 Dec 2026');
});
