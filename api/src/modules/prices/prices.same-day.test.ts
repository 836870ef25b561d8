import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, calendarDay } from '@portal/domain';
import { createTestContext, signIn, type Session, type TestContext } from '../../test/support';

describe('one current price per item, supplier and day, held by the database', () => {
  let ctx: TestContext;
  let clerk: Session;
  let item: number, shop: number;
  const today = calendarDay(new Date());
  before(async () => {
    ctx = await createTestContext();
    clerk = await signIn(ctx.app, 'clerk');
    item = (await clerk.post('/api/items').send({ code: 'SD-1', name: '测试复印纸', uom: '箱', category: 'office_supplies', buyingUnit: 'OFFICE' })).body.id;
    shop = (await clerk.post('/api/suppliers').send({ platform: 'jd', shopName: '同日测试店' })).body.id;
  });
  after(() => ctx.close());

  it('two simultaneous recordings of one day: one 201, one 409 with the same-day message, one current row', async () => {
    // Several rounds, each on its own day, so a race that only sometimes interleaves is still caught.
    for (let back = 1; back <= 8; back++) {
      const observedOn = addDays(today, -back);
      const send = (priceFen: number) => clerk.post('/api/prices').send({ itemId: item, supplierId: shop, priceFen, observedOn });
      const results = await Promise.all([send(1000 + back), send(2000 + back)]);
      assert.deepEqual(results.map((r) => r.status).sort(), [201, 409], `day ${observedOn}: ${results.map((r) => JSON.stringify(r.body)).join(' / ')}`);
      const refused = results.find((r) => r.status === 409)!;
      assert.match(refused.body.detail, new RegExp(observedOn));
      const current = await ctx.db('price_observations').where({ item_id: item, supplier_id: shop, observed_on: observedOn }).whereNull('superseded_by').count({ n: '*' });
      assert.equal(Number(current[0].n), 1);
    }
  });

  it('the database itself refuses a second current row, whoever writes it', async () => {
    const observedOn = addDays(today, -20);
    const row = { item_id: item, supplier_id: shop, price_fen: 100, observed_on: observedOn };
    await ctx.db('price_observations').insert(row);
    await assert.rejects(ctx.db.transaction((trx) => trx('price_observations').insert({ ...row, price_fen: 200 })), /price_observations_one_current_per_day/);
  });

  it('a same-day correction still replaces the current row', async () => {
    const observedOn = addDays(today, -30);
    const first = await clerk.post('/api/prices').send({ itemId: item, supplierId: shop, priceFen: 990, observedOn });
    assert.equal(first.status, 201, JSON.stringify(first.body));
    const fixed = await clerk.post(`/api/prices/${first.body.id}/corrections`).send({ priceFen: 99, reason: '小数点错位' });
    assert.equal(fixed.status, 201, JSON.stringify(fixed.body));
  });
});
