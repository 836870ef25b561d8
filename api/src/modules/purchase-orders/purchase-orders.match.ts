import type { Knex } from 'knex';
import { matchOrder } from '@portal/domain';
import type { OrderMatch } from '@portal/domain/contracts';
import * as repo from './purchase-orders.repo';

/**
 * The three-way match of one order: ordered and accepted from our own records, invoiced and paid
 * from the views the purchase-invoices and payment-requests modules publish (empty until they
 * record anything). One query; the rule itself is the domain's matchOrder.
 */
export async function readMatch(db: Knex, orderId: number): Promise<OrderMatch> {
  const f = (await repo.matchFigures(db, orderId))!;
  const figures = {
    totalFen: f.total_fen,
    acceptedFen: f.accepted_fen,
    refundFen: f.refund_fen,
    freightFen: f.freight_fen,
    discountFen: f.discount_fen,
    fullyDelivered: f.fully_delivered,
    invoicedFen: f.invoiced_fen,
    paidFen: f.paid_fen,
    cancelled: f.cancelled,
  };
  const m = matchOrder(figures);
  return {
    orderId,
    orderedFen: f.total_fen,
    acceptedFen: f.accepted_fen,
    refundFen: f.refund_fen,
    invoicedFen: f.invoiced_fen,
    paidFen: f.paid_fen,
    dueFen: m.dueFen,
    status: m.status,
    mismatches: m.mismatches,
    partial: m.partial,
  };
}
