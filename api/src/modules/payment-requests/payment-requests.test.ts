import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { downloaded, type Session, signedInSuite } from '../../test/support';
import { insertOrder, supplierIds } from '../../test/settlement-fixture';
import { paidByOrderView } from './payment-requests.reads.repo';

interface Detail {
  id: number;
  number: string;
  status: string;
  version: number;
  amountFen: number;
  prepayment: boolean;
  netPaidFen: number;
  payments: { id: number; kind: string; amountFen: number; reversed: boolean }[];
  approval: { requestId: number; status: string } | null;
  can: { submit: boolean; pay: boolean; reverse: boolean };
}

describe('payment requests (申请汇款) and the payment register', () => {
  let clerk: Session, supply: Session, officeHead: Session, leader: Session, finance: Session, auditor: Session;
  const ctx = signedInSuite(['clerk', 'supply_clerk', 'office_head', 'leader', 'finance', 'auditor'], (s) => ([clerk, supply, officeHead, leader, finance, auditor] = s));
  let sup: number[];

  before(async () => {
    sup = await supplierIds(ctx.db);
  });

  const body = (supplierId: number, orderIds: number[], amountFen: number) => ({
    supplierId,
    orderIds,
    amountFen,
    payee: '测试供应商有限公司',
    method: 'bank',
    bank: '中国银行深圳分行',
    account: '6217000012345678',
  });

  /** A request created, submitted and approved by the office head (and a leader when it is ≥ ¥20,000). */
  async function approvedRequest(amountFen: number, orderFen = amountFen): Promise<Detail> {
    const order = await insertOrder(ctx.db, { unit: 'OFFICE', supplierId: sup[0], lines: [{ qty: 1, priceFen: orderFen }], delivered: true });
    const created = await clerk.post('/api/payment-requests').send(body(sup[0], [order.id], amountFen));
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const submitted = await clerk.post(`/api/payment-requests/${created.body.id}/submit`).send({ version: created.body.version });
    assert.equal(submitted.status, 200, JSON.stringify(submitted.body));
    assert.equal(submitted.body.status, 'submitted');
    const requestId = submitted.body.approval.requestId;
    const approveAs = async (who: Session) => {
      const req = (await who.get(`/api/approvals/requests/${requestId}`)).body;
      const res = await who.post(`/api/approvals/requests/${requestId}/approve`).send({ version: req.version });
      assert.equal(res.status, 200, JSON.stringify(res.body));
    };
    await approveAs(officeHead);
    if (amountFen >= 2_000_000) {
      assert.equal((await clerk.get(`/api/payment-requests/${created.body.id}`)).body.status, 'submitted', 'a leader still has to approve');
      await approveAs(leader);
    }
    const detail: Detail = (await clerk.get(`/api/payment-requests/${created.body.id}`)).body;
    assert.equal(detail.status, 'approved');
    return detail;
  }

  it('lists what a supplier’s orders still owe: total − refunds − already requested', async () => {
    const a = await insertOrder(ctx.db, { unit: 'OFFICE', supplierId: sup[1], lines: [{ qty: 10, priceFen: 1_000 }], freightFen: 500, rejectQty: 2 });
    const owed = async () => (await clerk.get(`/api/payment-requests/owed?supplierId=${sup[1]}`)).body.orders.find((o: { orderId: number }) => o.orderId === a.id);
    const first = await owed();
    assert.equal(first.totalFen, 10_500);
    assert.equal(first.refundFen, 2_000);
    assert.equal(first.owedFen, 8_500);
    const res = await clerk.post('/api/payment-requests').send(body(sup[1], [a.id], 3_000));
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.equal((await owed()).owedFen, 5_500);
    // Everything arrived (two rejected and going back): requested after acceptance, not a prepayment.
    assert.equal(res.body.prepayment, false);
  });

  it('refuses an amount beyond what the orders owe, 422 naming amountFen, and a bank transfer without an account', async () => {
    const o = await insertOrder(ctx.db, { unit: 'OFFICE', supplierId: sup[0], lines: [{ qty: 2, priceFen: 5_000 }], delivered: true });
    const over = await clerk.post('/api/payment-requests').send(body(sup[0], [o.id], 10_001));
    assert.equal(over.status, 422, JSON.stringify(over.body));
    assert.deepEqual(over.body.errors.map((e: { path: string }) => e.path), ['amountFen']);
    const exact = await clerk.post('/api/payment-requests').send(body(sup[0], [o.id], 10_000));
    assert.equal(exact.status, 201);
    assert.equal(exact.body.prepayment, false);
    // Nothing is left: even a fen more is refused now.
    assert.equal((await clerk.post('/api/payment-requests').send(body(sup[0], [o.id], 1))).status, 422);
    const o2 = await insertOrder(ctx.db, { unit: 'OFFICE', supplierId: sup[0], lines: [{ qty: 1, priceFen: 5_000 }] });
    const noAccount = await clerk.post('/api/payment-requests').send({ ...body(sup[0], [o2.id], 100), account: '' });
    assert.equal(noAccount.status, 422);
    assert.deepEqual(noAccount.body.errors.map((e: { path: string }) => e.path), ['account']);
    const other = await clerk.post('/api/payment-requests').send(body(sup[1], [o2.id], 100));
    assert.equal(other.status, 422);
    assert.deepEqual(other.body.errors.map((e: { path: string }) => e.path), ['orderIds']);
    // Nothing delivered yet: a prepayment (预付款).
    const early = await clerk.post('/api/payment-requests').send(body(sup[0], [o2.id], 5_000));
    assert.equal(early.status, 201);
    assert.equal(early.body.prepayment, true);
  });

  it('records the payment exactly once when two finance requests race; the second gets the first result', async () => {
    const r = await approvedRequest(12_345);
    assert.equal(r.can.submit, false);
    const pay = { paidOn: '2026-11-20', payingAccount: '工行基本户 4000023409200123456', bankRef: 'B20261120001' };
    const [a, b] = await Promise.all([finance.post(`/api/payment-requests/${r.id}/pay`).send(pay), finance.post(`/api/payment-requests/${r.id}/pay`).send(pay)]);
    assert.equal(a.status, 200, JSON.stringify(a.body));
    assert.equal(b.status, 200, JSON.stringify(b.body));
    assert.equal(a.body.status, 'paid');
    assert.deepEqual(a.body.payments, b.body.payments);
    const rows = await ctx.db('payments').where({ request_id: r.id });
    assert.equal(rows.length, 1);
    assert.equal(Number(rows[0].amount_fen), 12_345);
    // The same call again later answers the same way, and the database itself refuses a second payment row.
    const again = await finance.post(`/api/payment-requests/${r.id}/pay`).send({ ...pay, bankRef: 'other' });
    assert.equal(again.body.payments[0].id, a.body.payments[0].id);
    const [{ order_id: paidOrder }] = await ctx.db('payment_request_orders').where({ request_id: r.id }).select('order_id');
    const published = await ctx.db.from(paidByOrderView(ctx.db).as('pd')).where('pd.order_id', paidOrder).first();
    assert.deepEqual([Number(published.requested_fen), Number(published.paid_fen)], [12_345, 12_345]);
    await assert.rejects(
      ctx.db('payments').insert({ number: 'X-1', request_id: r.id, kind: 'payment', amount_fen: 1, paid_on: '2026-11-20', paying_account: 'x' }),
      /payments_one_per_request|duplicate/,
    );
  });

  it('cancels a payment by a reversing row with a reason: the register nets to zero and is never edited', async () => {
    const r = await approvedRequest(7_700);
    const paid = await finance.post(`/api/payment-requests/${r.id}/pay`).send({ paidOn: '2026-11-21', payingAccount: '工行基本户', bankRef: 'B2' });
    assert.equal(paid.body.can.reverse, true);
    assert.equal((await finance.post(`/api/payment-requests/${r.id}/reverse`).send({ reason: '' })).status, 400);
    const reversed = await finance.post(`/api/payment-requests/${r.id}/reverse`).send({ reason: '收款账号错误，银行退回' });
    assert.equal(reversed.status, 200, JSON.stringify(reversed.body));
    assert.deepEqual(reversed.body.payments.map((p: { kind: string; amountFen: number }) => [p.kind, p.amountFen]), [['payment', 7_700], ['reversal', -7_700]]);
    assert.equal(reversed.body.netPaidFen, 0);
    assert.equal(reversed.body.can.reverse, false);
    assert.equal((await finance.post(`/api/payment-requests/${r.id}/reverse`).send({ reason: '再来一次' })).status, 409);
    const register = (await auditor.get(`/api/payment-register?q=${encodeURIComponent(r.number)}`)).body;
    assert.equal(register.total, 2);
    assert.deepEqual(register.totals, { paidFen: 7_700, reversedFen: -7_700, netFen: 0 });
    const row = await ctx.db('payments').where({ request_id: r.id, kind: 'payment' }).first('id');
    await assert.rejects(ctx.db('payments').where({ id: row.id }).update({ amount_fen: 1 }), /never edited/);
    await assert.rejects(ctx.db('payments').where({ id: row.id }).del(), /never edited/);
    // The money never left: the order owes it again.
    const owed = (await clerk.get(`/api/payment-requests/owed?supplierId=${sup[0]}`)).body.orders;
    assert.ok(owed.some((o: { number: string; owedFen: number }) => o.owedFen === 7_700));
    // What the module publishes to the ledgers and the match agrees: neither requested nor paid any more.
    const [{ order_id: orderId }] = await ctx.db('payment_request_orders').where({ request_id: r.id }).select('order_id');
    const published = await ctx.db.from(paidByOrderView(ctx.db).as('pd')).where('pd.order_id', orderId).first();
    assert.deepEqual([Number(published.requested_fen), Number(published.paid_fen)], [0, 0]);
  });

  it('counts a reversed request as asking nothing in every published view: the ledger row, the order figures and the owed list agree', async () => {
    const r = await approvedRequest(4_400);
    await finance.post(`/api/payment-requests/${r.id}/pay`).send({ paidOn: '2026-11-22', payingAccount: '工行基本户', bankRef: 'B3' });
    assert.equal((await finance.post(`/api/payment-requests/${r.id}/reverse`).send({ reason: '重复付款，银行退回' })).status, 200);
    const [{ order_id: orderId }] = await ctx.db('payment_request_orders').where({ request_id: r.id }).select('order_id');
    const published = await ctx.db.from(paidByOrderView(ctx.db).as('pd')).where('pd.order_id', orderId).first();
    const ledger = (await clerk.get(`/api/purchase-ledgers/orders?orderId=${orderId}`)).body.items;
    const owed = (await clerk.get(`/api/payment-requests/owed?supplierId=${sup[0]}`)).body.orders.find((o: { orderId: number }) => o.orderId === orderId);
    assert.deepEqual(
      { view: Number(published.requested_fen), ledger: ledger[0].requestedFen, owed: owed.requestedFen },
      { view: 0, ledger: 0, owed: 0 },
    );
  });

  it('needs a company leader too from ¥20,000, and finance cannot pay before approval', async () => {
    const o = await insertOrder(ctx.db, { unit: 'OFFICE', supplierId: sup[0], lines: [{ qty: 1, priceFen: 3_000_000 }], delivered: true });
    const created = await clerk.post('/api/payment-requests').send(body(sup[0], [o.id], 3_000_000));
    assert.equal((await finance.post(`/api/payment-requests/${created.body.id}/pay`).send({ paidOn: '2026-11-20', payingAccount: 'x' })).status, 409);
    await approvedRequest(2_500_000);
  });

  it('hides another unit’s requests and orders: 404; a head reads its own unit’s; the register downloads as XLSX', async () => {
    const supplyOrder = await insertOrder(ctx.db, { unit: 'SUPPLY', supplierId: sup[0], lines: [{ qty: 1, priceFen: 9_900 }] });
    const mine = await supply.post('/api/payment-requests').send(body(sup[0], [supplyOrder.id], 9_900));
    assert.equal(mine.status, 201, JSON.stringify(mine.body));
    assert.equal((await clerk.get(`/api/payment-requests/${mine.body.id}`)).status, 404);
    assert.equal((await officeHead.get(`/api/payment-requests/${mine.body.id}`)).status, 404);
    assert.equal((await clerk.post(`/api/payment-requests/${mine.body.id}/submit`).send({ version: 1 })).status, 404);
    assert.equal((await clerk.post('/api/payment-requests').send(body(sup[0], [supplyOrder.id], 100))).status, 404);
    const clerkList = (await clerk.get('/api/payment-requests?pageSize=200')).body;
    assert.ok(clerkList.items.length > 0 && clerkList.items.every((r: { unit: { code: string } }) => r.unit.code === 'OFFICE'));
    const headList = (await officeHead.get('/api/payment-requests?pageSize=200')).body;
    assert.equal(headList.total, clerkList.total);
    assert.ok((await leader.get('/api/payment-requests?pageSize=200')).body.items.some((r: { id: number }) => r.id === mine.body.id));
    assert.equal((await officeHead.get('/api/payment-register')).status, 403);
    const file = await downloaded(finance.get('/api/payment-register?format=xlsx'));
    assert.equal(file.status, 200);
    assert.match(file.type, /spreadsheetml/);
    assert.equal(file.body.subarray(0, 2).toString(), 'PK');
    const card = (await finance.get('/api/workbench/cards/payment-requests.to-pay')).body;
    assert.equal(card.count, (await finance.get('/api/payment-requests?status=approved')).body.total);
  });
});
