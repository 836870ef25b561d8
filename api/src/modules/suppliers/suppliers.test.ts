import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, calendarDay } from '@portal/domain';
import { createTestContext, describeSignedIn, refused, type Session, signIn, type TestContext } from '../../test/support';

describe('suppliers and penalty points', () => {
  let ctx: TestContext;
  let clerk: Session;
  let supplyClerk: Session;
  const today = calendarDay(new Date());
  const year = Number(today.slice(0, 4));
  const yearStart = `${year}-01-01`;
  const newShop = async (shopName: string, platform = 'jd') => {
    const res = await clerk.post('/api/suppliers').send({ platform, shopName, shopUrl: 'https://shop.example.com/' + encodeURIComponent(shopName) });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.id as number;
  };
  const record = (s: Session, id: number, body: Record<string, unknown>) => s.post(`/api/suppliers/${id}/violations`).send({ reason: '测试', ...body });
  before(async () => {
    ctx = await createTestContext();
    clerk = await signIn(ctx.app, 'clerk');
    supplyClerk = await signIn(ctx.app, 'supply_clerk');
  });
  after(() => ctx.close());

  it('suspends a supplier at 50 points this year, with a deadline, and takes it out of new purchases', async () => {
    const id = await newShop('测试暂停店');
    assert.equal((await record(clerk, id, { points: 30 })).body.supplier.standing.status, 'active');
    const res = await record(clerk, id, { points: 20 });
    assert.equal(res.status, 201);
    const s = res.body.supplier;
    assert.deepEqual([s.standing.status, s.standing.points, s.eligible], ['suspended', 50, false]);
    assert.equal(s.standing.rectifyBy, addDays(today, 30));
    assert.equal(res.body.event.rectifyBy, addDays(today, 30));
    const eligible = await clerk.get('/api/suppliers?eligible=true&pageSize=200');
    assert.ok(!eligible.body.items.some((x: { id: number }) => x.id === id));
    const suspended = await clerk.get('/api/suppliers?status=suspended');
    assert.deepEqual(suspended.body.items.map((x: { id: number }) => x.id), [id]);
  });

  it('lifts the suspension when rectification on time brings the total under 50, within 10–30 points', async () => {
    const id = await newShop('测试整改店');
    await record(clerk, id, { points: 55 });
    const tooMany = await record(clerk, id, { kind: 'rectified', points: 35 });
    assert.equal(tooMany.status, 400);
    assert.equal(tooMany.body.errors[0].path, 'points');
    assert.match(tooMany.body.errors[0].message, /10–30/);
    const early = await record(clerk, id, { kind: 'rectification_ignored', points: 15 });
    assert.equal(early.status, 400);
    assert.match(early.body.errors[0].message, /尚未到期/);
    const ok = await record(clerk, id, { kind: 'rectified', points: 10 });
    assert.equal(ok.status, 201);
    assert.deepEqual([ok.body.supplier.standing.status, ok.body.supplier.standing.points, ok.body.supplier.eligible], ['active', 45, true]);
    const none = await record(clerk, id, { kind: 'rectified', points: 10 });
    assert.equal(none.status, 400);
    assert.match(none.body.errors[0].message, /没有待整改/);
  });

  it('adds 10–20 points when the deadline is ignored, and terminates at 100 for good', async () => {
    if (today === yearStart) return; // an ignored deadline needs a day before today in the same year
    const id = await newShop('测试终止店');
    const start = addDays(today, -1);
    await record(clerk, id, { points: 85, occurredOn: start, rectifyBy: start });
    const ignored = await record(supplyClerk, id, { kind: 'rectification_ignored', points: 15 });
    assert.equal(ignored.status, 201);
    assert.deepEqual([ignored.body.supplier.standing.status, ignored.body.supplier.standing.points], ['terminated', 100]);
    assert.equal(ignored.body.supplier.eligible, false);
    const more = await record(clerk, id, { points: 5 });
    assert.equal(more.status, 400);
    assert.match(more.body.errors[0].message, /终止合作/);
  });

  it("resets the year's total on 1 January: last year's points do not count", async () => {
    const id = await newShop('测试跨年店');
    const last = await record(clerk, id, { points: 60, occurredOn: `${year - 1}-12-31` });
    assert.equal(last.status, 201);
    assert.deepEqual([last.body.supplier.standing.points, last.body.supplier.standing.status, last.body.supplier.standing.year], [0, 'active', year]);
    const now = await record(clerk, id, { points: 10 });
    assert.equal(now.body.supplier.standing.points, 10);
    const list = await clerk.get(`/api/suppliers/${id}/violations`);
    assert.equal(list.body.total, 2);
    assert.equal(list.body.items[0].occurredOn, today);
  });

  it('refuses violation points outside 1–100 and dates in the future', async () => {
    const id = await newShop('测试校验店');
    assert.equal((await record(clerk, id, { points: 0 })).status, 400);
    assert.equal((await record(clerk, id, { points: 101 })).status, 400);
    const future = await record(clerk, id, { points: 5, occurredOn: addDays(today, 1) });
    assert.equal(future.status, 400);
    assert.equal(future.body.errors[0].path, 'occurredOn');
  });

  it('shares suppliers between both buying units: either clerk edits, a stale version gets 409', async () => {
    const id = await newShop('测试共享店', 'tmall');
    const s = (await supplyClerk.get(`/api/suppliers/${id}`)).body;
    const edited = await supplyClerk.patch(`/api/suppliers/${id}`).send({ version: s.version, contact: '旺旺：共享店' });
    assert.equal(edited.status, 200);
    const stale = await clerk.patch(`/api/suppliers/${id}`).send({ version: s.version, contact: '覆盖' });
    assert.equal(stale.status, 409);
    const dup = await clerk.post('/api/suppliers').send({ platform: 'tmall', shopName: '测试共享店 '.toUpperCase() });
    assert.equal(dup.status, 400);
    assert.match(dup.body.errors[0].message, /天猫上已有/);
    const trail = await ctx.db('audit_log').where({ entity: 'supplier', entity_id: String(id) }).orderBy('id').pluck('action');
    assert.deepEqual(trail, ['supplier.create', 'supplier.update']);
  });

  it('lets readers read and nobody else: auditor and leader read, finance sees nothing, only clerks write', async () => {
    for (const who of ['dept_head', 'leader', 'auditor']) {
      const s = await signIn(ctx.app, who);
      assert.equal((await s.get('/api/suppliers')).status, 200, who);
      assert.equal((await s.post('/api/suppliers').send({ platform: 'jd', shopName: 'x' })).status, 403, who);
    }
    const finance = await signIn(ctx.app, 'finance');
    assert.equal((await finance.get('/api/suppliers')).status, 403);
    assert.equal((await finance.get('/api/suppliers/1/violations')).status, 403);
  });
});

describeSignedIn('suppliers: malformed input is a 400 naming the field, never a 500', 'clerk', (as) => {
  it('a NUL character in a search, a name or a reason, and the year 0000', async () => {
    const clerk = as.session;
    refused(await clerk.get('/api/suppliers?q=%00'), 'q');
    refused(await clerk.post('/api/suppliers').send({ platform: 'jd', shopName: 'a\u0000b' }), 'shopName');
    refused(await clerk.get('/api/suppliers/2147483648'), 'id');
    refused(await clerk.post('/api/suppliers/1/violations').send({ points: 1, reason: 'r\u0000' }), 'reason');
    refused(await clerk.post('/api/suppliers/1/violations').send({ points: 1, reason: 'r', occurredOn: '0000-01-01' }), 'occurredOn');
  });
});
