import { expect, type Page, signIn, test } from './support';

// Issue 11, item 1: every demo user's home (工作台) shows that user's own to-dos, with counts
// that match the demo data. Other specs run beside this one on the same server and change some
// of the data (bj_clerk submits and sends quotes, the clerk records prices, hq_gm names finance
// as his stand-in), so a card those specs touch is checked against the list it opens, read at
// the same moment; a card nothing else touches is checked against the seed's own number.
// Only the cards named here are checked: other modules may add cards of their own.

type Expected = number | ((page: Page) => Promise<number>);

/** A list's total as the signed-in page reads it. */
const total = (url: string) => async (page: Page) => {
  const res = await page.request.get(url);
  expect(res.ok(), `${url}: ${res.status()}`).toBeTruthy();
  return ((await res.json()) as { total: number }).total;
};

const inbox = total('/api/approvals/inbox?pageSize=1');
const sentQuotes = total('/api/ad-quotes?status=sent&pageSize=1');
const draftQuotes = total('/api/ad-quotes?status=draft&pageSize=1');

/** This month in Beijing, as the API counts months. */
const thisMonth = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7);

interface Card {
  id: string;
  title: string;
  count?: Expected;
  /** n of m for progress cards: the collection's own progress figures */
  of?: (page: Page) => Promise<{ priced: number; total: number }>;
  chart?: true;
}

const waiting = (count: Expected): Card => ({ id: 'approvals.waiting', title: '待我审批', count });
const byStatus: Card = { id: 'ad-quotes.by-status', title: '本月报价单状态', chart: true };
const expiring: Card = { id: 'ad-quotes.expiring', title: '7 天内到期的报价单', count: 0 };
const sent: Card = { id: 'ad-quotes.sent', title: '等待客户确认的报价单', count: sentQuotes };

const USERS: Record<string, Card[]> = {
  admin: [waiting(0)],
  requester: [waiting(0)],
  dept_head: [waiting(0)],
  // The demo month leaves this month's 办公室 plan waiting for the leader.
  leader: [waiting(inbox)],
  supply_clerk: [
    waiting(0),
    {
      id: 'prices.collection',
      title: '本月价格采集进度',
      // The seed prices 13 of 供应处's 18 active items this month; the collection page says the same.
      count: 13,
      of: async (page) => ((await (await page.request.get(`/api/price-collection/SUPPLY/${thisMonth()}?pageSize=1`)).json()) as { progress: { priced: number; total: number } }).progress,
    },
    { id: 'prices.by-week', title: '本月每周录入价格', chart: true },
  ],
  ecom: [waiting(0), { id: 'ad-quotes.drafts', title: '我的草稿与退回报价单', count: 1 }, expiring, sent, byStatus],
  bj_clerk: [waiting(0), { id: 'ad-quotes.drafts', title: '我的草稿与退回报价单', count: draftQuotes }, expiring, sent, byStatus],
  bj_marketer: [waiting(0), expiring, sent, byStatus],
  hq_gm: [waiting(inbox), { id: 'ad-quotes.drafts', title: '我的草稿与退回报价单', count: 0 }, expiring, sent, byStatus],
  finance: [waiting(inbox), sent, byStatus],
};

for (const [username, cards] of Object.entries(USERS)) {
  test(`${username}'s home shows its own to-dos with the demo data's counts`, async ({ page }) => {
    await signIn(page, username);
    for (const c of cards) {
      const card = page.locator(`app-workbench-card[data-card="${c.id}"]`);
      await expect(card, `${username}: ${c.id}`).toContainText(c.title);
      if (c.chart) {
        await expect(card.locator('canvas')).toBeVisible();
        continue;
      }
      const shown = card.getByTestId('card-count');
      await expect(shown).toHaveText(/^\d+$/);
      const expected = typeof c.count === 'function' ? await c.count(page) : c.count;
      await expect(shown, `${username}: ${c.id}`).toHaveText(String(expected));
      if (c.of) {
        const p = await c.of(page);
        expect(p.priced, `${username}: ${c.id} agrees with the collection page`).toBe(expected);
        await expect(card).toContainText(`共 ${p.total} 项`);
      }
    }
    // Each card opens the list it counts.
    const first = page.locator(`app-workbench-card[data-card="${cards[0].id}"] a.todo`);
    await first.click();
    await expect(page).not.toHaveURL(/\/home$/);
  });
}

test('the auditor is given nothing to approve: internal audit changes nothing', async ({ page }) => {
  await signIn(page, 'auditor');
  await expect(page.getByTestId('card-skeleton')).toHaveCount(0);
  await expect(page.locator('app-workbench-card[data-card="approvals.waiting"]')).toHaveCount(0);
});
