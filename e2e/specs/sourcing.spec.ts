import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, navSections, signIn, signInWithForm, test, type Page } from './support';

// Issue 15 end to end, one chain in Chromium: the clerk sends an inquiry to both demo suppliers;
// each signs in and quotes; after the deadline the clerk compares and opens a negotiation with the
// cheaper; they edit the payment terms back and forth and both agree; both sign the e-contract
// (under the ¥50,000 policy amount: no approval); the clerk downloads the signed PDF and verifies
// it (one changed byte fails); a supplier contact trying an internal page is refused.
//
// The deadline passes by the database's clock, not the test's: the e2e server is started with a
// quote window of a few seconds (MIN_QUOTE_WINDOW_SECONDS in playwright.config.ts; 10 minutes in
// production), so the clerk sets one QUOTE_WINDOW_MS ahead and the chain waits out what is left.

const HARDWARE = '深圳市恒通五金机电有限公司';
const LIGHTING = '宁波明辉照明电器有限公司';
/**
 * Long enough for both suppliers to quote (about 10 s on an idle machine, 26–40 s on two cores shared
 * with other test runs), and the chain only waits out what is left of it; a machine too busy even
 * for this says so (step 2) and may set E2E_QUOTE_WINDOW_MS.
 */
const QUOTE_WINDOW_MS = Number(process.env.E2E_QUOTE_WINDOW_MS ?? 60_000);

