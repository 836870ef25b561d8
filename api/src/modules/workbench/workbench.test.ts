import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, addMonths, calendarDay } from '@portal/domain';
import { createTestContext, signIn, type Session, type TestContext } from '../../test/support';
import { adRateCardsWorkbench } from '../ad-rate-cards/ad-rate-cards.workbench';
import type { CardContext } from './workbench.registry';

describe('workbench', () => {
  let ctx: TestContext;
  const today = calendarDay(new Date());
  const users: Record<string, Session> = {};
  const cardsOf = async (who: string) => (await users[who].get('/api/workbench')).body.cards as string[];
  const card = async (who: string, id: string, lang = 'zh') => {
    const res = await users[who].get(`/api/workbench/cards/${id}`).set('Accept-Language', lang);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body;
  };

  before(async () => {
    ctx = await createTestContext();
    for (const u of ['clerk', 'supply_clerk', 'requester', 'ecom', 'bj_clerk', 'bj_gm', 'bj_marketer', 'finance', 'auditor']) users[u] = await signIn(ctx.app, u);
  });
  after(() => ctx.close());

  it('gives each user only the cards of their roles, in the order the modules are listed', async () => {
    assert.deepEqual(await cardsOf('clerk'), [
      'approvals.waiting',
      'inquiries.to-compare',
      'prices.collection',
      'prices.by-week',
      'budgets.near-limit',
      'stock.below-reorder',
      'purchase-plans.waiting',
      'purchase-requests.received',
      'purchase-invoices.to-invoice',
      'negotiations.waiting',
      'e-contracts.to-sign',
    ]);
    assert.deepEqual(await cardsOf('requester'), ['approvals.waiting', 'purchase-requests.mine']);
    assert.deepEqual(await cardsOf('bj_marketer'), ['approvals.waiting', 'ad-quotes.expiring', 'ad-quotes.sent', 'ad-quotes.by-status']);
    assert.deepEqual(await cardsOf('finance'), ['approvals.waiting', 'ad-quotes.sent', 'ad-quotes.by-status', 'periods.to-close', 'payment-requests.to-pay', 'purchase-invoices.to-confirm']);
    assert.deepEqual(await cardsOf('auditor'), [], 'internal audit reads the lists; it has nothing to do');
    const ecom = await cardsOf('ecom');
    // The seed publishes this month's card only, so from the 20th the keeper is reminded of next month's.
    assert.equal(ecom.includes('ad-rate-cards.next-month'), Number(today.slice(8)) >= 20);
    assert.deepEqual(ecom.filter((c) => c !== 'ad-rate-cards.next-month'), ['approvals.waiting', 'ad-quotes.drafts', 'ad-quotes.expiring', 'ad-quotes.sent', 'ad-quotes.by-status', 'ad-agreements.to-sign', 'ad-agreements.copies']);
  });

  it("answers 404 for a card the user does not get or that does not exist, like another branch's record", async () => {
    assert.equal((await users.clerk.get('/api/workbench/cards/ad-quotes.sent')).status, 404);
    assert.equal((await users.auditor.get('/api/workbench/cards/approvals.waiting')).status, 404);
    assert.equal((await users.ecom.get('/api/workbench/cards/nothing.here')).status, 404);
  });

  it("counts the seed's quotes as each unit's own lists do: HQ sees every branch, 北京 only its own", async () => {
    // Seed: HQ 美的 draft (ecom), 格力 sent; 北京 海信 approved, 方太 declined, TCL draft (bj_clerk); 上海 approved.
    assert.equal((await card('ecom', 'ad-quotes.drafts')).count, 1);
    assert.equal((await card('bj_clerk', 'ad-quotes.drafts')).count, 1);
    assert.equal((await card('bj_gm', 'ad-quotes.drafts')).count, 0, 'drafts are the quoter’s own');
    assert.equal((await card('ecom', 'ad-quotes.sent')).count, 1);
    assert.equal((await card('finance', 'ad-quotes.sent')).count, 1);
    assert.equal((await card('bj_marketer', 'ad-quotes.sent')).count, 0, 'the HQ quote is not 北京’s');
    const sent = await card('ecom', 'ad-quotes.sent', 'en');
    assert.equal(sent.title, 'Quotes awaiting the customer');
    assert.deepEqual(sent.link, { path: '/ad-quotes', query: { status: 'sent' } });
  });

  it('counts a quote expiring within 7 days, for its own unit only', async () => {
    // Every seed quote is valid until the 41st day of the month: never within a week of today.
    assert.equal((await card('ecom', 'ad-quotes.expiring')).count, 0);
    const bj = await ctx.db('ad_quotes as q').join('units as u', 'u.id', 'q.unit_id').where({ 'u.code': 'BJ', 'q.status': 'approved' }).first('q.id');
    await ctx.db('ad_quotes').where({ id: bj.id }).update({ valid_until: addDays(today, 7) });
    assert.equal((await card('ecom', 'ad-quotes.expiring')).count, 1);
    assert.equal((await card('bj_marketer', 'ad-quotes.expiring')).count, 1);
    await ctx.db('ad_quotes').where({ id: bj.id }).update({ valid_until: addDays(today, 8) });
    assert.equal((await card('bj_marketer', 'ad-quotes.expiring')).count, 0, 'eight days is not yet expiring');
  });

  it("charts this month's quotes by status, scoped to the branch", async () => {
    const hq = (await card('ecom', 'ad-quotes.by-status')).chart;
    assert.equal(hq.type, 'bar');
    assert.deepEqual(hq.labels, ['草稿', '已批准', '已发送客户', '客户已接受', '客户已拒绝']);
    // Accepted: HQ 海尔 and 美的, 北京 方太 and TCL (the ad-agreements seed's quotes).
    assert.deepEqual(hq.series[0].data, [2, 2, 1, 4, 1]);
    const bj = (await card('bj_marketer', 'ad-quotes.by-status', 'en')).chart;
    assert.deepEqual(bj.labels, ['Draft', 'Approved', 'Accepted', 'Declined']);
    assert.deepEqual(bj.series[0].data, [1, 1, 2, 1]);
  });

  it("raises bj_gm's approvals card when bj_clerk submits a 4.5折 quote that needs him", async () => {
    assert.equal((await card('bj_gm', 'approvals.waiting')).count, 0);
    const draft = await ctx.db('ad_quotes as q').join('units as u', 'u.id', 'q.unit_id').where({ 'u.code': 'BJ', 'q.status': 'draft' }).first('q.id');
    const q = (await users.bj_clerk.get(`/api/ad-quotes/${draft.id}`)).body;
    const lines = q.lines.map((l: { slotId: number; startsOn: string; endsOn: string }) => ({ slotId: l.slotId, startsOn: l.startsOn, endsOn: l.endsOn, shareBp: 4500 }));
    const saved = await users.bj_clerk.put(`/api/ad-quotes/${q.id}`).send({ version: q.version, unitId: q.unit.id, customerId: q.customer.id, validUntil: q.validUntil, lines });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    const submitted = await users.bj_clerk.post(`/api/ad-quotes/${q.id}/submit`).send({ version: saved.body.version });
    assert.equal(submitted.body.status, 'pending_approval', JSON.stringify(submitted.body));
    assert.equal((await card('bj_gm', 'approvals.waiting')).count, 1);
    assert.equal((await card('bj_clerk', 'ad-quotes.drafts')).count, 0, 'a submitted quote is no longer a draft');
    assert.equal((await card('bj_clerk', 'approvals.waiting')).count, 0);
  });

  it("shows a clerk's price collection as the collection tab counts it: items priced this month of the unit's active items", async () => {
    const month = today.slice(0, 7);
    const res = await users.clerk.get(`/api/price-collection/OFFICE/${month}`);
    assert.equal(res.status, 200);
    const c = await card('clerk', 'prices.collection');
    assert.deepEqual({ count: c.count, total: c.total }, { count: res.body.progress.priced, total: res.body.progress.total });
    assert.ok(c.count > 0 && c.count < c.total, 'the seed leaves the month under way');
    assert.deepEqual(c.link, { path: '/prices/collection', query: {} });
    assert.match(c.hint, /办公室/);
    const supply = await card('supply_clerk', 'prices.collection');
    assert.match(supply.hint, /供应处/);
    const week = (await card('clerk', 'prices.by-week')).chart;
    const [{ n }] = await ctx.db('price_observations as o').join('items as i', 'i.id', 'o.item_id')
      .where('i.buying_unit', 'OFFICE').whereNull('o.superseded_by').where('o.observed_on', '>=', `${month}-01`).count({ n: '*' });
    assert.equal(week.series[0].data.reduce((a: number, b: number) => a + b, 0), Number(n));
    assert.equal(week.labels[0], '第1周');
  });

  it("reminds the card keeper of next month's card from the 20th until it is published", async () => {
    const [nextMonth] = adRateCardsWorkbench;
    const at = (day: string): CardContext => ({ db: ctx.db, user: { roles: [] } as never, lang: 'zh', today: day });
    assert.equal(await nextMonth.shows!(at('2026-11-19')), false);
    assert.equal(await nextMonth.shows!(at('2026-11-20')), true);
    const loaded = await nextMonth.load(at('2026-11-20'));
    assert.equal(loaded.title, '2026年12月广告报价表尚未发布');
    assert.equal((await nextMonth.load({ ...at('2026-12-20'), lang: 'en' })).title, 'The rate card for Jan 2027 is not published yet');
    assert.deepEqual(loaded.link, { path: '/ad-rate-cards', query: {} });
    // This month's card is published (the seed's), so on the 20th of last month there was nothing to remind of.
    assert.equal(await nextMonth.shows!(at(`${addMonths(today.slice(0, 7), -1)}-20`)), false);
  });
});
