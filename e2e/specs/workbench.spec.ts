import { api, expect, type Page, signIn, test } from './support';

// Issue 11, item 1: the workbench (工作台) tells each user what to do today. A branch GM's
// "waiting for my approval" rises when his clerk submits a quote below her 5折; a purchasing
// clerk sees how far this month's price collection is.

const countOf = (page: Page, card: string) => page.locator(`app-workbench-card[data-card="${card}"]`).getByTestId('card-count');

test('bj_gm sees the quote waiting for him after bj_clerk submits one at 4.5折', async ({ page, browser }) => {
  const gmContext = await browser.newContext();
  const gm = await gmContext.newPage();
  await signIn(gm, 'bj_gm');
  await expect(countOf(gm, 'approvals.waiting')).toHaveText(/^\d+$/);
  const before = Number(await countOf(gm, 'approvals.waiting').innerText());

  // The clerk's seed draft (TCL), priced at 4.5折: below her 5折, so it goes to the branch GM.
  await signIn(page, 'bj_clerk');
  await expect(countOf(page, 'ad-quotes.drafts')).toHaveText(/^[1-9]\d*$/);
  // Her drafts card opens the quote list filtered to drafts.
  await page.locator('app-workbench-card[data-card="ad-quotes.drafts"] a.todo').click();
  await expect(page).toHaveURL(/\/ad-quotes\?status=draft$/);
  await expect(page.getByTestId('quote-row').filter({ hasText: 'TCL' })).toHaveCount(1);
  type Listed = { id: number; number: string; customer: { name: string } };
  const drafts = await api<{ items: Listed[] }>(page, 'get', '/api/ad-quotes?status=draft&q=TCL');
  const draft = drafts.items[0];
  type Detail = { id: number; version: number; unit: { id: number }; customer: { id: number }; validUntil: string; lines: { slotId: number; startsOn: string; endsOn: string }[] };
  const q = await api<Detail>(page, 'get', `/api/ad-quotes/${draft.id}`);
  const saved = await api<{ version: number }>(page, 'put', `/api/ad-quotes/${q.id}`, {
    version: q.version,
    unitId: q.unit.id,
    customerId: q.customer.id,
    validUntil: q.validUntil,
    lines: q.lines.map((l) => ({ slotId: l.slotId, startsOn: l.startsOn, endsOn: l.endsOn, shareBp: 4500 })),
  });
  const submitted = await api<{ status: string }>(page, 'post', `/api/ad-quotes/${q.id}/submit`, { version: saved.version });
  expect(submitted.status).toBe('pending_approval');

  await gm.reload();
  const waiting = countOf(gm, 'approvals.waiting');
  await expect(waiting).toHaveText(/^\d+$/);
  expect(Number(await waiting.innerText())).toBeGreaterThan(before);
  // One click takes him to the inbox, where the quote waits.
  await gm.locator('app-workbench-card[data-card="approvals.waiting"] a.todo').click();
  await expect(gm).toHaveURL(/\/approvals$/);
  await expect(gm.getByText(draft.number).first()).toBeVisible();
  await gmContext.close();
});

test('the clerk sees this month’s price collection as n of m, a weekly chart, and no menu “on the left”', async ({ page }) => {
  await signIn(page, 'clerk');
  const collection = page.locator('app-workbench-card[data-card="prices.collection"]');
  await expect(collection.getByTestId('card-count')).toHaveText(/^\d+$/);
  await expect(collection).toContainText(/共 \d+ 项/);
  await expect(collection).toContainText('办公室');
  await expect(page.locator('app-workbench-card[data-card="prices.by-week"] canvas')).toBeVisible();
  await expect(page.locator('app-workbench-card[data-card^="ad-quotes"]')).toHaveCount(0);
  await expect(page.getByText('左侧')).toHaveCount(0);
  await collection.locator('a.todo').click();
  await expect(page).toHaveURL(/\/prices\/collection$/);
});
