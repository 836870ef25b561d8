import { readFile } from 'node:fs/promises';
import { expect, type Page, signIn, test, useSession } from './support';

// Issue 5 (ad sales) and issue 3 (approvals), end to end: a branch clerk quotes deeper than
// her own 5折 and is told the branch GM must approve; the GM sees it in his inbox and
// approves; the clerk is notified and sees the timeline; the branch marketer downloads the PDF.
// The steps share one quote on one fresh server.
// In order, in one worker; a failing step does not skip the ones after it.
test.describe.configure({ mode: 'default' });

/** 'YYYY-MM-DD', n days from today on this machine (the seed publishes this month's card). */
function day(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() + n);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

// Tomorrow for four days, but never past this month's end: prices come from the card of the
// month a flight starts in, and the seed publishes a card for this month only.
const today = day(0);
const start = day(1).slice(0, 7) === today.slice(0, 7) ? day(1) : today;
const end = [day(4), day(3), day(2), day(1)].find((d) => d.slice(0, 7) === start.slice(0, 7) && d >= start) ?? start;

const CUSTOMER = '美的集团电器销售有限公司';

/**
 * The clerk's quote, found as any 北京 user finds it: the only 北京 quote for 美的 (the
 * seed has none). Looked up afresh in each step, so a step that fails does not take the
 * quote's number with it.
 */
async function openClerkQuote(page: Page): Promise<string> {
  await page.goto('/ad-quotes');
  await page.getByTestId('quotes-search').fill(CUSTOMER);
  const row = page.locator('[data-testid="quote-row"][data-number^="BJ-"]').filter({ hasText: CUSTOMER });
  await expect(row).toHaveCount(1);
  const number = (await row.getAttribute('data-number')) ?? '';
  await row.getByTestId('quote-link').click();
  await expect(page.getByTestId('quote-number')).toHaveText(number);
  return number;
}

test('bj_clerk quotes at 4.5折, is told 北京分部 总经理 must approve, and submits; bj_gm’s badge rises', async ({ page, browser }) => {
  // The GM is signed in already, in his own browser: his toolbar count rises without a reload.
  const gmContext = await browser.newContext();
  const gm = await gmContext.newPage();
  await signIn(gm, 'bj_gm');
  const badge = gm.getByTestId('inbox-badge');
  await expect(badge).toHaveText(/^\d+$/);
  const before = Number(await badge.innerText());

  await signIn(page, 'bj_clerk', '/ad-quotes');
  await page.getByTestId('quote-create').click();
  await expect(page).toHaveURL(/\/ad-quotes\/new$/);

  await page.getByTestId('quote-customer').fill('美的');
  await page.getByTestId('customer-option').filter({ hasText: '美的集团' }).click();
  await expect(page.getByTestId('quote-customer')).toHaveValue(/美的集团/);

  const line = page.getByTestId('quote-line').first();
  await line.getByTestId('line-slot').click();
  await page.locator('mat-option[data-code="HOME-FOCUS-3"]').click();
  await line.getByTestId('line-start').fill(start);
  await line.getByTestId('line-end').fill(end);
  await line.getByTestId('line-discount').fill('4.5');

  // Live: the paid share, and the approver by the domain's rule (confirmed by the server's preview).
  await expect(page.getByTestId('paid-share')).toHaveText('4.5折');
  await expect(page.getByTestId('paid-percent')).toHaveText('45.0%');
  await expect(page.getByTestId('approvers-needed')).toHaveText(/需 北京分部 总经理 审批/);
  await expect(line.getByTestId('line-net')).not.toHaveText('–');

  // Below the floor the screen says how far one may go.
  await line.getByTestId('line-discount').fill('2.5');
  await expect(page.getByTestId('approvers-needed')).toContainText('最低只能给到3.0折');
  await expect(page.getByTestId('submit-quote')).toBeDisabled();
  await line.getByTestId('line-discount').fill('4.5');
  await expect(page.getByTestId('approvers-needed')).toHaveText(/需 北京分部 总经理 审批/);

  await page.getByTestId('submit-quote').click();
  await page.getByTestId('confirm-ok').click();
  await expect(page).toHaveURL(/\/ad-quotes\/\d+$/);
  await expect(page.getByTestId('quote-status')).toHaveText('待审批');
  await expect(page.getByTestId('quote-number')).toHaveText(/^BJ-\d{6}-\d{4}$/);
  await expect(page.getByTestId('detail-customer')).toHaveText(CUSTOMER);
  await expect(page.getByTestId('detail-discount')).toContainText('4.5折');

  // The toolbar polls (15 s); the count goes up by this one quote.
  await expect(badge).toHaveText(String(before + 1), { timeout: 40_000 });
  await gmContext.close();
});

