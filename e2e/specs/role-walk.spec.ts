import { expect, navSections, signIn, test, trackRequests } from './support';

// Issue 11: no console errors on any page for any role. Each demo user signs in, sees exactly the
// sections below in the menu, and opens every one of them; the shared fixture fails the test on any
// console error or uncaught exception. Where a section lists records, the first one is opened too
// (a marketer's quote page once asked for an approval request it may not read and logged a 404).

// Written out by hand (not derived from domain/sections.ts) so that a change to
// who may see what has to be made, and seen, here too.
const EXPECTED: Record<string, string[]> = {
  admin: ['home', 'approvals', 'users', 'units', 'approval-policies', 'audit'],
  requester: ['home', 'approvals', 'purchase-requests', 'planning-calendar'],
  clerk: ['home', 'approvals', 'purchase-requests', 'planning-calendar', 'prices', 'purchase-plans', 'budgets', 'stock', 'inquiries', 'negotiations', 'e-contracts', 'e-contract-verify', 'purchase-orders', 'payment-requests', 'payment-register', 'purchase-invoices', 'purchase-ledgers'],
  supply_clerk: ['home', 'approvals', 'purchase-requests', 'planning-calendar', 'prices', 'purchase-plans', 'budgets', 'stock', 'inquiries', 'negotiations', 'e-contracts', 'e-contract-verify', 'purchase-orders', 'payment-requests', 'payment-register', 'purchase-invoices', 'purchase-ledgers'],
  dept_head: ['home', 'approvals', 'purchase-requests', 'planning-calendar', 'prices', 'budgets', 'inquiries', 'negotiations', 'e-contracts', 'e-contract-verify', 'purchase-orders', 'payment-requests', 'purchase-ledgers'],
  leader: ['home', 'approvals', 'purchase-requests', 'planning-calendar', 'prices', 'purchase-plans', 'budgets', 'stock', 'inquiries', 'negotiations', 'e-contracts', 'e-contract-verify', 'purchase-orders', 'payment-requests', 'payment-register', 'purchase-invoices', 'purchase-ledgers', 'ad-agreements', 'journal', 'accounts', 'periods', 'collections', 'ledger-reports'],
  ecom: ['home', 'approvals', 'ad-quotes', 'ad-rate-cards', 'ad-slots', 'customers', 'ad-agreements', 'collections'],
  bj_clerk: ['home', 'approvals', 'ad-quotes', 'ad-rate-cards', 'customers', 'ad-agreements', 'journal', 'collections', 'ledger-reports'],
  bj_marketer: ['home', 'approvals', 'ad-quotes', 'ad-rate-cards', 'ad-agreements', 'journal', 'ledger-reports'],
  bj_gm: ['home', 'approvals', 'ad-quotes', 'ad-rate-cards', 'customers', 'ad-agreements', 'journal', 'collections', 'ledger-reports'],
  sh_gm: ['home', 'approvals', 'ad-quotes', 'ad-rate-cards', 'customers', 'ad-agreements', 'journal', 'collections', 'ledger-reports'],
  hq_gm: ['home', 'approvals', 'ad-quotes', 'ad-rate-cards', 'customers', 'ad-agreements', 'journal', 'accounts', 'periods', 'collections', 'ledger-reports'],
  ws_requester: ['home', 'approvals', 'purchase-requests', 'planning-calendar'],
  office_head: ['home', 'approvals', 'purchase-requests', 'planning-calendar', 'prices', 'budgets', 'inquiries', 'negotiations', 'e-contracts', 'e-contract-verify', 'purchase-orders', 'payment-requests', 'purchase-ledgers'],
  finance: ['home', 'approvals', 'purchase-requests', 'planning-calendar', 'purchase-plans', 'budgets', 'stock', 'inquiries', 'negotiations', 'e-contracts', 'e-contract-verify', 'purchase-orders', 'payment-requests', 'payment-register', 'purchase-invoices', 'purchase-ledgers', 'ad-quotes', 'ad-rate-cards', 'customers', 'ad-agreements', 'journal', 'accounts', 'periods', 'collections', 'income-recognition', 'ledger-reports'],
  auditor: ['home', 'approvals', 'purchase-requests', 'planning-calendar', 'prices', 'purchase-plans', 'budgets', 'stock', 'inquiries', 'negotiations', 'e-contracts', 'e-contract-verify', 'purchase-orders', 'payment-requests', 'payment-register', 'purchase-invoices', 'purchase-ledgers', 'ad-quotes', 'ad-rate-cards', 'ad-slots', 'customers', 'ad-agreements', 'journal', 'accounts', 'periods', 'collections', 'ledger-reports', 'approval-policies', 'audit'],
};

for (const [username, sections] of Object.entries(EXPECTED)) {
  test(`${username} sees exactly their sections and walks through them without a console error`, async ({ page }) => {
    // A walk grows with every section a module adds (the auditor opens 25 and their first records):
    // one default test timeout is not enough for it on a loaded machine.
    test.setTimeout(180_000);
    const requests = await trackRequests(page);
    await signIn(page, username);
    expect(await navSections(page)).toEqual(sections);
    await requests.settled();
    let opened = 0;
    for (const section of sections) {
      const link = page.getByTestId('nav').locator(`[data-section="${section}"]`);
      const path = (await link.getAttribute('href')) ?? '';
      await link.click();
      await expect.poll(() => new URL(page.url()).pathname, { message: `the menu's ${section} opens ${path}` }).toMatch(new RegExp(`^${path}`));
      await requests.settled();
      // Opened inside the app (a page load per record would boot the app again each time), by a
      // locator that finds the link afresh should the settled list still be redrawn.
      const [href] = await page.locator('table a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      if (href) {
        const list = page.url();
        await page.locator(`table a[href="${href}"]`).first().click();
        await page.waitForURL((url) => url.href !== list);
        await requests.settled();
        // Where the app sent the user instead (a guard, a redirect) is noted, as the walk's old page.goto did not look.
        const at = new URL(page.url());
        if (at.pathname + at.search !== href) test.info().annotations.push({ type: 'record link went elsewhere', description: `${section}: ${href} → ${at.pathname}` });
        opened++;
      }
    }
    await expect(page.getByTestId('nav')).toBeVisible();
    expect(opened, 'records opened: the lists had loaded when they were read').toBeGreaterThan(0);
  });
}