/** `at` as a datetime-local value in the browser's own time zone, to the second. */
const localMinuteSecond = (page: Page, at: number) =>
  page.evaluate((ms) => {
    const d = new Date(ms);
    const p = (n: number) => String(n).padStart(2, '0');
    // Chromium keeps a datetime-local value's seconds only when they are not :00.
    const seconds = d.getSeconds() ? `:${p(d.getSeconds())}` : '';
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}${seconds}`;
  }, at);

/** Another user on the same page: the app is left first, so it cannot poll with a session that is gone (a 401). */
async function switchTo(page: Page, username: string, path: string): Promise<void> {
  await page.goto('about:blank');
  await signIn(page, username, path);
}

async function editPayment(page: Page, paymentMethod: string): Promise<void> {
  await page.getByTestId('negotiation-edit').click();
  await page.getByTestId('edit-paymentMethod').fill(paymentMethod);
  await page.getByTestId('edit-note').fill('付款方式调整');
  await page.getByTestId('edit-save').click();
  await expect(page.getByTestId('term-paymentMethod')).toHaveText(paymentMethod);
}

test.describe('the sourcing chain, inquiry to signed e-contract', () => {
  test.describe.configure({ mode: 'serial' });

  let inquiryUrl = '';
  let deadline = 0;
  let sheetUrl = '';
  let contractUrl = '';

  test('the clerk sends an inquiry to both demo suppliers; quotes are sealed', async ({ page }) => {
    await signIn(page, 'supply_clerk', '/inquiries/new');
    await page.getByTestId('inquiry-title').fill('E2E 询价：不锈钢线槽');
    await page.getByTestId('inquiry-place').fill('供应处仓库');
    await page.getByTestId('inquiry-suppliers').click();
    await page.getByRole('option', { name: HARDWARE }).click();
    await page.getByRole('option', { name: LIGHTING }).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('line-description-0').fill('不锈钢线槽');
    await page.getByTestId('line-quantity-0').fill('150');
    await page.getByTestId('line-uom-0').fill('米');
    deadline = Date.now() + QUOTE_WINDOW_MS;
    await page.getByTestId('inquiry-deadline').fill(await localMinuteSecond(page, deadline));
    await page.getByTestId('inquiry-send').click();
    await expect(page).toHaveURL(/\/inquiries\/\d+$/);
    inquiryUrl = new URL(page.url()).pathname;
    await expect(page.getByTestId('inquiry-sealed')).toHaveText(/密封中/);
  });

  test('each supplier signs in and quotes; the clerk sees who quoted but no price', async ({ page }) => {
    // One page for all three (the app's files stay in its cache): the window is short.
    for (const [username, price] of [['sup_hardware', '36.50'], ['sup_lighting', '38.20']] as const) {
      await switchTo(page, username, inquiryUrl);
      await page.getByTestId('quote-price-0').fill(price);
      await page.getByTestId('quote-submit').click();
      await expect(page.getByTestId('quote-history')).toContainText(price);
    }
    await switchTo(page, 'supply_clerk', inquiryUrl);
    await expect(page.getByTestId('inquiry-suppliers')).toContainText(/已报价[\s\S]*已报价/);
    await expect(page.locator('body')).not.toContainText('36.50');
    await expect(page.locator('body')).not.toContainText('38.20');
    await expect(page.getByTestId('quote-history')).toHaveCount(0);
    expect(Date.now(), 'all of this before the deadline: a machine this busy needs a longer E2E_QUOTE_WINDOW_MS').toBeLessThan(deadline);
  });

  test('after the deadline the clerk compares and opens a negotiation with the cheaper supplier', async ({ page }) => {
    test.setTimeout(QUOTE_WINDOW_MS + 60_000);
    // What is left of the window, and a moment for the clocks: the quotes open by the database's.
    await page.waitForTimeout(Math.max(0, deadline - Date.now()) + 500);
    await signIn(page, 'supply_clerk', inquiryUrl);
    await page.getByTestId('inquiry-compare').click();
    await expect(page).toHaveURL(/\/comparison$/);
    const column = page.locator('th[data-testid^="comparison-supplier-"]').filter({ hasText: HARDWARE });
    const supplierId = ((await column.getAttribute('data-testid')) ?? '').replace('comparison-supplier-', '');
    // ¥36.50 against ¥38.20 a metre: 恒通五金 is the lowest.
    await expect(page.locator(`td.lowest[data-testid$="-${supplierId}"]`)).toContainText('36.50');
    await page.getByTestId(`negotiate-${supplierId}`).click();
    await expect(page).toHaveURL(/\/negotiations\/\d+$/);
    await expect(page.getByTestId('negotiation-status')).toHaveText('双方不同意');
    sheetUrl = new URL(page.url()).pathname;
    await editPayment(page, '验收合格后 45 天内银行转账');
  });

  test('the supplier sees the change, sets its own payment terms and agrees to them', async ({ page }) => {
    await signIn(page, 'sup_hardware', sheetUrl);
    await expect(page.getByTestId('version-changes').first()).toContainText('验收合格后 45 天内银行转账');
    await editPayment(page, '验收合格后 30 天内银行转账，预付 10%');
    await page.getByTestId('negotiation-agree').click();
    await expect(page.getByTestId('negotiation-status')).toHaveText('一方同意');
    await page.getByTestId('comment-body').fill('预付一成用于备货，请确认。');
    await page.getByTestId('comment-send').click();
    await expect(page.getByTestId('negotiation-comment').last()).toContainText('预付一成');
  });

  test('the clerk agrees the same version, generates the e-contract and signs it', async ({ page }) => {
    await signIn(page, 'supply_clerk', sheetUrl);
    await page.getByTestId('negotiation-agree').click();
    await expect(page.getByTestId('negotiation-status')).toHaveText('双方同意');
    await page.getByTestId('negotiation-create-contract').click();
    await expect(page.getByTestId('e-contract-number')).toHaveText(/^HT-SUPPLY-/);
    contractUrl = new URL(page.url()).pathname;
    // 150 米 × ¥36.50 = ¥5,475.00, under the ¥50,000 policy amount: no approval, ready to sign.
    await expect(page.getByTestId('contract-status')).toHaveText('待签署');
    await page.getByTestId('e-contract-sign').click();
    await expect(page.getByTestId('signature-buyer')).toBeVisible();
  });

  test('the supplier signs: 已签订', async ({ page }) => {
    await signIn(page, 'sup_hardware', contractUrl);
    await page.getByTestId('e-contract-sign').click();
    await expect(page.getByTestId('contract-status')).toHaveText('已签订');
    await expect(page.getByTestId('e-contract-signed-sha256')).toBeVisible();
  });

  test('the clerk downloads the signed contract and verifies it; one changed byte fails', async ({ page }) => {
    await signIn(page, 'supply_clerk', contractUrl);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('e-contract-pdf').click()]);
    const bytes = await readFile((await download.path()) ?? '');
    const shown = (await page.getByTestId('e-contract-signed-sha256').innerText()).replace(/\s+/g, '');
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(shown);

    await page.goto('/e-contracts/verify');
    await page.getByTestId('verify-file').setInputFiles({ name: 'contract.pdf', mimeType: 'application/pdf', buffer: bytes });
    await expect(page.getByTestId('verify-result')).toHaveAttribute('data-match', 'true');
    const changed = Buffer.from(bytes);
    changed[Math.floor(changed.length / 2)] ^= 0x01;
    await page.getByTestId('verify-file').setInputFiles({ name: 'changed.pdf', mimeType: 'application/pdf', buffer: changed });
    await expect(page.getByTestId('verify-result')).toHaveAttribute('data-match', 'false');
  });

  test('a supplier contact lands on its own home and is refused an internal page: the screen sends it back, the API answers 403', async ({ page, consoleErrors }) => {
    await signInWithForm(page, 'sup_lighting');
    const sections = await navSections(page);
    expect(sections).toEqual(['home', 'inquiries', 'negotiations', 'e-contracts', 'e-contract-verify']);
    await expect(page.locator('app-workbench-card[data-card="inquiries.to-quote"]')).toContainText('待报价的询价单');
    await expect(page.locator('app-workbench-card[data-card="approvals.waiting"]')).toHaveCount(0);
    await page.goto('/purchase-orders');
    await expect(page).toHaveURL(/\/home$/);
    await page.goto('/approvals');
    await expect(page).toHaveURL(/\/home$/);
    consoleErrors.allow(/status of 403 .*\/api\/purchase-orders/);
    const res = await page.request.get('/api/purchase-orders');
    expect(res.status()).toBe(403);
  });
});

// Issue 11's walk for the external users: every section a supplier contact's menu offers, and its
// first record, without a console error (an internal call it may not make would log a 403).
for (const username of ['sup_hardware', 'sup_lighting']) {
  test(`${username} walks through its sections without a console error`, async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, username);
    await page.waitForLoadState('networkidle');
    for (const section of await navSections(page)) {
      await page.getByTestId('nav').locator(`[data-section="${section}"]`).click();
      await page.waitForLoadState('networkidle');
      const [href] = await page.locator('table a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      if (href) {
        await page.goto(href);
        await page.waitForLoadState('networkidle');
      }
    }
    await expect(page.getByTestId('nav')).toBeVisible();
  });
}