test('bj_gm sees the inbox badge, opens the inbox and approves with a comment', async ({ page }) => {
  await useSession(page.context(), 'bj_gm');
  const quoteNumber = await openClerkQuote(page);
  await expect(page.getByTestId('inbox-badge')).toHaveText(/^[1-9]\d*$/);
  await page.getByTestId('inbox-badge').click();
  await expect(page).toHaveURL(/\/approvals/);
  const row = page.getByTestId('inbox-row').filter({ hasText: quoteNumber });
  await expect(row).toHaveCount(1);
  await row.click();
  await page.getByTestId('approve-button').click();
  await page.getByTestId('approval-comment').fill('同意，4.5折在本分部权限内');
  await page.getByTestId('action-confirm').click();
  await expect(page.getByTestId('timeline-entry').filter({ hasText: '同意，4.5折在本分部权限内' })).toHaveCount(1);
});

test('bj_clerk is notified and sees the approval on the quote’s timeline', async ({ page }) => {
  await useSession(page.context(), 'bj_clerk');
  const quoteNumber = await openClerkQuote(page);
  await page.getByTestId('notifications-bell').click();
  await expect(page.getByTestId('notification-item').filter({ hasText: quoteNumber }).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('quote-status')).toHaveText('已批准');
  await expect(page.getByTestId('timeline-entry')).toHaveCount(2);
  await expect(page.getByTestId('timeline-entry').last()).toContainText('同意，4.5折在本分部权限内');
});

test('bj_marketer opens the quote read-only and downloads its PDF', async ({ page }) => {
  await signIn(page, 'bj_marketer', '/ad-quotes');
  await expect(page.getByTestId('quote-create')).toHaveCount(0);
  const quoteNumber = await openClerkQuote(page);
  await expect(page.getByTestId('quote-actions')).toHaveCount(0);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-quote-pdf').click()]);
  expect(download.suggestedFilename()).toContain(quoteNumber);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
});

test('bj_clerk sends the approved quote and records its acceptance; the booked slot then blocks another quote', async ({ page }) => {
  await useSession(page.context(), 'bj_clerk');
  await openClerkQuote(page);
  await expect(page.getByTestId('quote-status')).toHaveText('已批准');
  await page.getByTestId('quote-action-send').click();
  await page.getByTestId('confirm-ok').click();
  await expect(page.getByTestId('quote-status')).toHaveText('已发送客户');
  await page.getByTestId('quote-action-accept').click();
  await page.getByTestId('confirm-ok').click();
  await expect(page.getByTestId('quote-status')).toHaveText('客户已接受');
  await expect(page.getByTestId('quote-actions')).toHaveCount(0);

  // The same exclusive slot on overlapping days: the editor says whose booking it clashes with and will not save.
  await page.goto('/ad-quotes/new');
  await page.getByTestId('quote-customer').fill('方太');
  await page.getByTestId('customer-option').filter({ hasText: '方太' }).click();
  const line = page.getByTestId('quote-line').first();
  await line.getByTestId('line-slot').click();
  await page.locator('mat-option[data-code="HOME-FOCUS-3"]').click();
  await line.getByTestId('line-start').fill(start);
  await line.getByTestId('line-end').fill(start);
  const clash = line.locator('[data-testid="line-conflict"][data-severity="block"]');
  await expect(clash).toContainText(/与已接受的报价单 BJ-\d{6}-\d{4}/);
  await expect(page.getByTestId('save-quote')).toBeDisabled();
  await expect(page.getByTestId('submit-quote')).toBeDisabled();
});
