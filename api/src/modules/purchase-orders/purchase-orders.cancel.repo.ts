import type { Knex } from 'knex';
import type { PaymentRequestStatus } from '@portal/domain';
import { liveRequestsOfOrder } from '../payment-requests/payment-requests.reads.repo';
import { usersView } from '../users/users.reads.repo';

/** Cancelling an order (取消订单): what stands in its way, and the cancellation itself. */

export interface CancelFactsRow {
  deliveries: string[];
  requests: { number: string; status: PaymentRequestStatus }[];
}

/** The deliveries recorded for an order (their numbers) and the payment requests alive for it. */
export async function cancelFacts(db: Knex, orderId: number): Promise<CancelFactsRow> {
  const [deliveries, requests] = await Promise.all([
    db('purchase_deliveries').where({ order_id: orderId }).orderBy('id').pluck('number'),
    liveRequestsOfOrder(db, orderId),
  ]);
  return { deliveries, requests };
}

/** Marks the order cancelled if it is still at `version`; false when someone changed it since. */
export async function cancelOrder(trx: Knex, id: number, version: number, reason: string, userId: number | null): Promise<boolean> {
  const n = await trx('purchase_orders')
    .where({ id, version, status: 'open' })
    .update({
      status: 'cancelled',
      cancel_reason: reason,
      cancelled_by: userId,
      cancelled_at: trx.raw('CURRENT_TIMESTAMP'),
      version: trx.raw('version + 1'),
      updated_at: trx.raw('CURRENT_TIMESTAMP'),
    });
  return n === 1;
}

/** Voids the order's virtual contract, whatever its state; a confirmed one keeps who confirmed it and when. */
export async function voidVcOfOrder(trx: Knex, orderId: number): Promise<void> {
  await trx('virtual_contracts')
    .where({ order_id: orderId })
    .whereNot('status', 'cancelled')
    .update({ status: 'cancelled', version: trx.raw('version + 1'), updated_at: trx.raw('CURRENT_TIMESTAMP') });
}

/** Who cancelled an order, when and why (null while open). */
export async function cancellationOf(db: Knex, orderId: number): Promise<{ reason: string; by: number | null; by_name: string | null; at: Date } | null> {
  const row = await db('purchase_orders as o')
    .leftJoin(usersView(db).as('cu'), 'cu.id', 'o.cancelled_by')
    .where('o.id', orderId)
    .whereNotNull('o.cancelled_at')
    .first('o.cancel_reason as reason', 'o.cancelled_by as by', 'cu.display_name as by_name', 'o.cancelled_at as at');
  return row ?? null;
}
