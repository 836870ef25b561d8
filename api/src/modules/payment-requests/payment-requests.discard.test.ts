import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { type Session, signedInSuite } from '../../test/support';
import { insertOrder, supplierIds } from '../../test/settlement-fixture';

describe('discarding a payment request (作废汇款申请)', () => {
  let clerk: Session, supply: Session, officeHead: Session;
  const ctx = signedInSuite(['clerk', 'supply_clerk', 'office_head'], (s) => ([clerk, supply, officeHead] = s));
  let supplierId: number;

  before(async () => {
    [supplierId] = await supplierIds(ctx.db);
  });

  /** An order nothing was delivered against, and a draft request for all of it. */
  async function draftFor(amountFen = 8_800) {
    const order = await insertOrder(ctx.db, { unit: 'OFFICE', supplierId, lines: [{ qty: 1, priceFen: amountFen }] });
    const res = await clerk.post('/api/payment-requests').send({ supplierId, orderIds: [order.id], amountFen, payee: '京东', method: 'platform' });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return { order, request: res.body as { id: number; number: string; version: number; can: { discard: boolean } } };
  }
  const discard = (id: number, version: number, who = clerk) => who.post(`/api/payment-requests/${id}/discard`).send({ version });
  const owedOf = async (orderId: number) =>
    (await clerk.get(`/api/payment-requests/owed?supplierId=${supplierId}`)).body.orders.find((o: { orderId: number }) => o.orderId === orderId)?.owedFen ?? 0;
  const orderVersion = async (orderId: number) => (await clerk.get(`/api/purchase-orders/${orderId}`)).body.version as number;
  const cancelOrder = async (orderId: number) =>
    clerk.post(`/api/purchase-orders/${orderId}/cancel`).send({ version: await orderVersion(orderId), reason: '商家缺货，订单取消' });

  it('lets the maker discard a draft at its version: the order owes it again and can then be cancelled', async () => {
    const { order, request } = await draftFor();
    assert.equal(request.can.discard, true);
    assert.equal(await owedOf(order.id), 0);
    const blocked = await cancelOrder(order.id);
    assert.equal(blocked.status, 409);
    assert.ok(blocked.body.detail.includes(request.number), blocked.body.detail);

    assert.equal((await discard(request.id, request.version + 1)).status, 409, 'a stale version');
    const res = await discard(request.id, request.version);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual([res.body.status, res.body.can.discard, res.body.can.submit], ['discarded', false, false]);
    assert.equal(res.body.number, request.number, 'kept as history, with its number');
    assert.equal(await owedOf(order.id), 8_800);
    const audits = await ctx.db('audit_log').where({ entity: 'payment_request', entity_id: String(request.id), action: 'payment_request.discard' }).select('actor_id');
    assert.deepEqual(audits.map((a: { actor_id: number }) => a.actor_id), [clerk.userId]);

    // Discarded is final: neither submitted nor discarded again.
    assert.equal((await clerk.post(`/api/payment-requests/${request.id}/submit`).send({ version: res.body.version })).status, 409);
    assert.equal((await discard(request.id, res.body.version)).status, 409);
    const listed = (await clerk.get('/api/payment-requests?status=discarded&pageSize=200')).body.items.map((r: { id: number }) => r.id);
    assert.ok(listed.includes(request.id));

    const cancelled = await cancelOrder(order.id);
    assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));
    assert.equal(cancelled.body.status, 'cancelled');
  });

  it('lets no one but its maker discard it: another unit 404, the head 403, another clerk 403', async () => {
    const { request } = await draftFor(1_200);
    assert.equal((await discard(request.id, request.version, supply)).status, 404);
    assert.equal((await discard(request.id, request.version, officeHead)).status, 403);
    // Made by someone else (a clerk who has since moved on): this clerk reads it but cannot discard it.
    await ctx.db('payment_requests').where({ id: request.id }).update({ created_by: officeHead.userId });
    const detail = (await clerk.get(`/api/payment-requests/${request.id}`)).body;
    assert.deepEqual([detail.can.submit, detail.can.discard], [true, false]);
    const res = await discard(request.id, request.version);
    assert.equal(res.status, 403);
    assert.match(res.body.detail, /制单人|made this/);
  });

  it('refuses a request in approval; once returned, discarding it withdraws it from the maker’s 我提交的 with the reason on its timeline', async () => {
    const { order, request } = await draftFor(2_400);
    const submitted = (await clerk.post(`/api/payment-requests/${request.id}/submit`).send({ version: request.version })).body;
    assert.equal(submitted.status, 'submitted');
    const inApproval = await discard(request.id, submitted.version);
    assert.equal(inApproval.status, 409);
    assert.match(inApproval.body.detail, /审批中|Awaiting approval/);

    const approvalId = submitted.approval.requestId;
    const pending = (await officeHead.get(`/api/approvals/requests/${approvalId}`)).body;
    const returned = await officeHead.post(`/api/approvals/requests/${approvalId}/return`).send({ version: pending.version, comment: '请改为银行汇款' });
    assert.equal(returned.status, 200, JSON.stringify(returned.body));
    const back = (await clerk.get(`/api/payment-requests/${request.id}`)).body;
    assert.deepEqual([back.status, back.can.discard], ['returned', true]);

    const res = await discard(request.id, back.version);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.status, 'discarded');
    const approval = (await clerk.get(`/api/approvals/requests/${approvalId}`)).body;
    assert.equal(approval.status, 'withdrawn');
    assert.deepEqual(approval.timeline.at(-1).action, 'withdraw');
    assert.match(approval.timeline.at(-1).comment, /作废|discarded/);
    const mine = (await clerk.get('/api/approvals/submitted?pageSize=200')).body.items.find((r: { id: number }) => r.id === approvalId);
    assert.equal(mine.status, 'withdrawn');
    assert.equal(await owedOf(order.id), 2_400);
  });
});
