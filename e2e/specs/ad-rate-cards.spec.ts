import { readFile } from 'node:fs/promises';
import { type Browser } from '@playwright/test';
import { expect, type Page, signIn, test, useSession } from './support';

// The demo data publishes last month's and this month's cards and leaves next month without one,
// for E-commerce to publish here. Months are counted in Beijing time, as the API counts them.
function nextMonth(): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const [y, m] = today.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

const MONTH = nextMonth();

/** A browser of `username`'s own, on `path` (none: the step opens its page itself). */
async function as(browser: Browser, username: string, path?: string): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  if (path) await signIn(page, username, path);
  else await useSession(context, username);
  return page;
}

/** Picks a month from a month picker, which shows it in the app's language (2026年12月). */
async function pickMonth(page: Page, testId: string, month: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.locator(`mat-option[data-month="${month}"]`).click();
}

async function openMonth(page: Page, month: string): Promise<void> {
  await page.goto('/ad-rate-cards');
  await pickMonth(page, 'rate-card-month', month);
  await expect(page).toHaveURL(new RegExp(`month=${month}`));
  const [y, m] = month.split('-');
  await expect(page.getByTestId('rate-card-month')).toHaveText(`${y}年${Number(m)}月`);
}

test.describe.configure({ mode: 'serial' });

test.describe('the monthly rate card', () => {
  test('ecom drafts next month’s card from this month’s prices, corrects two, and publishes it', async ({ browser }) => {
    const page = await as(browser, 'ecom');
    await openMonth(page, MONTH);
    await expect(page.getByTestId('no-card')).toBeVisible();

    await page.getByTestId('new-card').click();
    await expect(page.getByTestId('new-card-month')).toHaveAttribute('data-value', MONTH);
    await page.getByTestId('new-card-create').click();

    await expect(page.getByTestId('card-status')).toHaveText('草稿');
    await expect(page.getByTestId('card-revision')).toHaveText('r1');
    const prices = page.getByTestId('price-input');
    await expect(prices.first()).toBeVisible();
    expect(await prices.count()).toBeGreaterThan(5);

    // Typed in yuan; Enter moves down the grid like a spreadsheet.
    const ac = page.locator('[data-testid="price-input"][data-slot-code="HOME-FLOOR-AC"]');
    await ac.fill('32,800');
    await ac.press('Enter');
    await expect(page.locator('[data-testid="price-input"][data-slot-code="HOME-FLOOR-TV"]')).toBeFocused();
    await expect(ac).toHaveValue('32800.00');
    await page.locator('[data-testid="price-input"][data-slot-code="HOME-FLOOR-TV"]').fill('29999.5');

    // A price that is not money is named under its cell and nothing is sent.
    await prices.nth(0).fill('12.345');
    await expect(page.getByTestId('grid-invalid')).toBeVisible();
    await prices.nth(0).fill('45000');

    await page.getByTestId('save-card').click();
    await expect(page.getByTestId('save-card')).toBeDisabled();
    await expect(ac).toHaveValue('32800.00');

    await page.getByTestId('publish-card').click();
    await expect(page.getByRole('dialog')).toContainText('不能再修改');
    await page.getByTestId('confirm-ok').click();

    await expect(page.getByTestId('card-status')).toHaveText('现行');
    await expect(page.getByTestId('publish-card')).toHaveCount(0);
    await expect(page.locator('[data-testid="card-row"][data-slot-code="HOME-FLOOR-AC"] [data-testid="card-price"]')).toHaveText('¥32,800.00');
    await expect(page.locator('[data-testid="card-row"][data-slot-code="HOME-FLOOR-TV"] [data-testid="card-price"]')).toHaveText('¥29,999.50');
    await expect(page.getByTestId('revision-item')).toHaveCount(1);
    await page.context().close();
  });

  test('bj_clerk is told in-app and the notification opens the card', async ({ browser }) => {
    const page = await as(browser, 'bj_clerk', '/home');
    await page.getByTestId('notifications-bell').click();
    const item = page.getByTestId('notification-item').filter({ hasText: MONTH }).first();
    await expect(item).toContainText('网上商城广告报价');
    await item.click();
    await expect(page).toHaveURL(new RegExp(`/ad-rate-cards\\?month=${MONTH}&card=\\d+`));
    await expect(page.getByTestId('card-status')).toHaveText('现行');
    await expect(page.locator('[data-testid="card-row"][data-slot-code="HOME-FLOOR-AC"] [data-testid="card-price"]')).toHaveText('¥32,800.00');
    // A branch clerk reads the card; only HQ E-commerce keeps it.
    await expect(page.getByTestId('new-card')).toHaveCount(0);
    await expect(page.getByTestId('price-input')).toHaveCount(0);
    await page.context().close();
  });

  test('bj_marketer downloads the card as a PDF named for the month and revision', async ({ browser }) => {
    const page = await as(browser, 'bj_marketer');
    await openMonth(page, MONTH);
    await expect(page.getByTestId('card-status')).toHaveText('现行');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-pdf').click()]);
    expect(download.suggestedFilename()).toBe(`广告报价表-${MONTH}-r1.pdf`);
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expect(page.getByTestId('download-pdf')).toBeEnabled();
    await page.context().close();
  });
});
