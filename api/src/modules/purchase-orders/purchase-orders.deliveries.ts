import type { Knex } from 'knex';
import { deliveryLineProblem, MAX_QUANTITY, quantityProblem, refundFen } from '@portal/domain';
import type { PurchaseOrder } from '@portal/domain/contracts';
import { Invalid } from '../../http/errors';
import type { Lang } from '../../http/lang';
import type { Actor } from '../../http/route';
import type { SessionUser } from '../../http/session';
import { audit } from '../audit/audit.service';
import { nextNumber } from '../numbering/numbering.service';
import { postReceipt } from '../stock/stock.service';
import * as repo from './purchase-orders.repo';
import type { DeliveryInput } from './purchase-orders.schema';
import { openOrder, readOrder, today, unprocessable } from './purchase-orders.service';

const DELIVERY_DOCUMENT = 'purchase_delivery';
const fmt = (n: number) => String(Math.round(n * 1000) / 1000);

/**
 * 到货验收: one delivery of an order. The order row is locked first, so two deliveries of the same
 * order queue and the second sees what the first brought; all deliveries together bring no more
 * than was ordered. Accepted goods go into the buying unit's store (入库) and rejected goods get a
 * return (退货) with the refund expected, all in this one transaction: a failure leaves none of it.
 */
export async function recordDelivery(db: Knex, actor: Actor, viewer: SessionUser, lang: Lang, orderId: number, input: DeliveryInput): Promise<PurchaseOrder> {
  await db.transaction(async (trx) => {
    const order = await openOrder(trx, viewer, orderId);
    if (input.receivedOn > today()) throw Invalid.field('receivedOn', 'purchaseOrders.inFuture', { today: today() });
    if (input.receivedOn < order.ordered_on) throw Invalid.field('receivedOn', 'purchaseOrders.beforeOrder', { orderedOn: order.ordered_on });
    const lines = new Map((await repo.orderLines(trx, orderId)).map((l) => [l.id, l]));
    const seen = new Set<number>();
    for (const [i, l] of input.lines.entries()) {
      const ol = lines.get(l.orderLineId);
      if (!ol || seen.has(l.orderLineId)) throw Invalid.field(`lines.${i}.orderLineId`, 'purchaseOrders.notOrderLine');
      seen.add(l.orderLineId);
      for (const field of ['received', 'accepted', 'rejected'] as const) {
        const qp = quantityProblem(ol.uom, l[field], { allowZero: field !== 'received' });
        if (qp) throw Invalid.field(`lines.${i}.${field}`, `stock.${qp === 'notPositive' && field !== 'received' ? 'notNegative' : qp}`, { uom: ol.uom, max: MAX_QUANTITY });
      }
      const problem = deliveryLineProblem(ol.quantity, ol.received, l);
      if (problem === 'overDelivered') {
        throw unprocessable(`lines.${i}.received`, 'purchaseOrders.overDelivered', {
          name: ol.name,
          uom: ol.uom,
          ordered: fmt(ol.quantity),
          before: fmt(ol.received),
          left: fmt(Math.max(0, ol.quantity - ol.received)),
        });
      }
      if (problem === 'sumMismatch') throw Invalid.field(`lines.${i}.received`, 'purchaseOrders.sumMismatch');
      if (problem === 'reasonRequired') throw Invalid.field(`lines.${i}.rejectionReason`, 'purchaseOrders.rejectReasonRequired');
      if (problem === 'notReceived') throw Invalid.field(`lines.${i}.received`, 'purchaseOrders.notReceived');
    }

    const seq = await nextNumber(trx as Knex.Transaction, { type: DELIVERY_DOCUMENT, unitId: order.unit_id, period: input.receivedOn.slice(0, 7) });
    const number = `GR-${order.unit_code}-${input.receivedOn.slice(0, 7).replace('-', '')}-${String(seq).padStart(4, '0')}`;
    const deliveryId = await repo.insertDelivery(trx, {
      number,
      order_id: orderId,
      received_on: input.receivedOn,
      receiver: input.receiver,
      note: input.note,
      recorded_by: viewer.id,
    });
    for (const l of input.lines) {
      const ol = lines.get(l.orderLineId)!;
      const lineId = await repo.insertDeliveryLine(trx, {
        delivery_id: deliveryId,
        order_line_id: l.orderLineId,
        received_qty: l.received,
        accepted_qty: l.accepted,
        rejected_qty: l.rejected,
        rejection_reason: l.rejected > 0 ? l.rejectionReason : null,
      });
      // A contract's free-text line names no catalogue item, and a contract may name an item another
      // buying unit keeps: such goods are accepted (and paid for) but there is no item of this
      // unit's store to receive them into, so nothing is posted to stock. A mall order's lines come
      // from the unit's own plan, so they always are.
      if (l.accepted > 0 && ol.item_id !== null && (order.source === 'mall' || ol.kept)) {
        await postReceipt(trx, {
          unitId: order.unit_id,
          itemId: ol.item_id,
          quantity: l.accepted,
          sourceType: DELIVERY_DOCUMENT,
          sourceId: deliveryId,
          movedOn: input.receivedOn,
          userId: viewer.id,
        });
      }
      if (l.rejected > 0) {
        await repo.insertReturn(trx, { delivery_line_id: lineId, order_id: orderId, quantity: l.rejected, refund_fen: refundFen(l.rejected, ol.unit_price_fen) });
      }
    }
    await audit(trx, actor, { action: 'purchase_delivery.create', entity: 'purchase_delivery', entityId: deliveryId, after: { number, orderId, ...input } });
  });
  return readOrder(db, viewer, lang, orderId);
}
