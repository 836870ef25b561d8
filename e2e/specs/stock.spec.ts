import AxeBuilder from '@axe-core/playwright';
import { expect, signIn, test, useSession } from './support';

// 库存 (issue 12): the General Office's clerk issues copy paper to a department, sees the
// on-hand figure fall in the list, and finds the move at the top of the item's history.

test('a clerk issues to a department and sees on hand fall and the move in the history', async ({ page }) => {
  await signIn(page, 'clerk', '/stock');
  await page.getByTestId('stock-search').fill('BG-0001');
  const onHand = page.getByTestId('stock-on-hand-BG-0001');
  await expect(page.getByTestId('stock-table').locator('tr.mat-mdc-row')).toHaveCount(1);
  const before = Number((await onHand.innerText()).replace(/[^\d.]/g, ''));
  expect(before).toBeGreaterThan(3);

  await page.getByTestId('stock-actions-BG-0001').click();
  await page.getByTestId('stock-issue').click();
  await page.getByTestId('move-department').click();
  await page.getByRole('option', { name: '人力资源部' }).click();
  await page.getByTestId('move-quantity').fill('3');
  await page.getByTestId('move-text').fill('新员工入职配发');
  await page.getByTestId('move-save').click();

  await expect(onHand).toContainText(`${before - 3} 包`);
  await page.getByTestId('stock-history-BG-0001').click();
  await expect(page.getByTestId('moves-title')).toHaveText('复印纸');
  await expect(page.getByTestId('moves-on-hand')).toHaveText(`${before - 3} 包`);
  const latest = page.getByTestId('moves-table').locator('tr.mat-mdc-row').first();
  await expect(latest).toContainText('领用');
  await expect(latest).toContainText('-3');
  await expect(latest).toContainText('人力资源部');
  await expect(latest).toContainText('新员工入职配发');
  await expect(latest).toContainText('王芳');
});

test('the stock list and an item’s history have no serious or critical axe violation', async ({ page }) => {
  await useSession(page.context(), 'clerk');
  const found: string[] = [];
  for (const path of ['/stock?belowReorder=true', '/stock']) {
    await page.goto(path);
    await expect(page.getByTestId('stock-table').locator('tr.mat-mdc-row').first()).toBeVisible();
    if (path === '/stock') {
      await page.getByTestId('stock-history-BG-0002').click();
      await expect(page.getByTestId('moves-table').locator('tr.mat-mdc-row').first()).toBeVisible();
    }
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    found.push(...violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${page.url()}: ${v.id} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
  }
  expect(found).toEqual([]);
});
