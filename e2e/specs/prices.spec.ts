import { expect, type Page, signIn, test } from './support';

// The clerk's monthly import (issue 4): a file with two bad rows is refused with
// the rows and reasons in Chinese; the fixed file goes in whole; the prices show
// in the comparison matrix and in the item's chart.

/** Today in Beijing, as the API dates prices (a later date is refused). */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

// 正泰电器京东自营旗舰店 serves the Supply Dept in the demo data, so it has no prices
// for the General Office's items: nothing in the file collides with the seed.
const SHOP = '京东,正泰电器京东自营旗舰店';
const HEADER = '物资编码,平台,店铺,单价(元),日期,链接,有货,备注';

function csv(rows: string[]): { name: string; mimeType: string; buffer: Buffer } {
  return { name: '网购报价-本月.csv', mimeType: 'text/csv', buffer: Buffer.from([HEADER, ...rows].join('\r\n'), 'utf8') };
}

async function upload(page: Page, file: ReturnType<typeof csv>) {
  await page.getByTestId('import-file').setInputFiles(file);
  await expect(page.getByTestId('import-preview')).toBeVisible();
}

test('a clerk imports a price file, fixes its two bad rows, and finds the prices in the matrix and the chart', async ({ page }) => {
  await signIn(page, 'clerk', '/prices/import');

  const bad = csv([
    `BG-0001,${SHOP},23.45,${today},,是,e2e`,
    `BG-0002,${SHOP},abc,${today},,是,e2e`,
    `XX-9999,${SHOP},9.90,${today},,是,e2e`,
    `BG-0003,${SHOP},17.60,${today},,是,e2e`,
  ]);
  await upload(page, bad);
  const errors = page.getByTestId('import-errors');
  await expect(errors).toBeVisible();
  await expect(page.getByTestId('import-error-row')).toHaveText(['3', '4']);
  await expect(page.getByTestId('import-error-message').nth(0)).toContainText('“abc”不是有效单价');
  await expect(page.getByTestId('import-error-message').nth(1)).toContainText('物资编码“XX-9999”不存在');
  await expect(page.getByTestId('import-preview')).toContainText('2 行有错误');
  await expect(page.getByTestId('import-commit')).toBeDisabled();

  const fixed = csv([
    `BG-0001,${SHOP},23.45,${today},,是,e2e`,
    `BG-0002,${SHOP},15.80,${today},,是,e2e`,
    `BG-0004,${SHOP},9.90,${today},,是,e2e`,
    `BG-0003,${SHOP},17.60,${today},,是,e2e`,
  ]);
  await upload(page, fixed);
  await expect(page.getByTestId('import-errors')).toHaveCount(0);
  await expect(page.getByTestId('import-preview')).toContainText('全部 4 行检查通过');
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-done')).toContainText('已导入 4 条报价');

  await page.getByTestId('import-to-matrix').click();
  await expect(page).toHaveURL(/\/prices\/matrix$/);
  await page.getByTestId('matrix-search').fill('BG-0001');
  const matrix = page.getByTestId('matrix');
  await expect(matrix.getByTestId('matrix-item-BG-0001')).toBeVisible();
  await expect(matrix.locator('th', { hasText: '正泰电器京东自营旗舰店' })).toBeVisible();
  await expect(matrix).toContainText('23.45');
  const download = page.waitForEvent('download');
  await page.getByTestId('matrix-export').click();
  expect((await download).suggestedFilename()).toMatch(/^网络电商比价表-\d{4}-\d{2}\.xlsx$/);

  await matrix.getByTestId('matrix-item-BG-0001').click();
  await expect(page).toHaveURL(/\/prices\/history\/\d+$/);
  await expect(page.getByTestId('history')).toContainText('复印纸');
  await expect(page.getByTestId('history-chart').locator('canvas')).toBeVisible();
  await expect(page.getByTestId('history-table')).toContainText('23.45');
});

test('a department head reads the prices but has no import tab and no edit buttons', async ({ page }) => {
  await signIn(page, 'dept_head', '/prices');
  await expect(page).toHaveURL(/\/prices\/matrix$/);
  await expect(page.getByTestId('prices-read-only')).toBeVisible();
  await expect(page.getByTestId('prices-tab-import')).toHaveCount(0);
  await page.getByTestId('prices-tab-items').click();
  await expect(page.getByTestId('items-table')).toContainText('BG-0001');
  await expect(page.getByTestId('item-create')).toHaveCount(0);
  await expect(page.locator('[data-testid^="item-edit-"]')).toHaveCount(0);
});
