import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, calendarDay, monthOf } from '@portal/domain';
import { createTestContext, describeSignedIn, refused, type Session, signIn, type TestContext } from '../../test/support';

describe('supplier price database', () => {
  let ctx: TestContext;
  let clerk: Session;
  let supplyClerk: Session;
  const today = calendarDay(new Date());
  const lastMonth = addMonths(monthOf(today), -1);
  const monthBefore = addMonths(lastMonth, -1);
  let item: number;
  const shops: Record<string, number> = {};
  const price = (supplierId: number, priceFen: number, observedOn: string, extra: Record<string, unknown> = {}) =>
    clerk.post('/api/prices').send({ itemId: item, supplierId, priceFen, observedOn, ...extra });

  before(async () => {
    ctx = await createTestContext();
    clerk = await signIn(ctx.app, 'clerk');
    supplyClerk = await signIn(ctx.app, 'supply_clerk');
    const created = await clerk.post('/api/items').send({
      code: 'zz-test-01',
      name: '测试复印纸',
      spec: 'A4 80g',
      uom: '箱',
      category: 'office_supplies',
      buyingUnit: 'OFFICE',
      stockOnHand: 3,
      reorderLevel: 5,
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    item = created.body.id;
    for (const [key, platform, shopName] of [['a', 'jd', '测试甲店'], ['b', 'tmall', '测试乙店'], ['c', 'taobao', '测试丙店']]) {
      shops[key] = (await clerk.post('/api/suppliers').send({ platform, shopName })).body.id;
    }
  });
  after(() => ctx.close());

  describe('items', () => {
    it('creates an item with an upper-case code and flags stock below the reorder level', async () => {
      const res = await clerk.get(`/api/items/${item}`);
      assert.deepEqual([res.body.code, res.body.belowReorder, res.body.editable], ['ZZ-TEST-01', true, true]);
      const found = await clerk.get('/api/items?q=' + encodeURIComponent('测试复印') + '&belowReorder=true');
      assert.deepEqual(found.body.items.map((i: { id: number }) => i.id), [item]);
    });

    it("keeps a clerk to their own buying unit's items, with a clear 403", async () => {
      const res = await clerk.post('/api/items').send({ code: 'ZZ-S1', name: '开关', uom: '个', category: 'electrical_hardware', buyingUnit: 'SUPPLY' });
      assert.equal(res.status, 403);
      assert.match(res.body.detail, /只能维护办公室的物资和报价/);
      const en = await clerk.post('/api/items').set('Accept-Language', 'en').send({ code: 'ZZ-S1', name: 'x', uom: 'pc', category: 'electrical_hardware', buyingUnit: 'SUPPLY' });
      assert.match(en.body.detail, /only keep the items and prices of General Office/);
      const theirs = await supplyClerk.get(`/api/items/${item}`);
      assert.equal(theirs.body.editable, false);
      assert.equal((await supplyClerk.patch(`/api/items/${item}`).send({ version: theirs.body.version, name: '改名' })).status, 403);
      assert.equal((await supplyClerk.post('/api/prices').send({ itemId: item, supplierId: shops.a, priceFen: 100, observedOn: today })).status, 403);
    });

    it("refuses a category the unit does not buy, naming the field", async () => {
      const res = await clerk.post('/api/items').send({ code: 'ZZ-X', name: '灯具', uom: '个', category: 'electrical_hardware', buyingUnit: 'OFFICE' });
      assert.equal(res.status, 400);
      assert.equal(res.body.errors[0].path, 'category');
      assert.match(res.body.errors[0].message, /不属于办公室的采购范围/);
    });

    it('deactivates with the version and refuses a stale edit with 409', async () => {
      const extra = (await clerk.post('/api/items').send({ code: 'ZZ-OLD', name: '旧物资', uom: '个', category: 'consumables', buyingUnit: 'OFFICE' })).body;
      const off = await clerk.patch(`/api/items/${extra.id}`).send({ version: extra.version, active: false });
      assert.equal(off.status, 200);
      assert.equal(off.body.active, false);
      assert.equal((await clerk.patch(`/api/items/${extra.id}`).send({ version: extra.version, name: '覆盖' })).status, 409);
      const priced = await clerk.post('/api/prices').send({ itemId: extra.id, supplierId: shops.a, priceFen: 100, observedOn: today });
      assert.equal(priced.status, 400);
      assert.match(priced.body.errors[0].message, /已停用/);
      const trail = await ctx.db('audit_log').where({ entity: 'item', entity_id: String(extra.id) }).orderBy('id').pluck('action');
      assert.deepEqual(trail, ['item.create', 'item.deactivate']);
    });
  });

  describe('observations', () => {
    let first: { id: number };
    before(async () => {
      first = (await price(shops.a, 12_000, `${monthBefore}-10`)).body;
      await price(shops.b, 11_500, `${monthBefore}-12`);
      await price(shops.a, 13_500, `${lastMonth}-05`);
      await price(shops.b, 11_000, `${lastMonth}-06`, { url: 'https://detail.tmall.com/item.htm?id=1' });
      await price(shops.c, 9_900, `${lastMonth}-07`, { inStock: false });
    });

    it('records who observed a price and refuses a second price for the same item, shop and day', async () => {
      const row = (await clerk.get(`/api/prices/${first.id}`)).body;
      assert.deepEqual([row.priceFen, row.recordedBy, row.current, row.observedOn], [12_000, '王芳', true, `${monthBefore}-10`]);
      const again = await price(shops.a, 12_100, `${monthBefore}-10`);
      assert.equal(again.status, 409);
      assert.match(again.body.detail, /更正/);
      assert.equal((await price(shops.a, 100, '2999-01-01')).status, 400);
    });

    it('corrects by superseding: the old observation is kept with its value, and can be superseded once only', async () => {
      const fixed = await clerk.post(`/api/prices/${first.id}/corrections`).send({ priceFen: 1_200, reason: '小数点错位' });
      assert.equal(fixed.status, 201);
      assert.deepEqual([fixed.body.priceFen, fixed.body.supersedesId, fixed.body.correctionReason, fixed.body.observedOn], [1_200, first.id, '小数点错位', `${monthBefore}-10`]);
      const old = (await clerk.get(`/api/prices/${first.id}`)).body;
      assert.deepEqual([old.priceFen, old.current, old.supersededBy], [12_000, false, fixed.body.id]);
      assert.deepEqual(old.chain.map((o: { id: number }) => o.id), [first.id, fixed.body.id]);
      const twice = await clerk.post(`/api/prices/${first.id}/corrections`).send({ priceFen: 1_100, reason: '再改' });
      assert.equal(twice.status, 409);
      assert.match(twice.body.detail, /已被更正过/);
      const current = await clerk.get(`/api/prices?itemId=${item}&supplierId=${shops.a}`);
      assert.deepEqual(current.body.items.map((o: { priceFen: number }) => o.priceFen).sort(), [1_200, 13_500]);
      const all = await clerk.get(`/api/prices?itemId=${item}&supplierId=${shops.a}&includeSuperseded=true`);
      assert.equal(all.body.total, 3);
      const audit = await ctx.db('audit_log').where({ action: 'price.correct', entity_id: String(fixed.body.id) }).first('before', 'after');
      assert.equal(audit.before.priceFen, 12_000);
      assert.equal(audit.after.priceFen, 1_200);
    });

    it('is history in the database too: a stored price cannot be updated or deleted', async () => {
      await assert.rejects(ctx.db('price_observations').where({ id: first.id }).update({ price_fen: 1 }), /cannot be changed/);
      await assert.rejects(ctx.db('price_observations').where({ id: first.id }).delete(), /cannot be deleted/);
      await assert.rejects(
        ctx.db('price_observations').insert({ item_id: item, supplier_id: shops.a, price_fen: 5, observed_on: today, supersedes_id: first.id, correction_reason: 'x' }),
        /duplicate key|already superseded/,
      );
    });

    it('compares the month across suppliers: lowest in-stock price marked, with the spread', async () => {
      const res = await clerk.get(`/api/prices/matrix?month=${lastMonth}&q=ZZ-TEST`);
      assert.equal(res.status, 200);
      assert.equal(res.body.total, 1);
      assert.deepEqual(res.body.suppliers.map((s: { id: number }) => s.id).sort(), [shops.a, shops.b, shops.c].sort());
      const row = res.body.items[0];
      assert.deepEqual([row.lowestFen, row.highestFen, row.spreadFen, row.spreadBp], [11_000, 13_500, 2_500, 2273]);
      assert.deepEqual(row.cells.filter((c: { lowest: boolean }) => c.lowest).map((c: { supplierId: number }) => c.supplierId), [shops.b]);
      assert.equal(row.cells.find((c: { supplierId: number }) => c.supplierId === shops.c).inStock, false);
      const tmall = await clerk.get(`/api/prices/matrix?month=${lastMonth}&q=ZZ-TEST&platform=tmall`);
      assert.deepEqual(tmall.body.suppliers.map((s: { id: number }) => s.id), [shops.b]);
      const xlsx = await clerk.get(`/api/prices/matrix.xlsx?month=${lastMonth}&q=ZZ-TEST`).buffer(true).parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
      assert.equal(xlsx.status, 200);
      const ExcelJS = (await import('exceljs')).default;
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.body);
      const ws = wb.worksheets[0];
      assert.equal(ws.getCell('A1').value, '物资编码');
      assert.equal(ws.getCell('A2').value, 'ZZ-TEST-01');
    });

    it("draws an item's history per supplier by month, the latest price of each month", async () => {
      const res = await clerk.get(`/api/prices/history/${item}?from=${monthBefore}&to=${lastMonth}`);
      assert.equal(res.status, 200);
      assert.deepEqual(res.body.months, [monthBefore, lastMonth]);
      const a = res.body.series.find((s: { supplierId: number }) => s.supplierId === shops.a);
      assert.deepEqual(a.prices, [1_200, 13_500]);
      assert.deepEqual(res.body.lowest, [1_200, 11_000]);
      assert.equal(res.body.rows.length, 5);
      assert.equal((await clerk.get(`/api/prices/history/${item}`)).body.months.length, 24);
    });

    it('raises an alert for a price that moved more than the threshold against the previous month', async () => {
      const res = await clerk.get(`/api/prices/alerts?month=${lastMonth}&threshold=5&q=ZZ-TEST`);
      assert.equal(res.status, 200);
      // a: 12.00 → 135.00 after the correction; b: 115.00 → 110.00 is -4.3%, under 5%.
      assert.deepEqual(res.body.items.map((r: { supplierId: number; changeBp: number }) => [r.supplierId, r.changeBp]), [[shops.a, 102500]]);
      const strict = await clerk.get(`/api/prices/alerts?month=${lastMonth}&threshold=4&q=ZZ-TEST`);
      assert.equal(strict.body.total, 2);
      assert.equal((await clerk.get('/api/prices/alerts?threshold=abc')).status, 400);
    });

    it('gives purchase plans the lowest current price among suppliers open to new purchases', async () => {
      const lowest = await clerk.get(`/api/prices/lowest/${item}`);
      assert.equal(lowest.status, 200);
      // c is cheaper but out of stock; b is the cheapest that can be bought.
      assert.deepEqual([lowest.body.lowest.supplierId, lowest.body.lowest.priceFen, lowest.body.offers], [shops.b, 11_000, 2]);
      await clerk.post(`/api/suppliers/${shops.b}/violations`).send({ points: 50, reason: '虚假发货' });
      const after = await clerk.get(`/api/prices/lowest/${item}`);
      assert.deepEqual([after.body.lowest.supplierId, after.body.lowest.priceFen], [shops.a, 13_500]);
      const matrix = await clerk.get(`/api/prices/matrix?month=${lastMonth}&q=ZZ-TEST`);
      assert.equal(matrix.body.suppliers.find((s: { id: number }) => s.id === shops.b).eligible, false);
    });

    it("shows the month's collection: items still without a price, and progress n of m", async () => {
      const res = await clerk.get(`/api/price-collection/OFFICE/${lastMonth}?pageSize=200`);
      assert.equal(res.status, 200);
      const seeded = await ctx.db('items').where({ buying_unit: 'OFFICE', active: true }).count<{ n: number }[]>({ n: '*' });
      assert.equal(res.body.progress.total, Number(seeded[0].n));
      assert.equal(res.body.progress.priced + res.body.total, res.body.progress.total);
      assert.ok(!res.body.items.some((i: { id: number }) => i.id === item), 'the priced item is not missing');
      const before = await clerk.get(`/api/price-collection/OFFICE/${addMonths(monthBefore, -1)}?q=ZZ-TEST`);
      assert.deepEqual(before.body.items.map((i: { id: number }) => i.id), [item]);
      assert.equal(before.body.items[0].lastPrice, null);
      assert.equal((await clerk.get('/api/price-collection/OFFICE/2026-13')).status, 400);
      assert.equal((await clerk.get('/api/price-collection/IT/2026-01')).status, 400);
    });
  });

  it('lets dept heads, leaders and auditors read prices but not write them; others see nothing', async () => {
    for (const who of ['dept_head', 'leader', 'auditor']) {
      const s = await signIn(ctx.app, who);
      assert.equal((await s.get(`/api/prices/matrix?month=${lastMonth}`)).status, 200, who);
      assert.equal((await s.get(`/api/prices/lowest/${item}`)).status, 200, who);
      assert.deepEqual((await s.get('/api/prices/scope')).body.editableUnits, [], who);
      assert.equal((await s.post('/api/prices').send({ itemId: item, supplierId: shops.a, priceFen: 100, observedOn: today })).status, 403, who);
    }
    for (const who of ['finance', 'requester', 'ecom']) {
      const s = await signIn(ctx.app, who);
      assert.equal((await s.get('/api/items')).status, 403, who);
      assert.equal((await s.get(`/api/prices/history/${item}`)).status, 403, who);
    }
  });
});

describeSignedIn('prices: malformed input is a 400 naming the field, never a 500', 'clerk', (as) => {
  it('a NUL search, the month 0000-01, and ids beyond PostgreSQL integers', async () => {
    const clerk = as.session;
    for (const path of ['/api/prices', '/api/prices/matrix', '/api/prices/alerts', '/api/prices/matrix.xlsx']) {
      refused(await clerk.get(`${path}?q=%00`), 'q');
    }
    refused(await clerk.get('/api/prices/matrix?month=0000-01'), 'month');
    refused(await clerk.get('/api/prices/history/1?from=0000-01'), 'from');
    const price = { itemId: 2147483648, supplierId: 1, priceFen: 100, observedOn: '2026-01-05' };
    refused(await clerk.post('/api/prices').send(price), 'itemId');
    refused(await clerk.post('/api/prices').send({ ...price, itemId: 1, observedOn: '0000-01-01' }), 'observedOn');
  });
});
