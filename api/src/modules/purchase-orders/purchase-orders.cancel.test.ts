import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { calendarDay } from '@portal/domain';
import type { OrderablePlans, PurchaseOrder } from '@portal/domain/contracts';
import { refused, type Session, signedInSuite } from '../../test/support';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe('cancelling an online order (取消订单)', () => {
  let clerk: Session, supply: Session, head: Session;
  const ctx = signedInSuite(['clerk', 'supply_clerk', 'office_head'], (s) => ([clerk, supply, head] = s));
  const today = calendarDay(new Date());
  let plan: OrderablePlans['plans'][number];
  let supplierId: number;
  let orderNo = 5000;

  const orderable = async (planLineId: number): Promise<number> => {
    const plans: OrderablePlans = (await clerk.get('/api/purchase-orders/orderable')).body;
    return plans.plans.flatMap((p) => p.lines).find((l) => l.planLineId === planLineId)?.orderable ?? 0;
  };
  const order = async (quantity = 2, line = plan.lines[0]): Promise<PurchaseOrder> => {
    const res = await clerk.post('/api/purchase-orders').send({
      planId: plan.id,
      platform: 'jd',
      supplierId,
      platformOrderNo: `CX${orderNo++}`,
      orderedOn: today,
      lines: [{ planLineId: line.planLineId, quantity, unitPriceFen: 100_000, priceReason: '急用' }],
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body;
  };
  const cancel = (o: { id: number; version: number }, reason = '平台缺货，商家取消', who = clerk) => who.post(`/api/purchase-orders/${o.id}/cancel`).send({ version: o.version, reason });

  before(async () => {
    // The seed ordered all of last month's plan; give its lines room for the tests below.
    await ctx.db('purchase_plan_lines').update({ proposed_qty: ctx.db.raw('proposed_qty + 1000') });
    plan = (await clerk.get('/api/purchase-orders/orderable')).body.plans[0];
    const suppliers = (await clerk.get('/api/suppliers?eligible=true&pageSize=50')).body.items;
    supplierId = suppliers[0].id;
  });

  it('cancels with the reason: the quantities are orderable again, the contract in approval is void and leaves the inbox, the ledger shows it cancelled, the audit has it', async () => {
    const line = plan.lines[0];
    const before = await orderable(line.planLineId);
    const o = await order(3, line);
    assert.equal(await orderable(line.planLineId), before - 3);
    const attached = (await clerk.post(`/api/purchase-orders/${o.id}/attachments?filename=order.pdf`).set('Content-Type', 'application/pdf').send(PDF)).body as PurchaseOrder;
    assert.equal(attached.vc?.status, 'submitted');
    const requestId = attached.vc!.approval!.requestId;
    const inbox = async () => (await head.get('/api/approvals/inbox?pageSize=100')).body.items.some((r: { id: number }) => r.id === requestId);
    assert.equal(await inbox(), true);

    const res = await cancel(attached);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const c: PurchaseOrder = res.body;
    assert.deepEqual([c.status, c.version, c.vc?.status, c.match.status], ['cancelled', attached.version + 1, 'cancelled', 'cancelled']);
    assert.equal(c.cancellation?.reason, '平台缺货，商家取消');
    assert.equal(c.cancellation?.by?.id, clerk.userId);
    assert.equal(await orderable(line.planLineId), before);
    assert.equal(await inbox(), false);
    assert.equal((await head.get(`/api/approvals/requests/${requestId}`)).body.status, 'withdrawn');

    const ledger = (await clerk.get(`/api/purchase-ledgers/orders?orderId=${o.id}`)).body;
    assert.deepEqual(ledger.items.map((r: { match: string; orderStatus: string }) => [r.match, r.orderStatus]), [['cancelled', 'cancelled']]);
    const filtered = (await clerk.get(`/api/purchase-ledgers/orders?status=cancelled&q=${o.number}`)).body;
    assert.deepEqual(filtered.items.map((r: { id: number }) => r.id), [o.id]);
    const audits = await ctx.db('audit_log').where({ entity: 'purchase_order', entity_id: String(o.id), action: 'purchase_order.cancel' }).select('after');
    assert.equal(audits.length, 1);

    // Once cancelled: again is refused naming why, and nothing more is recorded against it.
    const again = await cancel(c);
    assert.equal(again.status, 409);
    assert.match(again.body.detail, /已经取消|already cancelled/);
    const delivery = await clerk.post(`/api/purchase-orders/${o.id}/deliveries`).send({ receivedOn: today, receiver: '王芳', lines: [{ orderLineId: o.lines[0].id, received: 1, accepted: 1 }] });
    assert.equal(delivery.status, 409);
    const page = await clerk.post(`/api/purchase-orders/${o.id}/attachments?filename=order.pdf`).set('Content-Type', 'application/pdf').send(PDF);
    assert.equal(page.status, 409);
    const pay = await clerk.post('/api/payment-requests').send({ supplierId, orderIds: [o.id], amountFen: 100, payee: '京东', method: 'platform' });
    assert.equal(pay.status, 404, 'a cancelled order owes nothing');
  });

  it('requires a reason, naming the field, and refuses a stale version', async () => {
    const o = await order(1);
    const blank = await cancel(o, '   ');
    assert.equal(blank.status, 400);
    refused(blank, 'reason');
    const stale = await cancel({ id: o.id, version: o.version - 1 + 5 });
    assert.equal(stale.status, 409);
    assert.equal((await clerk.get(`/api/purchase-orders/${o.id}`)).body.status, 'open');
  });

  it('refuses once goods arrived, naming the delivery', async () => {
    const o = await order(2);
    const d = await clerk.post(`/api/purchase-orders/${o.id}/deliveries`).send({ receivedOn: today, receiver: '王芳', lines: [{ orderLineId: o.lines[0].id, received: 1, accepted: 1 }] });
    assert.equal(d.status, 201, JSON.stringify(d.body));
    const res = await cancel(d.body);
    assert.equal(res.status, 409);
    assert.ok(res.body.detail.includes(d.body.deliveries[0].number), res.body.detail);
    assert.equal((await clerk.get(`/api/purchase-orders/${o.id}`)).body.status, 'open');
  });

  it('refuses while a payment request is alive for the order, naming it', async () => {
    const o = await order(1);
    const pr = await clerk.post('/api/payment-requests').send({ supplierId, orderIds: [o.id], amountFen: 50_000, payee: '京东', method: 'platform' });
    assert.equal(pr.status, 201, JSON.stringify(pr.body));
    const res = await cancel(o);
    assert.equal(res.status, 409);
    assert.ok(res.body.detail.includes(pr.body.number), res.body.detail);
  });

  it('lets only the buying unit’s clerk cancel: another unit’s is 404, the head who reads it 403', async () => {
    const o = await order(1);
    assert.equal((await cancel(o, '不需要了', supply)).status, 404);
    assert.equal((await cancel(o, '不需要了', head)).status, 403);
    assert.equal((await clerk.get(`/api/purchase-orders/${o.id}`)).body.status, 'open');
  });

  it('never lets a cancellation and a payment request both land when they race', async () => {
    for (let i = 0; i < 3; i++) {
      const o = await order(1);
      const [c, pr] = await Promise.all([
        cancel(o),
        clerk.post('/api/payment-requests').send({ supplierId, orderIds: [o.id], amountFen: 10_000, payee: '京东', method: 'platform' }),
      ]);
      const cancelled = c.status === 200;
      const requested = pr.status === 201;
      assert.equal(cancelled !== requested, true, `cancel ${c.status} ${JSON.stringify(c.body.detail)}, request ${pr.status}`);
      const live = await ctx.db('payment_request_orders').where({ order_id: o.id }).count({ n: '*' });
      assert.equal(Number(live[0].n), requested ? 1 : 0);
    }
  });
});
