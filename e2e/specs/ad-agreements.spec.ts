import { expect, type Page, signIn, test } from './support';

// Issue 14, item 1 through the screens: the branch clerk makes an agreement from the accepted
// 北京 quote (TCL, seeded without an agreement) with two instalments and sends the contract
// copy; the branch GM signs it with the scan; HQ e-commerce marks the copy received.

const PDF = { name: '合同复印件.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n') };
const SCAN = { ...PDF, name: '签署件扫描.pdf' };

async function switchTo(page: Page, username: string): Promise<void> {
  await page.context().clearCookies();
  await signIn(page, username);
}

async function openAgreement(page: Page, number: string): Promise<void> {
  await page.goto('/ad-agreements');
  await page.getByTestId('agreements-search').fill(number);
  await page.locator(`[data-testid="agreement-row"][data-number="${number}"]`).getByTestId('agreement-link').click();
  await expect(page.getByTestId('agreement-number')).toHaveText(number);
}

test('bj_clerk drafts an agreement with two instalments and sends the contract copy; bj_gm signs; ecom receives the copy', async ({ page }) => {
  await signIn(page, 'bj_clerk');
  await page.goto('/ad-agreements');
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
