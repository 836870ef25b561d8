import type { Knex } from 'knex';
import { lineAmountFen, reviewProblem } from '@portal/domain';
import type { PurchaseOrder } from '@portal/domain/contracts';
import { Conflict, Forbidden, NotFound } from '../../http/errors';
import type { Lang } from '../../http/lang';
import type { Actor } from '../../http/route';
import type { SessionUser } from '../../http/session';
import { audit } from '../audit/audit.service';
import { nextNumber } from '../numbering/numbering.service';
import * as repo from './purchase-orders.repo';
import { heads, ORDER_DOCUMENT, readOrder, visibleOrder } from './purchase-orders.service';

/**
 * Issue 15 item 7: a signed e-contract becomes an order of its buying unit with its supplier, and
 * goes through the same acceptance (到货验收, stock receipt) and settlement (payment request,
 * invoices, three-way match) as the online orders. It has no plan (bought outside the monthly
 * plan, so budgets and plan fulfilment leave it out) and no virtual contract: the signed
 * e-contract is its contract.
 */

export interface ContractForOrder {
  contractId: number;
  /** The e-contract's number: the order's "platform order number" wherever the ledgers show one. */
  number: string;
  title: string;
  unitId: number;
  supplierId: number;
  /** The day the second signature made it 已签订. */
  signedOn: string;
  /** The agreed version's lines: a catalogue item where the negotiation named one, else free text. */
  lines: readonly { itemId: number | null; name: string; spec: string; uom: string; quantity: number; unitPriceFen: number }[];
}

/**
 * Writes the order of a contract just signed, inside the signing transaction (a failure here
 * leaves the contract unsigned). At most one order per contract: a second call returns the first
 * order's id, and the unique contract_id is the backstop.
 */
export async function createContractOrder(trx: Knex.Transaction, actor: Actor, c: ContractForOrder): Promise<number> {
  const existing = await repo.orderOfContract(trx, c.contractId);
  if (existing) return existing.id;
  const period = c.signedOn.slice(0, 7);
  const seq = await nextNumber(trx, { type: ORDER_DOCUMENT, unitId: c.unitId, period });
  const unitCode = (await repo.unitCodes(trx, [c.unitId]))[0].code;
  const number = `PO-${unitCode}-${period.replace('-', '')}-${String(seq).padStart(4, '0')}`;
  const lines = c.lines.map((l, i) => ({
    line_no: i + 1,
    plan_line_id: null,
    item_id: l.itemId,
    // The contract's own words stay on the line even where an item is named: it is what was signed.
    description: l.name,
    spec: l.spec,
    uom: l.uom,
    quantity: l.quantity,
    unit_price_fen: l.unitPriceFen,
    amount_fen: lineAmountFen(l.quantity, l.unitPriceFen),
    lowest_price_fen: null,
    price_reason: null,
  }));
  const goodsFen = lines.reduce((s, l) => s + l.amount_fen, 0);
  const orderId = await repo.insertOrder(trx, {
    number,
    unit_id: c.unitId,
    source: 'contract',
    contract_id: c.contractId,
    plan_id: null,
    platform: null,
    platform_name: null,
    shop: '',
    supplier_id: c.supplierId,
    platform_order_no: c.number,
    ordered_on: c.signedOn,
    goods_fen: goodsFen,
    freight_fen: 0,
    discount_fen: 0,
    total_fen: goodsFen,
    note: c.title,
    created_by: actor.userId ?? null,
  });
  await repo.insertOrderLines(trx, lines.map((l) => ({ ...l, order_id: orderId })));
  await audit(trx, actor, { action: 'purchase_order.from_contract', entity: 'purchase_order', entityId: orderId, after: { number, contractId: c.contractId, contract: c.number, goodsFen } });
  return orderId;
}

/** The order a signed e-contract became (null before it is signed). */
export async function orderIdOfContract(db: Knex, contractId: number): Promise<number | null> {
  return (await repo.orderOfContract(db, contractId))?.id ?? null;
}

/**
 * 审核: the buying unit's head reviews a contract order's delivery after it was received,
 * inspected and put into stock (受理 → 确认 → 入库), and only then may the accepted goods be
 * settled. Once per delivery, and never by the person who recorded it.
 */
export async function reviewDelivery(db: Knex, actor: Actor, viewer: SessionUser, lang: Lang, orderId: number, deliveryId: number): Promise<PurchaseOrder> {
  await db.transaction(async (trx) => {
    const order = await visibleOrder(trx, viewer, orderId, { lock: true });
    if (!(await heads(trx, viewer, order.unit_id))) throw new Forbidden('purchaseOrders.headReviews');
    const d = await repo.findDelivery(trx, orderId, deliveryId);
    if (!d) throw new NotFound();
    const problem = reviewProblem({ source: order.source, reviewedAt: d.reviewed_at, recordedBy: d.recorded_by, orderCancelled: order.status === 'cancelled' }, viewer.id);
    if (problem === 'ownDelivery') throw new Forbidden('purchaseOrders.reviewOwnDelivery', { number: d.number });
    if (problem === 'notContract') throw new Conflict('purchaseOrders.reviewNotNeeded', { number: d.number });
    if (problem === 'alreadyReviewed') throw new Conflict('purchaseOrders.alreadyReviewed', { number: d.number });
    if (problem === 'orderCancelled') throw new Conflict('purchaseOrders.orderCancelled', { number: order.number });
    if (!(await repo.setReviewed(trx, deliveryId, viewer.id))) throw new Conflict('purchaseOrders.alreadyReviewed', { number: d.number });
    await audit(trx, actor, { action: 'purchase_delivery.review', entity: 'purchase_delivery', entityId: deliveryId, after: { number: d.number, orderId } });
  });
  return readOrder(db, viewer, lang, orderId);
}

/** How many contract-order deliveries in the viewer's units await review: the head's workbench card. */
export async function countAwaitingReview(db: Knex, unitIds: readonly number[] | null): Promise<number> {
  return repo.countAwaitingReview(db, unitIds);
}
