import { type Locator } from '@playwright/test';
import { expect, signIn, test } from './support';

// Issue 11, item 3: on a 390 px phone the screens people use every day stay usable. The quote
// editor stacks a line's fields instead of squeezing them into slivers, the price entry keeps
// its shop, price and record button on screen, and a list scrolls sideways with its first
// column fixed and its count on one line.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** On screen in full, after scrolling to it, and wide enough to use. */
async function usable(control: Locator, minWidth = 80): Promise<void> {
  await control.scrollIntoViewIfNeeded();
  await expect(control).toBeInViewport({ ratio: 1 });
  const box = await control.boundingBox();
  expect(box, 'the control has a box').not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  expect(box!.width).toBeGreaterThanOrEqual(minWidth);
}

test('bj_clerk adds a quote line on a phone; its fields are stacked, on screen and usable', async ({ page }) => {
  await signIn(page, 'bj_clerk', '/ad-quotes/new');
  await page.getByTestId('add-line').click();
  const line = page.getByTestId('quote-line').nth(1);
  await expect(line).toBeVisible();

  // Each field is a form field's box (the input inside it is narrower by its icon and padding).
  const field = (id: string) => line.locator('mat-form-field').filter({ has: page.getByTestId(id) });
  for (const id of ['line-slot', 'line-start', 'line-end', 'line-discount']) await usable(field(id), 160);
  await usable(line.getByTestId('line-remove'), 32);

  await line.getByTestId('line-slot').tap();
  await page.locator('mat-option[data-code="HOME-FOCUS-3"]').tap();
  await expect(line.getByTestId('line-slot')).toContainText(/\S/);
  await line.getByTestId('line-discount').tap();
  await line.getByTestId('line-discount').fill('8');
  await expect(line.getByTestId('line-discount')).toHaveValue('8');

  // The second line's delete button works at this size too.
  await line.getByTestId('line-remove').tap();
  await expect(page.getByTestId('quote-line')).toHaveCount(1);
});

test('the clerk records a price on a phone without scrolling sideways', async ({ page }) => {
  await signIn(page, 'clerk', '/prices/collection');
  const table = page.getByTestId('collection-table');
  const row = table.locator('tr.mat-mdc-row').first();
  await expect(row).toBeVisible();
  const code = (await row.locator('.mono').first().innerText()).trim();

  const shop = page.getByTestId(`entry-shop-${code}`);
  const price = page.getByTestId(`entry-price-${code}`);
  const save = page.getByTestId(`entry-save-${code}`);
  await usable(shop, 160);
  await usable(price);
  await usable(save, 40);

  // A shop, as the clerk picks one if the last price named none.
  await shop.tap();
  await page.locator('mat-option:not(.mdc-list-item--disabled)').first().tap();
  await price.fill('12.34');
  await save.tap();
  await expect(page.getByTestId('collection-recent')).toContainText(code);
  await expect(page.getByTestId('collection-recent')).toContainText('12.34');
});

test('the quote list scrolls sideways on a phone with its number column fixed and its count on one line', async ({ page }) => {
  await signIn(page, 'bj_clerk', '/ad-quotes');
  const first = page.getByTestId('quote-link').first();
  await expect(first).toBeVisible();

  // The count beside the title reads on one line, never one character per line.
  const count = page.locator('app-list-frame .count');
  await expect(count).toHaveText(/\d/);
  const ems = await count.evaluate((el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).fontSize));
  expect(ems, 'the count is one line high').toBeLessThan(2.2);

  // The table is wider than the phone; scrolled to its far end, the number is still there to tap.
  const scroller = page.locator('app-list-body .scroll');
  const widths = await scroller.evaluate((el) => ({ client: el.clientWidth, scroll: el.scrollWidth }));
  expect(widths.scroll).toBeGreaterThan(widths.client);
  await scroller.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  await expect(page.getByTestId('quotes-table').locator('th').last()).toBeInViewport();
  await expect(first).toBeInViewport({ ratio: 1 });
  const number = await first.innerText();
  await first.tap();
  await expect(page.getByTestId('quote-number')).toHaveText(number);
});
