import { expect, type Page, signIn, test, useSession } from './support';

// Issue 14 through the screens, one chain in order: the branch clerk makes an agreement from the
// accepted 北京 quote (TCL, seeded without an agreement, flights from the 1st of this month) with
// two instalments and sends the contract copy; the branch GM signs it with the scan; HQ
// e-commerce marks the copy received; then finance runs this month's month-end, finds the income
// in the trial balance and the chart, records a collection, reads the receivable's ageing,
// downloads the voucher, closes the month and is refused a further posting into it. Serial, and
// the only spec that posts to the journal or closes a month, so no other spec races with it;
// the month is reopened at the end, as finance would to correct it.

const PDF = { name: '合同复印件.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n') };
const SCAN = { ...PDF, name: '签署件扫描.pdf' };

/** What the first test made, for the ones after it. */
const made = { number: '', amountFen: 0 };

test.describe.configure({ mode: 'serial' });

/** Another user in the same browser, before the step opens its page. */
async function switchTo(page: Page, username: string): Promise<void> {
  await useSession(page.context(), username);
}

async function openAgreement(page: Page, number: string): Promise<void> {
  await page.goto('/ad-agreements');
  await page.getByTestId('agreements-search').fill(number);
  await page.locator(`[data-testid="agreement-row"][data-number="${number}"]`).getByTestId('agreement-link').click();
  await expect(page.getByTestId('agreement-number')).toHaveText(number);
}

test('bj_clerk drafts an agreement with two instalments and sends the contract copy; bj_gm signs; ecom receives the copy', async ({ page }) => {
  await signIn(page, 'bj_clerk', '/ad-agreements');
  await page.getByTestId('agreement-create').click();
  await page.getByTestId('agreement-quote').click();
  await page.getByTestId('agreement-quote-option').filter({ hasText: 'TCL' }).first().click();
  const amountText = (await page.getByTestId('agreement-amount').textContent())!.trim();
  const amountFen = Math.round(Number(amountText.replace(/[¥,]/g, '')) * 100);
  await expect(page.getByTestId('instalment-row')).toHaveCount(1);
  await expect(page.getByTestId('instalments-remaining')).toContainText('收款计划合计等于协议金额');

  // Two instalments: the second added, the first cut short by one fen shows what is left, then split evenly.
  await page.getByTestId('instalment-add').click();
  await expect(page.getByTestId('instalment-row')).toHaveCount(2);
  await page.getByTestId('instalment-amount').nth(0).fill('1000');
  await page.getByTestId('instalment-amount').nth(1).fill('1000');
  await expect(page.getByTestId('instalments-remaining')).toContainText(/尚未安排|超出协议金额/);
  await expect(page.getByTestId('agreement-save')).toBeDisabled();
  await page.getByTestId('instalment-split').click();
  await expect(page.getByTestId('instalments-remaining')).toContainText('收款计划合计等于协议金额');
  await page.getByTestId('instalment-method').nth(1).click();
  await page.getByRole('option', { name: '承兑汇票' }).click();
  await page.getByTestId('agreement-save').click();

  await expect(page.getByTestId('agreement-number')).toHaveText(/^协-BJ-\d{6}-\d{4}$/);
  const number = (await page.getByTestId('agreement-number').textContent())!.trim();
  made.number = number;
  made.amountFen = amountFen;
  await expect(page.getByTestId('agreement-status')).toHaveText('草稿');
  await expect(page.getByTestId('agreement-instalment')).toHaveCount(2);
  const instalments = await page.getByTestId('agreement-instalment').locator('td.num').allTextContents();
  expect(instalments.map((t) => Math.round(Number(t.replace(/[¥,]/g, '')) * 100)).reduce((s, x) => s + x, 0)).toBe(amountFen);

  await page.getByTestId('attach-file-contract_copy').setInputFiles(PDF);
  const contract = page.locator('[data-testid="agreement-document"][data-kind="contract_copy"]');
  await expect(contract.getByTestId('document-file')).toHaveText('合同复印件.pdf');
  await expect(contract.getByTestId('document-awaiting')).toBeVisible();
  await expect(page.getByTestId('agreement-sign')).toHaveCount(0);

  await switchTo(page, 'bj_gm');
  await openAgreement(page, number);
  await page.getByTestId('agreement-sign-file').setInputFiles(SCAN);
  await expect(page.getByTestId('agreement-status')).toHaveText(/已签署|执行中/);
  const signed = page.locator('[data-testid="agreement-document"][data-kind="signed_copy"]');
  await expect(signed.getByTestId('document-file')).toHaveText('签署件扫描.pdf');
  await expect(page.locator('[data-step="signed"]')).toHaveClass(/done/);
  await expect(page.getByTestId('receive-contract_copy')).toHaveCount(0);

  await switchTo(page, 'ecom');
  await openAgreement(page, number);
  await page.getByTestId('receive-contract_copy').click();
  await expect(contract.getByTestId('document-received')).toContainText('确认收到');
  await expect(page.getByTestId('receive-contract_copy')).toHaveCount(0);
});

const yuan = (text: string | null) => Math.round(Number((text ?? '').replace(/[¥,\s]/g, '')) * 100);
const thisMonth = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
};

