import { expect, type Page, signIn, test, useSession } from './support';

// Issue 12, items 2 and 7, end to end: the IT requester asks 办公室 for three catalogue items,
// each priced at once from the supplier price database, and submits; the IT department head
// approves in the inbox; the requester then sees every line approved by the department.
// The steps share one request on one fresh server, in order, in one worker.
test.describe.configure({ mode: 'default' });

const ITEMS = ['复印纸', '中性笔', '订书机'];

/** The month a new request is for by default: the next one (its calendar is open unless a clerk closed it). */
function nextMonth(): string {
  const d = new Date();
  d.setDate(1);
  d.setMonth(d.getMonth() + 1);
  return `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}`;
}
/** IT's request to 办公室 for next month: the seed asks only for this month and the last, so it is the spec's own. */
const NUMBER_PREFIX = `PR-OFFICE-${nextMonth()}-`;

/** The spec's request, looked up afresh in each step as its reader finds it, so a failing step does not take it along. */
async function openRequest(page: Page): Promise<string> {
  await page.goto('/purchase-requests');
  await page.getByTestId('requests-search').fill(NUMBER_PREFIX);
  const row = page.locator(`[data-testid="request-row"][data-number^="${NUMBER_PREFIX}"]`);
  await expect(row).toHaveCount(1);
  const number = (await row.getAttribute('data-number')) ?? '';
  await row.getByTestId('request-link').click();
  await expect(page.getByTestId('request-number')).toHaveText(number);
  return number;
}

test('requester writes a 3-line request whose prices come prefilled from the price database, and submits it', async ({ page }) => {
  await signIn(page, 'requester', '/purchase-requests');
  await page.getByTestId('request-create').click();
  // The buying unit and the next open month are chosen for her; she creates the draft.
  await expect(page.getByTestId('new-request-month')).toContainText(/\d{4}年\d{1,2}月/);
  await page.getByTestId('new-request-save').click();
  await expect(page).toHaveURL(/\/purchase-requests\/\d+\/edit$/);

  for (const [i, name] of ITEMS.entries()) {
    if (i > 0) await page.getByTestId('add-line').click();
    const line = page.getByTestId('request-line').nth(i);
    await line.getByTestId('line-item').fill(name);
    const option = page.getByTestId('item-option').filter({ hasText: name }).first();
    // The search shows each item's estimated price before it is picked.
    await expect(option).toContainText('¥');
    await option.click();
    await expect(line.getByTestId('line-price')).toHaveText(/^¥\d/);
    await expect(line.getByTestId('line-price-source')).not.toBeEmpty();
    await line.getByTestId('line-quantity').fill(String(i + 2));
    await line.getByTestId('line-purpose').fill('部门日常办公');
    await expect(line.getByTestId('line-amount')).toHaveText(/^¥\d/);
  }

  // The total is the lines' amounts added up, as the API will store it.
  const amounts = await page.getByTestId('line-amount').allInnerTexts();
  const fen = (s: string) => Math.round(Number(s.replace(/[¥,]/g, '')) * 100);
  const sum = amounts.reduce((s, a) => s + fen(a), 0);
  expect(fen(await page.getByTestId('estimated-total').innerText())).toBe(sum);

  await page.getByTestId('submit-request').click();
  await page.getByTestId('confirm-ok').click();
  await expect(page).toHaveURL(/\/purchase-requests\/\d+$/);
  await expect(page.getByTestId('request-status')).toHaveText('待部门审批');
  await expect(page.getByTestId('detail-line')).toHaveCount(3);
  await expect(page.getByTestId('line-status')).toHaveText(['已提交', '已提交', '已提交']);
  await expect(page.getByTestId('detail-total')).toHaveText(`¥${(sum / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`);
  await expect(page.getByTestId('request-number')).toHaveText(new RegExp(`^${NUMBER_PREFIX}\\d{4}$`));
});

test('dept_head approves the request in the approvals inbox', async ({ page }) => {
  await useSession(page.context(), 'dept_head');
  const requestNumber = await openRequest(page);
  await page.goto('/approvals');
  const row = page.getByTestId('inbox-row').filter({ hasText: requestNumber });
  await expect(row).toHaveCount(1);
  await row.click();
  await page.getByTestId('approve-button').click();
  await page.getByTestId('approval-comment').fill('同意，按计划采购');
  await page.getByTestId('action-confirm').click();
  await expect(page.getByTestId('timeline-entry').filter({ hasText: '同意，按计划采购' })).toHaveCount(1);
});

test('requester sees each line approved by the department, with the approval on the timeline', async ({ page }) => {
  await useSession(page.context(), 'requester');
  await openRequest(page);
  await expect(page.getByTestId('request-status')).toHaveText('部门已批准');
  await expect(page.getByTestId('line-status')).toHaveText(['部门已批准', '部门已批准', '部门已批准']);
  await expect(page.getByTestId('timeline-entry').last()).toContainText('同意，按计划采购');
  // Nothing left to change: no edit button on an approved request.
  await expect(page.getByTestId('request-edit')).toHaveCount(0);
});
