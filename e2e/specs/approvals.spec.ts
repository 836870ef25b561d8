import { expect, signIn, test } from './support';

// The submit → approve journey needs a document type with a real document (ad quotations);
// the lead adds it once quotes can be submitted from their page. These cover what needs none.

test('someone with nothing to approve sees a badge of 0 and two empty tabs', async ({ page }) => {
  // The head of 供应处: no department request of its own in the demo month, no virtual contract of its unit
  // (办公室's head confirms 办公室's), and no spec writes one, so nothing reaches its inbox or bell.
  await signIn(page, 'supply_head');
  await expect(page.getByTestId('inbox-badge')).toHaveText('0');
  await expect(page.getByTestId('notifications-bell')).toHaveAttribute('data-unread', '0');
  await page.getByTestId('inbox-link').click();
  await expect(page).toHaveURL(/\/approvals$/);
  await expect(page.getByTestId('inbox-empty')).toHaveText('没有等待您审批的单据');
  await expect(page.getByTestId('inbox-row')).toHaveCount(0);
  await page.getByTestId('tab-submitted').click();
  await expect(page).toHaveURL(/\/approvals\?tab=submitted$/);
  await expect(page.getByTestId('submitted-empty')).toBeVisible();
  // Policies are for admin and audit only: no link here, and the address leads home.
  await expect(page.getByTestId('policies-link')).toHaveCount(0);
  await page.goto('/approvals/policies');
  await expect(page).toHaveURL(/\/home$/);
});

test('the administrator opens the approval policies and sees the seeded purchase plan chain', async ({ page }) => {
  await signIn(page, 'admin', '/approvals');
  await page.getByTestId('policies-link').click();
  await expect(page).toHaveURL(/\/approvals\/policies$/);
  const plan = page.locator('[data-policy="purchase_plan"]');
  await expect(plan).toContainText('采购计划');
  // The purchase plan type is registered now, so the administrator gets the editor: finance when over budget, the leader, a second leader from ¥50,000.
  const steps = plan.getByTestId('policy-step-edit');
  await expect(steps).toHaveCount(3);
  await expect(steps.nth(0)).toContainText('财务');
  await expect(steps.nth(1)).toContainText('公司领导');
  await expect(steps.nth(1)).toContainText('总部');
  await expect(page.getByTestId('policies-read-only')).toHaveCount(0);
  // Only the policies section is lit in the menu, not the inbox it sits under.
  await expect(page.getByTestId('nav').locator('[data-section="approval-policies"]')).toHaveClass(/activated/);
  await expect(page.getByTestId('nav').locator('[data-section="approvals"]')).not.toHaveClass(/activated/);

  await page.getByTestId('tab-discounts').click();
  await expect(page.getByTestId('authority-branch_gm')).toHaveValue('4');
  await expect(page.getByTestId('authority-floor')).toHaveValue('3');
  await expect(page.getByTestId('discount-save')).toBeDisabled();

  await page.getByTestId('lang-switch').click();
  await expect(page.getByTestId('tab-discounts')).toHaveText('Ad discount authority');
  await page.getByTestId('tab-policies').click();
  await expect(steps.nth(1)).toContainText('Company leader');
});

test('internal audit reads the policies and the discount authority but cannot change them', async ({ page }) => {
  await signIn(page, 'auditor', '/approvals/policies');
  await expect(page.getByTestId('policies-read-only')).toBeVisible();
  await expect(page.locator('[data-policy="purchase_plan"]').getByTestId('policy-step')).toHaveCount(3);
  await expect(page.getByTestId('policy-save')).toHaveCount(0);
  await expect(page.getByTestId('step-add')).toHaveCount(0);
  await page.getByTestId('tab-discounts').click();
  await expect(page.getByTestId('authority-hq_center_gm')).toHaveValue('3');
  await expect(page.getByTestId('authority-hq_center_gm')).not.toBeEditable();
  await expect(page.getByTestId('discount-save')).toHaveCount(0);
});

test('an approver names a stand-in for a date range, is told so, and the delegation can be removed', async ({ browser }) => {
  const gm = await (await browser.newContext()).newPage();
  await signIn(gm, 'hq_gm', '/approvals');
  await gm.getByTestId('delegations-link').click();
  await expect(gm).toHaveURL(/\/approvals\/delegations$/);
  await expect(gm.getByTestId('delegations-empty')).toBeVisible();

  // The end date before the start is caught before anything is sent.
  const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const yesterdayish = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
  await gm.getByTestId('delegate-input').fill('钱');
  await gm.getByTestId('delegate-option').filter({ hasText: '钱进' }).click();
  await gm.getByTestId('delegation-ends').fill(yesterdayish);
  await gm.getByTestId('delegation-add').click();
  await expect(gm.getByText('结束日期不能早于开始日期')).toBeVisible();

  await gm.getByTestId('delegation-ends').fill(inAWeek);
  await gm.getByTestId('delegation-add').click();
  const row = gm.getByTestId('delegation-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('钱进');
  await expect(row).toContainText(inAWeek);
  await expect(row).toContainText('生效中');

  // The delegate hears of it through the bell; opening the notification marks it read.
  const delegate = await (await browser.newContext()).newPage();
  await signIn(delegate, 'finance');
  const bell = delegate.getByTestId('notifications-bell');
  await expect(bell).toHaveAttribute('data-unread', '1');
  await bell.click();
  const item = delegate.getByTestId('notification-item').first();
  await expect(item).toContainText('委托您');
  await expect(item).toContainText(inAWeek);
  await item.click();
  await expect(delegate).toHaveURL(/\/approvals$/);
  await expect(bell).toHaveAttribute('data-unread', '0');
  await delegate.goto('/approvals/delegations');
  await expect(delegate.getByTestId('delegation-row')).toHaveAttribute('data-direction', 'received');
  await expect(delegate.getByTestId('delegation-remove')).toHaveCount(0);

  await gm.getByTestId('delegation-remove').click();
  await gm.getByTestId('confirm-ok').click();
  await expect(gm.getByTestId('delegations-empty')).toBeVisible();
});
