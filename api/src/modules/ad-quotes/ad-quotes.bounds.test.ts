import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, addMonths, addMonthsToDay, calendarDay } from '@portal/domain';
import { createTestContext, signIn, type Session, type TestContext } from '../../test/support';

const today = calendarDay(new Date());
const M = addMonths(today.slice(0, 7), 2);

describe('ad quotations: dates that reach too far are a 400 naming the field', () => {
  let ctx: TestContext;
  let ecom: Session;
  let hq: number, slot: number, dear: number, customer: number;
  before(async () => {
    ctx = await createTestContext();
    ecom = await signIn(ctx.app, 'ecom');
    hq = (await ctx.db('units').where({ code: 'HQ' }).first('id')).id;
    slot = (await ecom.post('/api/ad-slots').send({ code: 'B-EX', name: '边界测试位', page: '首页', pricingUnit: 'day', exclusive: true })).body.id;
    dear = (await ecom.post('/api/ad-slots').send({ code: 'B-DEAR', name: '天价测试位', page: '首页', pricingUnit: 'day', exclusive: false })).body.id;
    const draft = await ecom.post('/api/ad-rate-cards').send({ month: M });
    const priced = await ecom.put(`/api/ad-rate-cards/${draft.body.id}`).send({
      version: draft.body.version,
      // The largest price a card takes: ¥1,000,000,000.00 a day.
      prices: [{ slotId: slot, priceFen: 10000 }, { slotId: dear, priceFen: 100_000_000_000 }],
    });
    assert.equal((await ecom.post(`/api/ad-rate-cards/${draft.body.id}/publish`).send({ version: priced.body.version })).status, 200);
    const c = await ecom.post('/api/customers').send({ name: '边界测试电器有限公司', uscc: '91350100M000100Y43' });
    assert.equal(c.status, 201, JSON.stringify(c.body));
    customer = c.body.id;
  });
  after(() => ctx.close());

  const quote = (validUntil: string, startsOn: string, endsOn: string) =>
    ecom.post('/api/ad-quotes').send({ unitId: hq, customerId: customer, validUntil, lines: [{ slotId: slot, startsOn, endsOn }] });
  const paths = (res: { status: number; body: { errors?: { path: string }[] } }) => {
    assert.equal(res.status, 400, JSON.stringify(res.body));
    return res.body.errors!.map((e) => e.path).sort();
  };

  it('refuses a flight to 9999-12-31, valid until 9999-12-31, and books nothing', async () => {
    const res = await quote('9999-12-31', `${M}-01`, '9999-12-31');
    assert.deepEqual(paths(res), ['lines.0.endsOn', 'validUntil']);
    assert.match(res.body.errors.find((e: { path: string }) => e.path === 'lines.0.endsOn').message, /366/);
    assert.equal(Number((await ctx.db('ad_quotes').count({ n: '*' }).where({ customer_id: customer }))[0].n), 0);
  });

  it('allows a 366-day flight and an offer open one year, refuses one day more of either', async () => {
    assert.equal((await quote(addMonthsToDay(today, 12), `${M}-01`, addDays(`${M}-01`, 365))).status, 201);
    assert.deepEqual(paths(await quote(addDays(addMonthsToDay(today, 12), 1), `${M}-01`, addDays(`${M}-01`, 366))), ['lines.0.endsOn', 'validUntil']);
  });

  it('refuses a new flight that started yesterday, naming its start', async () => {
    const res = await quote(addDays(today, 30), addDays(today, -1), addDays(today, 5));
    assert.deepEqual(paths(res), ['lines.0.startsOn']);
    assert.match(res.body.errors[0].message, /今天/);
  });

  describe('money beyond exact integers', () => {
    const preview = (lines: { slotId: number; startsOn: string; endsOn: string }[]) => ecom.post('/api/ad-quotes/preview').send({ unitId: hq, lines });

    it('a line of 100,000,000,000 fen a day to 9999 is refused, not priced at 290,818,200,000,000,000', async () => {
      const res = await preview([{ slotId: dear, startsOn: `${M}-01`, endsOn: '9999-12-31' }]);
      assert.deepEqual(paths(res), ['lines.0.endsOn']);
      assert.match(res.body.errors[0].message, /100,000,000,000\.00/);
    });

    it('a line above ¥100 billion within a bounded flight is refused; the largest that fits is priced exactly', async () => {
      const over = await quote(addDays(today, 30), `${M}-01`, addDays(`${M}-01`, 100));
      assert.equal(over.status, 201, 'the cheap slot is fine');
      const res = await ecom.post('/api/ad-quotes').send({ unitId: hq, customerId: customer, validUntil: addDays(today, 30), lines: [{ slotId: dear, startsOn: `${M}-01`, endsOn: addDays(`${M}-01`, 100) }] });
      assert.deepEqual(paths(res), ['lines.0.endsOn']);
      const fits = await preview([{ slotId: dear, startsOn: `${M}-01`, endsOn: addDays(`${M}-01`, 99) }]);
      assert.equal(fits.status, 200, JSON.stringify(fits.body));
      assert.equal(fits.body.listFen, 10_000_000_000_000);
    });

    it('many lines that fit one by one but not together are refused on the quote', async () => {
      const line = { slotId: dear, startsOn: `${M}-01`, endsOn: addDays(`${M}-01`, 9) };
      const res = await preview(Array(11).fill(line));
      assert.deepEqual(paths(res), ['lines']);
    });
  });
});
