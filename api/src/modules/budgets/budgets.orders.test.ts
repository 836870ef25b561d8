import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { calendarDay } from '@portal/domain';
import type { BudgetLine, PurchaseOrder } from '@portal/domain/contracts';
import { signedInSuite, type Session } from '../../test/support';

/**
 * Issue 13 item 8: the budget's "spent" and the requester's line status come from the order
 * records. On the demo's approved plan of last month, one more line is added the way the plan
 * module stores it (a test, not a repo): 4 units of an office item 信息技术部 asked for, estimated
 * at ¥50.00 each, so the line is the department's alone and every figure is exact.
 */
describe('budget spent and request line status from the orders', () => {
  let clerk: Session, requester: Session;
  const ctx = signedInSuite(['clerk', 'requester'], (s) => ([clerk, requester] = s));
  const today = calendarDay(new Date());
  let fx: { planId: number; planLineId: number; requestId: number; requestLineId: number; year: number; supplierId: number };
  let orderNo = 7000;

  const itBudget = async (): Promise<BudgetLine> => {
    const res = await clerk.get(`/api/budgets?year=${fx.year}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body.lines.find((l: BudgetLine) => l.departmentCode === 'IT');
  };
  const requestLine = async () => {
    const res = await requester.get(`/api/purchase-requests/${fx.requestId}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body.lines.find((l: { id: number }) => l.id === fx.requestLineId);
  };
  const order = async (quantity: number, unitPriceFen: number): Promise<PurchaseOrder> => {
    const res = await clerk.post('/api/purchase-orders').send({
      planId: fx.planId,
      platform: 'jd',
      supplierId: fx.supplierId,
      platformOrderNo: `BO${orderNo++}`,
      orderedOn: today,
      lines: [{ planLineId: fx.planLineId, quantity, unitPriceFen, priceReason: '急用' }],
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body;
  };
  const deliver = async (o: PurchaseOrder, received: number, accepted: number) => {
    const res = await clerk.post(`/api/purchase-orders/${o.id}/deliveries`).send({
      receivedOn: today,
      receiver: '王芳',
      lines: [{ orderLineId: o.lines[0].id, received, accepted, rejected: received - accepted, ...(received > accepted ? { rejectionReason: '破损' } : {}) }],
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body as PurchaseOrder;
  };

  before(async () => {
    const db = ctx.db;
    const office = (await db('units').where({ code: 'OFFICE' }).first('id')).id;
    const it = (await db('units').where({ code: 'IT' }).first('id')).id;
    const plan = await db('purchase_plans').where({ unit_id: office, status: 'approved' }).first('id', db.raw(`to_char(month, 'YYYY-MM-DD') as month`));
    const request = await db('purchase_requests').where({ department_id: it, buying_unit_id: office, month: plan.month, status: 'approved' }).first('id');
    const item = await db('items').where({ buying_unit: 'OFFICE' }).whereNotIn('id', db('purchase_plan_lines').where({ plan_id: plan.id }).select('item_id')).orderBy('id').first('id');
    const lineNo = (await db('purchase_request_lines').where({ request_id: request.id }).max({ n: 'line_no' }))[0].n + 1;
    const [rl] = await db('purchase_request_lines')
      .insert({ request_id: request.id, line_no: lineNo, item_id: item.id, quantity: 4, purpose: '新员工', est_unit_price_fen: 5000, est_amount_fen: 20_000 })
      .returning('id');
    const [pl] = await db('purchase_plan_lines')
      .insert({ plan_id: plan.id, item_id: item.id, requested_qty: 4, proposed_qty: 4, est_unit_price_fen: 5000, est_amount_fen: 20_000 })
      .returning('id');
    await db('purchase_plan_sources').insert({ plan_id: plan.id, request_line_id: rl.id, plan_line_id: pl.id, decision: 'included' });
    const suppliers = (await clerk.get('/api/suppliers?eligible=true&pageSize=50')).body.items;
    fx = { planId: plan.id, planLineId: pl.id, requestId: request.id, requestLineId: rl.id, year: Number(plan.month.slice(0, 4)), supplierId: suppliers[0].id };
  });

  it('moves an order from committed to spent at the order’s price, and back when it is cancelled', async () => {
    const before = await itBudget();
    assert.equal((await requestLine()).status, 'plan_approved');

    const o = await order(4, 6000);
    const ordered = await itBudget();
    assert.equal(ordered.spentFen - before.spentFen, 24_000, 'the order raises the department’s spent by what it costs');
    assert.equal(before.committedFen - ordered.committedFen, 20_000, 'and the estimate leaves committed');
    assert.equal(ordered.remainingFen, before.remainingFen - 4000);
    const line = await requestLine();
    assert.deepEqual([line.status, line.fulfilment], ['ordered', { orderedQty: 4, receivedQty: 0 }]);

    const cancelled = await clerk.post(`/api/purchase-orders/${o.id}/cancel`).send({ version: o.version, reason: '下错单' });
    assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));
    const after = await itBudget();
    assert.deepEqual([after.spentFen, after.committedFen, after.remainingFen], [before.spentFen, before.committedFen, before.remainingFen], 'cancelling lowers spent back');
    assert.equal((await requestLine()).status, 'plan_approved');
  });

  it('shows the requester’s line partly received, then received, as deliveries are accepted; refunds of rejected goods leave spent', async () => {
    const before = await itBudget();
    const o = await order(4, 6000);
    await deliver(o, 3, 2);
    let line = await requestLine();
    assert.deepEqual([line.status, line.fulfilment], ['part_received', { orderedQty: 4, receivedQty: 2 }]);
    // One of the three was rejected: its ¥60.00 refund is no longer spent.
    assert.equal((await itBudget()).spentFen - before.spentFen, 18_000);
    await deliver(o, 1, 1);
    line = await requestLine();
    assert.deepEqual([line.status, line.fulfilment], ['part_received', { orderedQty: 4, receivedQty: 3 }], 'the rejected unit never arrived');
    // The plan is changed to buy a replacement; it is ordered and arrives: the 4 asked for are in.
    await ctx.db('purchase_plan_lines').where({ id: fx.planLineId }).update({ proposed_qty: 5 });
    const o2 = await order(1, 6000);
    await deliver(o2, 1, 1);
    line = await requestLine();
    assert.deepEqual([line.status, line.fulfilment], ['received', { orderedQty: 5, receivedQty: 4 }]);
  });
});
