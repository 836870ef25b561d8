import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { calendarDay } from '@portal/domain';
import type { OrderablePlans, PurchaseOrder } from '@portal/domain/contracts';
import { type Session, signedInSuite } from '../../test/support';

type PlanLine = OrderablePlans['plans'][number]['lines'][number];

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe('online orders (网购订单)', () => {
  let clerk: Session, supply: Session, head: Session, finance: Session, requester: Session, auditor: Session;
  const ctx = signedInSuite(
    ['clerk', 'supply_clerk', 'office_head', 'finance', 'requester', 'auditor'],
    (s) => ([clerk, supply, head, finance, requester, auditor] = s),
  );
  const today = calendarDay(new Date());
  let plan: OrderablePlans['plans'][number];
  let supplierIds: number[];
  let clean: number[];
  let orderNo = 1000;

  /** The plan's lines: the first for the overrun test alone, the others shared round the remaining tests. */
  const unused: PlanLine[] = [];
  let turn = 0;
  const takeLine = () => unused[1 + (turn++ % (unused.length - 1))];

  const order = (lines: { planLineId: number; quantity: number; unitPriceFen: number; priceReason?: string }[], extra: Record<string, unknown> = {}) =>
    clerk.post('/api/purchase-orders').send({
      planId: plan.id,
      platform: 'jd',
      shop: '京东自营',
      supplierId: supplierIds[0],
      platformOrderNo: `JD${orderNo++}`,
      orderedOn: today,
      lines,
      freightFen: 0,
      discountFen: 0,
      ...extra,
    });
  const onHand = async (itemId: number): Promise<number> => (await clerk.get(`/api/stock/${itemId}`)).body.onHand;
  const count = async (table: string) => Number((await ctx.db(table).count({ n: '*' }))[0].n);

  before(async () => {
    const seeded = (await clerk.get('/api/purchase-orders?pageSize=50')).body;
    assert.deepEqual(seeded.items.map((o: { platform: string }) => o.platform).sort(), ['jd', 'suning', 'tmall'], 'the seed ordered on three platforms');
    // The seed ordered all of last month's plan; give its lines room for the tests below.
    await ctx.db('purchase_plan_lines').update({ proposed_qty: ctx.db.raw('proposed_qty + 1000') });
    const res = await clerk.get('/api/purchase-orders/orderable');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.toleranceBp, 1000);
    plan = res.body.plans[0];
    assert.ok(plan, 'last month’s approved plan of 办公室 is there to order from');
    unused.push(...plan.lines.filter((l) => l.orderable >= 3));
    const suppliers = (await clerk.get('/api/suppliers?eligible=true&pageSize=50')).body.items;
    supplierIds = suppliers.map((s: { id: number }) => s.id);
    clean = suppliers.filter((s: { standing: { points: number } }) => s.standing.points === 0).map((s: { id: number }) => s.id);
    assert.ok(supplierIds.length >= 2);
  });

  it('seeds last month’s plan into orders: a confirmed and a pending virtual contract, a partial delivery with a rejected line', async () => {
    const seeded = (await finance.get('/api/purchase-orders?pageSize=50&sort=orderedOn')).body.items as PurchaseOrder[];
    assert.deepEqual(seeded.slice(0, 3).map((o) => [o.platform, o.vcStatus]), [['jd', 'confirmed'], ['tmall', 'submitted'], ['suning', null]]);
    const jd = (await finance.get(`/api/purchase-orders/${seeded[0].id}`)).body as PurchaseOrder;
    assert.equal(jd.vc!.confirmedBy!.name, '高建华');
    assert.equal(jd.aboveLowestLines, 1);
    assert.ok(jd.lines[0].received < jd.lines[0].quantity && jd.lines[0].rejected === 2);
    assert.equal(jd.returns.length, 1);
    // The settlement seed invoices and pays what the 京东 order owes after the refund, ahead of the
    // rest of the goods: complete for the delivered part, more to come.
    assert.equal(jd.match.invoicedFen, jd.match.orderedFen - jd.match.refundFen);
    assert.deepEqual([jd.match.status, jd.match.partial, jd.match.mismatches], ['complete', true, []]);
    const inbox = (await head.get('/api/approvals/inbox')).body.items.map((r: { documentType: string }) => r.documentType);
    assert.ok(inbox.includes('virtual_contract'));
  });

  it('refuses to order beyond what the plan approved (422 naming the line), and counts what is already ordered', async () => {
    const line = unused[0];
    const over = await order([{ planLineId: line.planLineId, quantity: line.orderable + 1, unitPriceFen: 100_000 }]);
    assert.equal(over.status, 422, JSON.stringify(over.body));
    assert.deepEqual(over.body.errors.map((e: { path: string }) => e.path), ['lines.0.quantity']);
    const ok = await order([{ planLineId: line.planLineId, quantity: line.orderable - 1, unitPriceFen: 100_000, priceReason: '急用' }]);
    assert.equal(ok.status, 201, JSON.stringify(ok.body));
    const again = await order([{ planLineId: line.planLineId, quantity: 2, unitPriceFen: 100_000, priceReason: '急用' }]);
    assert.equal(again.status, 422);
    const after = (await clerk.get('/api/purchase-orders/orderable')).body.plans[0].lines.find((l: PlanLine) => l.planLineId === line.planLineId);
    assert.equal(after.orderable, 1);
  });

  it('asks for a reason at 10.01% above the lowest price of the month, not at 10.00%', async () => {
    // A new item on the plan, priced once this month at ¥100.00: the lowest eligible price.
    const item = await clerk.post('/api/items').send({ code: 'ZZ-PO-01', name: '测试碎纸机', uom: '台', category: 'office_supplies', buyingUnit: 'OFFICE' });
    assert.equal(item.status, 201, JSON.stringify(item.body));
    const [{ id: planLineId }] = await ctx.db('purchase_plan_lines').insert({ plan_id: plan.id, item_id: item.body.id, requested_qty: 10, proposed_qty: 10 }).returning('id');
    const price = await clerk.post('/api/prices').send({ itemId: item.body.id, supplierId: supplierIds[1], priceFen: 10_000, observedOn: today });
    assert.equal(price.status, 201, JSON.stringify(price.body));
    const line = (await clerk.get('/api/purchase-orders/orderable')).body.plans[0].lines.find((l: PlanLine) => l.planLineId === planLineId);
    assert.equal(line.lowest.priceFen, 10_000);

    // ¥110.01 is 10.01% above ¥100.00; ¥110.00 is exactly 10%.
    const at1001 = await order([{ planLineId, quantity: 1, unitPriceFen: 11_001 }]);
    assert.equal(at1001.status, 400, JSON.stringify(at1001.body));
    assert.deepEqual(at1001.body.errors.map((e: { path: string }) => e.path), ['lines.0.priceReason']);
    assert.match(at1001.body.detail, /10\.01%/);
    assert.match(at1001.body.detail, /最低价 ¥100\.00 高出/, 'money reads as ¥100.00');
    const at1000 = await order([{ planLineId, quantity: 1, unitPriceFen: 11_000 }]);
    assert.equal(at1000.status, 201, JSON.stringify(at1000.body));
    assert.equal(at1000.body.lines[0].lowestPriceFen, 10_000);
    assert.equal(at1000.body.lines[0].priceReason, null);
    assert.equal(at1000.body.aboveLowestLines, 0);
    const withReason = await order([{ planLineId, quantity: 1, unitPriceFen: 11_001, priceReason: '最低价店铺缺货' }]);
    assert.equal(withReason.status, 201);
    assert.equal(withReason.body.lines[0].priceReason, '最低价店铺缺货');
    assert.equal(withReason.body.aboveLowestLines, 1);
  });

  it('refuses a suspended supplier, saying why and until when', async () => {
    const line = takeLine();
    const shop = clean.find((id) => !supplierIds.slice(0, 2).includes(id))!;
    const v = await clerk.post(`/api/suppliers/${shop}/violations`).send({ points: 60, reason: '虚假发货', rectifyBy: '2099-01-31' });
    assert.equal(v.status, 201, JSON.stringify(v.body));
    const res = await order([{ planLineId: line.planLineId, quantity: 1, unitPriceFen: 100_000, priceReason: '急用' }], { supplierId: shop });
    assert.equal(res.status, 409, JSON.stringify(res.body));
    assert.deepEqual(res.body.errors.map((e: { path: string }) => e.path), ['supplierId']);
    assert.match(res.body.detail, /60/);
    assert.match(res.body.detail, /2099-01-31/);
  });

  it('creates a new supplier on the spot through the suppliers module', async () => {
    const line = takeLine();
    const res = await order([{ planLineId: line.planLineId, quantity: 1, unitPriceFen: 100_000, priceReason: '新店铺' }], {
      supplierId: undefined,
      newSupplier: { shopName: '测试新开五金店' },
      platform: 'other',
      platformName: '国美在线',
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.equal(res.body.supplier.shopName, '测试新开五金店');
    assert.equal(res.body.platformName, '国美在线');
    const noName = await order([{ planLineId: line.planLineId, quantity: 1, unitPriceFen: 100_000, priceReason: 'x' }], { platform: 'other' });
    assert.equal(noName.status, 400);
    assert.deepEqual(noName.body.errors.map((e: { path: string }) => e.path), ['platformName']);
  });

  it('refuses a platform order number twice on the same platform: the database’s unique index, 409 naming the field', async () => {
    const line = takeLine();
    const first = await order([{ planLineId: line.planLineId, quantity: 1, unitPriceFen: 100_000, priceReason: '急用' }], { platformOrderNo: 'JD-DUP-1' });
    assert.equal(first.status, 201);
    const twice = await order([{ planLineId: line.planLineId, quantity: 1, unitPriceFen: 100_000, priceReason: '急用' }], { platformOrderNo: 'JD-DUP-1' });
    assert.equal(twice.status, 409, JSON.stringify(twice.body));
    assert.deepEqual(twice.body.errors.map((e: { path: string }) => e.path), ['platformOrderNo']);
    // The same number on another platform is another order.
    const tmall = await order([{ planLineId: line.planLineId, quantity: 1, unitPriceFen: 100_000, priceReason: '急用' }], { platformOrderNo: 'JD-DUP-1', platform: 'tmall' });
    assert.equal(tmall.status, 201);
    // The rule is the database's, whoever writes.
    const row = await ctx.db('purchase_orders').where({ id: first.body.id }).first();
    await assert.rejects(
      ctx.db('purchase_orders').insert({ ...row, id: undefined, number: 'X-1', created_at: undefined, updated_at: undefined }),
      /purchase_orders_platform_order_no/,
    );
  });

  it('answers a repeated Idempotency-Key with the first order, not a second one', async () => {
    const line = takeLine();
    const body = { planId: plan.id, platform: 'jd', supplierId: supplierIds[0], platformOrderNo: 'JD-IDEM-1', orderedOn: today, lines: [{ planLineId: line.planLineId, quantity: 1, unitPriceFen: 100_000, priceReason: '急用' }] };
    const a = await clerk.post('/api/purchase-orders').set('Idempotency-Key', 'order-idem-1').send(body);
    const b = await clerk.post('/api/purchase-orders').set('Idempotency-Key', 'order-idem-1').send(body);
    assert.equal(a.status, 201);
    assert.equal(b.body.id, a.body.id);
  });

  describe('deliveries, the virtual contract and the match of one order', () => {
    let o: PurchaseOrder;
    before(async () => {
      const l1 = takeLine();
      const res = await order([{ planLineId: l1.planLineId, quantity: 3, unitPriceFen: 100_000, priceReason: '急用' }], { freightFen: 1000, discountFen: 500, totalFen: 300_500 });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      o = res.body;
      assert.equal(o.totalFen, 300_500);
      assert.equal(o.match.status, 'awaiting_goods');
    });

    it('posts accepted goods into stock and a return for the rejected, in one transaction', async () => {
      const line = o.lines[0];
      const stockBefore = await onHand(line.item!.id);
      const res = await clerk.post(`/api/purchase-orders/${o.id}/deliveries`).send({
        receivedOn: today,
        receiver: '王芳',
        lines: [{ orderLineId: line.id, received: 2, accepted: 1, rejected: 1, rejectionReason: '外包装破损' }],
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.equal(await onHand(line.item!.id), stockBefore + 1);
      assert.deepEqual(res.body.returns.map((r: { quantity: number; refundFen: number }) => [r.quantity, r.refundFen]), [[1, 100_000]]);
      assert.deepEqual([res.body.lines[0].received, res.body.lines[0].accepted, res.body.lines[0].rejected], [2, 1, 1]);
      const m = (await clerk.get(`/api/purchase-orders/${o.id}/match`)).body;
      assert.deepEqual([m.status, m.acceptedFen, m.refundFen, m.dueFen, m.partial], ['awaiting_invoice', 100_000, 100_000, 100_000, true]);
    });

    it('leaves neither the delivery nor the stock receipt when posting the stock fails', async () => {
      const line = o.lines[0];
      const stockBefore = await onHand(line.item!.id);
      const [deliveries, returns] = [await count('purchase_deliveries'), await count('purchase_returns')];
      await ctx.db.raw(`create function test_refuse_move() returns trigger language plpgsql as $$ begin raise exception 'forced failure' using errcode = 'check_violation'; end $$`);
      await ctx.db.raw(`create trigger test_refuse_move before insert on stock_moves for each row execute function test_refuse_move()`);
      try {
        const res = await clerk.post(`/api/purchase-orders/${o.id}/deliveries`).send({ receivedOn: today, receiver: '王芳', lines: [{ orderLineId: line.id, received: 1, accepted: 1, rejected: 0 }] });
        assert.equal(res.status, 400, JSON.stringify(res.body));
      } finally {
        await ctx.db.raw('drop trigger test_refuse_move on stock_moves');
        await ctx.db.raw('drop function test_refuse_move()');
      }
      assert.equal(await count('purchase_deliveries'), deliveries);
      assert.equal(await count('purchase_returns'), returns);
      assert.equal(await onHand(line.item!.id), stockBefore);
    });

    it('refuses delivering more than was ordered, counting every earlier delivery', async () => {
      const line = o.lines[0];
      const over = await clerk.post(`/api/purchase-orders/${o.id}/deliveries`).send({ receivedOn: today, receiver: '王芳', lines: [{ orderLineId: line.id, received: 2, accepted: 2, rejected: 0 }] });
      assert.equal(over.status, 422, JSON.stringify(over.body));
      assert.deepEqual(over.body.errors.map((e: { path: string }) => e.path), ['lines.0.received']);
      const mismatch = await clerk.post(`/api/purchase-orders/${o.id}/deliveries`).send({ receivedOn: today, receiver: '王芳', lines: [{ orderLineId: line.id, received: 1, accepted: 0, rejected: 0 }] });
      assert.equal(mismatch.status, 400);
      const rest = await clerk.post(`/api/purchase-orders/${o.id}/deliveries`).send({ receivedOn: today, receiver: '王芳', lines: [{ orderLineId: line.id, received: 1, accepted: 1, rejected: 0 }] });
      assert.equal(rest.status, 201);
      assert.equal(rest.body.deliveries.length, 2);
      // Fully delivered: freight − discount now falls due, the rejected unit does not.
      assert.deepEqual([rest.body.match.dueFen, rest.body.match.partial], [200_500, false]);
    });

    it('refuses an order page whose bytes are not PDF, PNG or JPEG, whatever its name', async () => {
      const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)]);
      const res = await clerk.post(`/api/purchase-orders/${o.id}/attachments?filename=order.pdf`).set('Content-Type', 'application/pdf').send(exe);
      assert.equal(res.status, 400, JSON.stringify(res.body));
      assert.deepEqual(res.body.errors.map((e: { path: string }) => e.path), ['file']);
      assert.equal((await clerk.get(`/api/purchase-orders/${o.id}`)).body.vc, null);
    });

    it('confirms the virtual contract through the approvals engine: the buying unit’s head approves', async () => {
      const res = await clerk.post(`/api/purchase-orders/${o.id}/attachments?filename=京东订单.pdf`).set('Content-Type', 'application/pdf').send(PDF);
      assert.equal(res.status, 201, JSON.stringify(res.body));
      const vc = res.body.vc;
      assert.match(vc.number, /^VC-OFFICE-\d{4}-\d{5}$/);
      assert.equal(vc.status, 'submitted');
      assert.equal(vc.attachment.filename, '京东订单.pdf');
      assert.equal(vc.attachment.sha256.length, 64);
      assert.equal((await clerk.get(`/api/attachments/${vc.attachment.id}`)).status, 200);
      assert.equal((await supply.get(`/api/attachments/${vc.attachment.id}`)).status, 404);

      const request = (await head.get(`/api/approvals/requests/${vc.approval.requestId}`)).body;
      assert.deepEqual(request.allowedActions.includes('approve'), true);
      assert.equal((await head.get(`/api/purchase-orders/by-contract/${vc.id}`)).body.orderId, o.id);
      // While the head decides, the page cannot be swapped.
      const swap = await clerk.post(`/api/purchase-orders/${o.id}/attachments?filename=x.pdf`).set('Content-Type', 'application/pdf').send(PDF);
      assert.equal(swap.status, 409);
      const ok = await head.post(`/api/approvals/requests/${request.id}/approve`).send({ version: request.version, comment: '确认' });
      assert.equal(ok.status, 200, JSON.stringify(ok.body));
      const after = (await clerk.get(`/api/purchase-orders/${o.id}`)).body;
      assert.equal(after.vc.status, 'confirmed');
      assert.equal(after.vc.confirmedBy.id, head.userId);
      assert.ok(after.vc.confirmedAt);
      assert.equal((await clerk.get(`/api/purchase-orders?status=confirmed`)).body.items.some((x: { id: number }) => x.id === o.id), true);
    });

    it('hides the order from another unit’s clerk (404 to read, match and write) and shows it to the readers', async () => {
      assert.equal((await supply.get(`/api/purchase-orders/${o.id}`)).status, 404);
      assert.equal((await supply.get(`/api/purchase-orders/${o.id}/match`)).status, 404);
      assert.equal((await supply.post(`/api/purchase-orders/${o.id}/deliveries`).send({ receivedOn: today, receiver: 'x', lines: [{ orderLineId: o.lines[0].id, received: 1, accepted: 1 }] })).status, 404);
      assert.equal((await supply.post(`/api/purchase-orders/${o.id}/attachments?filename=a.pdf`).set('Content-Type', 'application/pdf').send(PDF)).status, 404);
      assert.equal((await supply.get('/api/purchase-orders')).body.items.some((x: { id: number }) => x.id === o.id), false);
      for (const reader of [head, finance, auditor]) assert.equal((await reader.get(`/api/purchase-orders/${o.id}`)).status, 200);
      assert.equal((await finance.post(`/api/purchase-orders/${o.id}/deliveries`).send({ receivedOn: today, receiver: 'x', lines: [{ orderLineId: o.lines[0].id, received: 1, accepted: 1 }] })).status, 403);
      assert.equal((await requester.get('/api/purchase-orders')).status, 403);
      // Another unit's clerk cannot order from this unit's plan either.
      const l = takeLine();
      const res = await supply.post('/api/purchase-orders').send({ planId: plan.id, platform: 'jd', supplierId: supplierIds[0], platformOrderNo: 'X-404', orderedOn: today, lines: [{ planLineId: l.planLineId, quantity: 1, unitPriceFen: 100 }] });
      assert.equal(res.status, 404);
    });

    it('lists orders by month, platform and search', async () => {
      const month = today.slice(0, 7);
      const list = (await clerk.get(`/api/purchase-orders?month=${month}&platform=jd&q=${o.platformOrderNo}`)).body;
      assert.deepEqual(list.items.map((x: { id: number }) => x.id), [o.id]);
      assert.equal((await clerk.get('/api/purchase-orders?month=1999-01')).body.total, 0);
      assert.equal((await clerk.get('/api/purchase-orders?month=2026-13')).status, 400);
    });
  });
});
