import { DEMO_PASSWORD, expect, navSections, test, type Page } from './support';

/** A supplier contact signs in like anyone, and lands on its own inquiries, not on our home page. */
async function signInContact(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel(/用户名|Username/).fill(username);
  await page.getByLabel(/密码|Password/).first().fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await expect(page).toHaveURL(/\/inquiries$/);
}

test('the clerk sends an inquiry to both demo suppliers, each quotes, and the clerk sees who quoted but no price', async ({ browser }) => {
  const clerk = await browser.newPage();
  await clerk.goto('/login');
  await clerk.getByLabel(/用户名|Username/).fill('supply_clerk');
  await clerk.getByLabel(/密码|Password/).first().fill(DEMO_PASSWORD);
  await clerk.getByTestId('login-submit').click();
  await expect(clerk).toHaveURL(/\/home$/);

  await clerk.goto('/inquiries/new');
  await clerk.getByTestId('inquiry-title').fill('E2E 询价：不锈钢线槽');
  await clerk.getByTestId('inquiry-place').fill('供应处仓库');
  await clerk.getByTestId('inquiry-suppliers').click();
  await clerk.getByRole('option', { name: '深圳市恒通五金机电有限公司' }).click();
  await clerk.getByRole('option', { name: '宁波明辉照明电器有限公司' }).click();
  await clerk.keyboard.press('Escape');
  await clerk.getByTestId('line-description-0').fill('不锈钢线槽');
  await clerk.getByTestId('line-quantity-0').fill('150');
  await clerk.getByTestId('line-uom-0').fill('米');
  await clerk.getByTestId('inquiry-send').click();
  await expect(clerk).toHaveURL(/\/inquiries\/\d+$/);
  const url = new URL(clerk.url()).pathname;
  await expect(clerk.getByTestId('inquiry-sealed')).toHaveText(/密封中/);
  await clerk.close();

  for (const [username, price] of [['sup_hardware', '36.50'], ['sup_lighting', '38.20']] as const) {
    const contact = await browser.newPage();
    await signInContact(contact, username);
    const sections = await navSections(contact);
    expect(sections).toContain('inquiries');
    for (const internal of ['home', 'approvals', 'prices', 'purchase-orders']) expect(sections).not.toContain(internal);
    await contact.goto(url);
    await contact.getByTestId('quote-price-0').fill(price);
    await contact.getByTestId('quote-submit').click();
    await expect(contact.getByTestId('quote-history')).toContainText(price);
    await contact.close();
  }

  const again = await browser.newPage();
  await again.goto('/login');
  await again.getByLabel(/用户名|Username/).fill('supply_clerk');
  await again.getByLabel(/密码|Password/).first().fill(DEMO_PASSWORD);
  await again.getByTestId('login-submit').click();
  await expect(again).toHaveURL(/\/home$/);
  await again.goto(url);
  await expect(again.getByTestId('inquiry-suppliers')).toContainText(/已报价[\s\S]*已报价/);
  await expect(again.locator('body')).not.toContainText('36.50');
  await expect(again.locator('body')).not.toContainText('38.20');
  await expect(again.getByTestId('quote-history')).toHaveCount(0);
});

test('a supplier contact trying an internal page is refused: the screen sends it back, the API answers 403', async ({ page, consoleErrors }) => {
  await signInContact(page, 'sup_hardware');
  expect(await navSections(page)).not.toContain('home');
  await page.goto('/purchase-orders');
  await expect(page).toHaveURL(/\/inquiries$/);
  await page.goto('/home');
  await expect(page).toHaveURL(/\/inquiries$/);
  consoleErrors.allow(/status of 403 .*\/api\/purchase-orders/);
  const res = await page.request.get('/api/purchase-orders');
  expect(res.status()).toBe(403);
});

// Issue 11's walk for the external users: every section a supplier contact's menu offers, and its
// first record, without a console error (an internal call it may not make would log a 403).
for (const username of ['sup_hardware', 'sup_lighting']) {
  test(`${username} walks through its sections without a console error`, async ({ page }) => {
    test.setTimeout(120_000);
    await signInContact(page, username);
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
