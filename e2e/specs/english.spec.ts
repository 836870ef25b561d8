import { expect, type Page, signIn, test } from './support';

// Issue 11, item 4: in English the portal speaks English where the data has it: the toolbar
// and home name the user's unit and role in English, ad slots and items show their English
// names (the Chinese one where they have none), and 折 is explained as the share paid.

async function toEnglish(page: Page): Promise<void> {
  await page.getByTestId('lang-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

test('bj_clerk in English: unit and role in English, English slot names, 折 explained; Chinese again on the switch back', async ({ page }) => {
  await signIn(page, 'bj_clerk');
  await expect(page.getByTestId('home-role')).toHaveText('分部电子商务员 · 北京分部');
  await toEnglish(page);
  await expect(page.getByTestId('toolbar-unit')).toHaveText('· Beijing Branch');
  await expect(page.getByTestId('home-role')).toHaveText('Branch e-commerce clerk · Beijing Branch');

  await page.goto('/ad-rate-cards');
  await expect(page.locator('[data-testid="card-row"][data-slot-code="HOME-BANNER"]')).toContainText('Home page banner');
  await expect(page.locator('[data-testid="card-row"][data-slot-code="HOME-BANNER"]')).not.toContainText('首页通栏');

  // The list and the quote say what 折 means: the share of list price the customer pays.
  await page.goto('/ad-quotes');
  const row = page.getByTestId('quote-row').first();
  await expect(row).toContainText(/\d\.\d折 — pays \d+(\.\d)?% of list/);
  await row.getByTestId('quote-link').click();
  await expect(page.getByTestId('detail-discount')).toContainText(/\d\.\d折 — pays \d+(\.\d)?% of list/);
  const id = page.url().split('/').pop();
  const quote = await (await page.request.get(`/api/ad-quotes/${id}`)).json();
  await expect(page.getByText(quote.lines[0].slotNameEn).first()).toBeVisible();

  await page.getByTestId('lang-switch').click();
  await expect(page.getByText(quote.lines[0].slotName).first()).toBeVisible();
  await page.goto('/home');
  await expect(page.getByTestId('home-role')).toHaveText('分部电子商务员 · 北京分部');
});

test('the clerk in English sees items by their English names and renames one in English', async ({ page }) => {
  await signIn(page, 'clerk', '/prices/matrix');
  await toEnglish(page);
  await expect(page.getByTestId('toolbar-unit')).toHaveText('· General Office');
  await expect(page.getByTestId('matrix-item-BG-0001')).toContainText('Copy paper');

  // An edit, not a new item: a new active item would change the collection counts other specs read.
  await page.goto('/prices/items');
  await page.getByTestId('items-search').fill('BG-0007');
  await page.getByTestId('item-edit-BG-0007').click();
  await expect(page.getByTestId('item-name-en')).toHaveValue('Archive box');
  await page.getByTestId('item-name-en').fill('Archive file box');
  await page.getByTestId('item-save').click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Archive file box' })).toBeVisible();
  await page.getByTestId('lang-switch').click();
  await expect(page.getByRole('link', { name: '档案盒' })).toBeVisible();
});

test('ecom in English lists slots by their English names and renames one in English', async ({ page }) => {
  await signIn(page, 'ecom', '/ad-slots');
  await toEnglish(page);
  const name = (code: string) => page.locator(`[data-slot-code="${code}"] [data-testid="slot-name-cell"]`);
  await expect(name('HOME-BANNER')).toHaveText('Home page banner');
  // An edit, not a new slot: a new active slot would join the card another spec drafts.
  await page.locator('[data-slot-code="LIVE-PROMO"]').getByTestId('slot-edit').click();
  await expect(page.getByTestId('slot-name-en')).toHaveValue('Brand live-stream special');
  await page.getByTestId('slot-name-en').fill('Brand live-stream showcase');
  await page.getByTestId('slot-save').click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(name('LIVE-PROMO')).toHaveText('Brand live-stream showcase');
  await page.getByTestId('lang-switch').click();
  await expect(name('LIVE-PROMO')).toHaveText('直播间品牌专场');
});