test('finance runs month-end: the new agreement’s income in the trial balance and the chart, and its voucher as a PDF', async ({ page }) => {
  expect(made.number).not.toBe('');
  await signIn(page, 'finance', '/income-recognition');
  // The page opens on the month just ended (closed in the demo); this month is the next one.
  await expect(page.getByTestId('month-end-status')).toBeVisible();
  await page.getByTestId('month-next').click();
  const row = page.getByTestId(`month-end-row-${made.number}`);
  await expect(row).toBeVisible();
  const gross = yuan(await row.locator('td.num.strong').textContent());
  expect(gross).toBeGreaterThan(0);
  expect(gross).toBeLessThan(made.amountFen);
  await page.getByTestId('month-end-run').click();
  await page.getByTestId('confirm-ok').click();
  await expect(page.getByTestId('month-end-result')).toBeVisible();
  const entryNumber = (await row.locator('span.mono').textContent())!.trim();
  expect(entryNumber).toMatch(new RegExp(`^记-${thisMonth()}-\\d{4}$`));
  // Running it again posts nothing new.
  await expect(page.getByTestId('month-end-run')).toBeDisabled();

  // The trial balance of this month: income on 6051.01.01 and debits equal to credits.
  await page.goto('/ledger-reports/trial-balance');
  await expect(page.getByTestId('tb-row-6051.01.01')).toBeVisible();
  await expect(page.getByTestId('tb-verdict')).toHaveClass(/ok/);
  await page.goto('/ledger-reports/income');
  await expect(page.getByTestId('in-chart-months').locator('canvas')).toBeVisible();
  expect(yuan(await page.getByTestId('in-total').textContent())).toBeGreaterThanOrEqual(gross);

  // The voucher of that income as an A4 PDF.
  await page.goto('/journal');
  await page.getByTestId(`journal-entry-${entryNumber}`).click();
  await expect(page.getByTestId('entry-title')).toContainText(entryNumber);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('entry-pdf').click()]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const pdf = await download.createReadStream().then(async (s) => {
    const chunks: Buffer[] = [];
    for await (const c of s) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});

test('finance records a collection from TCL, oldest instalment first, and the receivable shows what is left and how old it is', async ({ page }) => {
  await signIn(page, 'finance', '/ledger-reports/receivables');
  const tcl = page.getByTestId(/^ar-customer-/).filter({ hasText: 'TCL' });
  await expect(tcl).toBeVisible();
  const owedBefore = yuan(await tcl.locator('td.num').first().textContent());
  expect(owedBefore).toBe(made.amountFen);

  await page.goto('/collections');
  await page.getByTestId('collection-create').click();
  await page.getByTestId('collection-customer').click();
  await page.getByRole('option', { name: /TCL/ }).click();
  await page.getByTestId('collection-unit').click();
  await page.getByRole('option', { name: /北京/ }).click();
  await expect(page.getByTestId('collection-instalments')).toBeVisible();
  await page.getByTestId('collection-amount').fill('1000.00');
  await page.getByTestId('collection-bank-ref').fill('E2E-TCL-001');
  await page.getByRole('dialog').getByRole('button', { name: '登记并记账' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByTestId('collections-table')).toContainText('TCL');

  await page.goto('/ledger-reports/receivables');
  await expect(tcl).toBeVisible();
  expect(yuan(await tcl.locator('td.num').first().textContent())).toBe(made.amountFen - 100_000);
  // Aged by the instalments' due dates: the buckets (not yet due … over 90 days) add up to what is owed.
  const [owed, ...buckets] = (await tcl.locator('td.num').allTextContents()).map(yuan);
  expect(buckets.length).toBe(5);
  expect(buckets.reduce((a, b) => a + b, 0)).toBe(owed);
});

test('finance closes the month, and a further posting into it is refused with a clear message', async ({ page, consoleErrors }) => {
  consoleErrors.allow(/status of 409 .*\/api\/journal$/); // the refused posting's answer, on purpose
  const month = thisMonth();
  await signIn(page, 'finance', '/periods');
  await page.getByTestId(`period-close-${month}`).click();
  await page.getByTestId('confirm-ok').click();
  await expect(page.getByTestId(`period-status-${month}`)).toHaveText('已结账');

  await page.goto('/journal/new');
  await page.getByTestId('entry-memo').fill('结账后补记');
  await page.getByTestId('entry-reason').fill('e2e：结账后不得记账');
  await page.getByTestId('line-account-0').click();
  await page.getByRole('option', { name: /^1002/ }).click();
  await page.getByTestId('line-debit-0').fill('1');
  await page.getByTestId('line-account-1').click();
  await page.getByRole('option', { name: /^2203/ }).click();
  await page.getByTestId('line-credit-1').fill('1');
  await page.getByTestId('entry-post').click();
  await expect(page.getByTestId('error-entryDate')).toContainText('已结账');

  // Finance reopens it with a reason (audited), as it would to correct the month.
  await page.goto('/periods');
  await page.getByTestId(`period-reopen-${month}`).click();
  await page.getByTestId('reopen-reason').fill('e2e 结束后恢复本月');
  await page.getByTestId('reopen-save').click();
  await expect(page.getByTestId(`period-status-${month}`)).not.toHaveText('已结账');
});
