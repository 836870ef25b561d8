import { expect, signIn, test } from './support';

// The annual office-supplies budget (issue 12, item 3): 办公室's clerk sets a department's
// budget in the grid and sees what remains before saving; a file with a wrong row is refused
// whole with its row errors; a leader reads the grid without inputs.

/** A budget file as Excel saves one in CSV (UTF-8 with its BOM). */
function csv(rows: string[]): { name: string; mimeType: string; buffer: Buffer } {
  return { name: '预算.csv', mimeType: 'text/csv', buffer: Buffer.from('\ufeff' + rows.join('\r\n'), 'utf8') };
}

test('the General Office clerk sets a budget in the grid and is shown a refused import’s row errors', async ({ page, consoleErrors }) => {
  consoleErrors.allow(/status of 400 .*\/api\/budgets\/import/);
  await signIn(page, 'clerk', '/budgets');
  const amount = page.getByTestId('budget-amount-FINANCE');
  await expect(amount).toHaveValue('15,000.00');
  await amount.fill('15,500');
  await expect(page.getByTestId('budget-remaining-FINANCE')).toContainText('¥15,500.00');
  await page.getByTestId('budgets-save').click();
  await expect(page.getByTestId('budgets-changed')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('budget-amount-FINANCE')).toHaveValue('15,500.00');

  await page.getByTestId('budgets-import').click();
  await page.getByTestId('budget-import-file').setInputFiles(csv(['部门,预算金额(元)', '财务中心,9000', '市场部,100']));
  await expect(page.getByTestId('budget-import-rejected')).toContainText('1 处错误');
  await expect(page.getByTestId('budget-import-error-row')).toHaveText(['3']);
  await page.getByRole('button', { name: '关闭' }).click();
  await expect(page.getByTestId('budget-amount-FINANCE')).toHaveValue('15,500.00');
});

test('a company leader reads the budget without changing it', async ({ page }) => {
  await signIn(page, 'leader', '/budgets');
  await expect(page.getByTestId('budgets-read-only')).toBeVisible();
  await expect(page.getByTestId('budgets-table')).toContainText('审计部');
  await expect(page.getByTestId('budget-amount-IT')).toHaveCount(0);
});
