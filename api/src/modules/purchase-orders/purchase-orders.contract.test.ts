import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { type Session, signedInSuite } from '../../test/support';
import { b2bSuppliers, quotedInquiry, type B2bSuppliers } from '../../test/b2b-fixture';

interface Delivery {
  id: number;
  number: string;
  review: 'none' | 'awaiting' | 'reviewed';
  reviewedBy: { name: string } | null;
  reviewedAt: string | null;
  canReview: boolean;
}
interface Order {
  id: number;
  number: string;
  source: string;
  contract: { id: number; number: string } | null;
  plan: unknown;
  platform: string | null;
  totalFen: number;
  orderedOn: string;
  version: number;
  lines: { id: number; item: { id: number } | null; description: string; uom: string; quantity: number; unitPriceFen: number; amountFen: number }[];
  deliveries: Delivery[];
  vc: unknown;
  match: { acceptedFen: number; status: string };
}

describe('a signed e-contract becomes an order: received, reviewed by the head, and only then settled', () => {
  let clerk: Session, head: Session, hardware: Session, auditor: Session, officeClerk: Session;
  const ctx = signedInSuite(['supply_clerk', 'supply_head', 'sup_hardware', 'auditor', 'clerk'], (s) => ([clerk, head, hardware, auditor, officeClerk] = s));
  let sup: B2bSuppliers;
  let itemId: number;
  let contract: { id: number; number: string; sha256: string };
  let order: Order;

  const requestBody = (orderIds: number[], amountFen: number) => ({
    supplierId: sup.hardware,
    orderIds,
    amountFen,
    payee: '深圳市恒通五金机电有限公司',
    method: 'bank',
    bank: '招商银行深圳分行',
    account: '755912345610801',
  });
  const onHand = async (id: number): Promise<number> => (await clerk.get(`/api/stock/${id}`)).body.onHand;
  const readOrder = async (who: Session = clerk): Promise<Order> => (await who.get(`/api/purchase-orders/${order.id}`)).body;

  before(async () => {
    sup = await b2bSuppliers(ctx.db);
    // Line 1 names a catalogue item (its goods go into stock); line 2 stays free text.
    const inq = await quotedInquiry(ctx.db, [
      { quantity: 10, hardwareFen: 10_000, lightingFen: 10_500 },
      { quantity: 5, hardwareFen: 20_000, lightingFen: 21_000 },
    ]);
    itemId = (await ctx.db('items').where({ buying_unit: 'SUPPLY', active: true }).orderBy('id').first('id')).id;
    await ctx.db('inquiry_lines').where({ id: inq.lineIds[0] }).update({ item_id: itemId });
    const n = await clerk.post('/api/negotiations').send({ inquiryId: inq.id, supplierId: sup.hardware, paymentMethod: '验收合格后30天内转账' });
    assert.equal(n.status, 201, JSON.stringify(n.body));
    assert.equal((await clerk.post(`/api/negotiations/${n.body.id}/agree`).send({ versionNo: 1 })).status, 200);
    assert.equal((await hardware.post(`/api/negotiations/${n.body.id}/agree`).send({ versionNo: 1 })).body.state, 'both');
    const c = await clerk.post('/api/e-contracts').send({ negotiationId: n.body.id });
    assert.equal(c.status, 201, JSON.stringify(c.body));
    contract = c.body;
  });

  it('writes exactly one order when the second signature makes the contract 已签订, and none before', async () => {
    const first = await hardware.post(`/api/e-contracts/${contract.id}/sign`).send({ sha256: contract.sha256 });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal((await clerk.get(`/api/e-contracts/${contract.id}`)).body.orderId, null, 'one signature: no order yet');
    const signed = await clerk.post(`/api/e-contracts/${contract.id}/sign`).send({ sha256: contract.sha256 });
    assert.equal(signed.body.status, 'signed');
    assert.ok(signed.body.orderId, 'the contract links to its order');
    // The supplier follows the contract, not our order.
    assert.equal((await hardware.get(`/api/e-contracts/${contract.id}`)).body.orderId, null);
    assert.equal((await clerk.post(`/api/e-contracts/${contract.id}/sign`).send({ sha256: contract.sha256 })).status, 409, 'signing again is refused');
    assert.equal((await hardware.post(`/api/e-contracts/${contract.id}/sign`).send({ sha256: contract.sha256 })).status, 409);
    const rows = await ctx.db('purchase_orders').where({ contract_id: contract.id }).select('id');
    assert.equal(rows.length, 1, 'exactly one order');

    const res = await clerk.get(`/api/purchase-orders/${signed.body.orderId}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    order = res.body;
    assert.equal(order.source, 'contract');
    assert.deepEqual(order.contract, { id: contract.id, number: contract.number });
    assert.equal(order.plan, null);
    assert.equal(order.platform, null);
    assert.equal(order.vc, null);
    assert.equal(order.totalFen, 10 * 10_000 + 5 * 20_000);
    assert.deepEqual(
      order.lines.map((l) => [l.item?.id ?? null, l.quantity, l.unitPriceFen, l.amountFen]),
      [
        [itemId, 10, 10_000, 100_000],
        [null, 5, 20_000, 100_000],
      ],
    );
    assert.equal(order.lines[1].description, 'LED 面板灯 2');
    assert.equal(order.lines[1].uom, '个');
    // Another unit's clerk sees nothing of it; the auditor reads it.
    assert.equal((await officeClerk.get(`/api/purchase-orders/${order.id}`)).status, 404);
    assert.equal((await auditor.get(`/api/purchase-orders/${order.id}`)).status, 200);
    // No virtual contract (the signed e-contract is the contract), and no cancelling it from the order page.
    const page = await clerk.post(`/api/purchase-orders/${order.id}/attachments?filename=x.pdf`).set('Content-Type', 'application/pdf').send(Buffer.from('%PDF-1.4\n'));
    assert.equal(page.status, 409);
    assert.equal((await clerk.post(`/api/purchase-orders/${order.id}/cancel`).send({ version: order.version, reason: '不要了' })).status, 409);
  });

  it('refuses settlement before a delivery is reviewed, naming the deliveries awaiting review', async () => {
    const none = await clerk.post('/api/payment-requests').send(requestBody([order.id], 100));
    assert.equal(none.status, 409, JSON.stringify(none.body));
    assert.match(none.body.detail, /还没有到货验收/);

    const before = await onHand(itemId);
    const recorded = await clerk.post(`/api/purchase-orders/${order.id}/deliveries`).send({
      receivedOn: order.orderedOn,
      receiver: '仓库 李明',
      lines: [
        { orderLineId: order.lines[0].id, received: 10, accepted: 8, rejected: 2, rejectionReason: '外壳破损' },
        { orderLineId: order.lines[1].id, received: 5, accepted: 5 },
      ],
    });
    assert.equal(recorded.status, 201, JSON.stringify(recorded.body));
    const d: Delivery = recorded.body.deliveries[0];
    assert.equal(d.review, 'awaiting');
    assert.equal(d.canReview, false, 'the recorder may not review');
    // The catalogue line went into stock; the free-text line has no item to receive into.
    assert.equal((await onHand(itemId)) - before, 8);

    const early = await clerk.post('/api/payment-requests').send(requestBody([order.id], 100));
    assert.equal(early.status, 409, JSON.stringify(early.body));
    assert.ok(early.body.detail.includes(d.number), early.body.detail);
    assert.match(early.body.detail, /审核/);
    assert.deepEqual(early.body.errors.map((e: { path: string }) => e.path), ['orderIds']);
    const owed = (await clerk.get(`/api/payment-requests/owed?supplierId=${sup.hardware}`)).body.orders.find((o: { orderId: number }) => o.orderId === order.id);
    assert.deepEqual([owed.owedFen, owed.awaitingReview], [0, [d.number]], 'nothing owed before review, and the screen says which delivery waits');
  });

  it('lets the buying unit head review a delivery once, and not the one who recorded it', async () => {
    const d = (await readOrder(head)).deliveries[0];
    assert.equal(d.canReview, true);
    const path = `/api/purchase-orders/${order.id}/deliveries/${d.id}/review`;
    assert.equal((await clerk.post(path)).status, 403, 'a clerk does not review');
    assert.equal((await auditor.post(path)).status, 403);
    assert.equal((await head.post(`/api/purchase-orders/${order.id}/deliveries/999999/review`)).status, 404);

    // A head who recorded the delivery herself must leave the review to another.
    const headId = (await ctx.db('users').where({ username: 'supply_head' }).first('id')).id;
    const recorder = (await ctx.db('purchase_deliveries').where({ id: d.id }).first('recorded_by')).recorded_by;
    await ctx.db('purchase_deliveries').where({ id: d.id }).update({ recorded_by: headId });
    const own = await head.post(path);
    assert.equal(own.status, 403);
    assert.match(own.body.detail, /另一位负责人/);
    await ctx.db('purchase_deliveries').where({ id: d.id }).update({ recorded_by: recorder });

    const ok = await head.post(path);
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
    const reviewed: Delivery = ok.body.deliveries[0];
    assert.equal(reviewed.review, 'reviewed');
    assert.equal(reviewed.reviewedBy?.name, (await ctx.db('users').where({ id: headId }).first('display_name')).display_name);
    assert.ok(reviewed.reviewedAt);
    assert.equal(reviewed.canReview, false);
    const again = await head.post(path);
    assert.equal(again.status, 409);
    assert.match(again.body.detail, /已经审核/);
  });

  it('allows payment up to the value of reviewed goods, then lists the order in the ledger as 合同采购', async () => {
    const reviewedFen = 8 * 10_000 + 5 * 20_000;
    const owed = (await clerk.get(`/api/payment-requests/owed?supplierId=${sup.hardware}`)).body.orders.find((o: { orderId: number }) => o.orderId === order.id);
    assert.deepEqual([owed.owedFen, owed.awaitingReview], [reviewedFen, []]);
    const over = await clerk.post('/api/payment-requests').send(requestBody([order.id], reviewedFen + 1));
    assert.equal(over.status, 422, JSON.stringify(over.body));
    const ok = await clerk.post('/api/payment-requests').send(requestBody([order.id], reviewedFen));
    assert.equal(ok.status, 201, JSON.stringify(ok.body));
    assert.equal((await clerk.post('/api/payment-requests').send(requestBody([order.id], 1))).status, 422, 'nothing left once requested');

    // Invoices and the three-way match work as for a mall order.
    const match = (await clerk.get(`/api/purchase-orders/${order.id}/match`)).body;
    assert.equal(match.acceptedFen, reviewedFen);

    const ledger = await auditor.get(`/api/purchase-ledgers/orders?q=${encodeURIComponent(contract.number)}`);
    assert.equal(ledger.status, 200, JSON.stringify(ledger.body));
    const row = ledger.body.items.find((r: { id: number }) => r.id === order.id);
    assert.ok(row, 'the contract order is in 网络采购电子台帐');
    assert.equal(row.platform, null);
    assert.deepEqual(row.contract, { id: contract.id, number: contract.number });
    assert.equal(row.acceptedFen, reviewedFen);

    const list = await head.get('/api/purchase-orders?review=awaiting');
    assert.equal(list.body.items.find((r: { id: number }) => r.id === order.id), undefined, 'reviewed: no longer awaiting');
    const contracts = await clerk.get('/api/purchase-orders?source=contract');
    assert.ok(contracts.body.items.some((r: { id: number; source: string }) => r.id === order.id && r.source === 'contract'));
  });
});
