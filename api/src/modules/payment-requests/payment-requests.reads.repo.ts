import type { Knex } from 'knex';

/**
 * What the payment-requests module publishes (three-way match, ledgers, the orders' "still owed"):
 * per order, what is requested in live requests and what the register says was paid (net of reversals).
 * `.leftJoin(paidByOrderView(db).as('pd'), 'pd.order_id', 'o.id')`.
 */
export const paidByOrderView = (db: Knex) =>
  db('payment_request_orders as ro')
    .join('payment_requests as r', 'r.id', 'ro.request_id')
    .leftJoin(db('payments').groupBy('request_id').select('request_id', db.raw('sum(amount_fen) as net_paid_fen'), db.raw(`bool_or(kind = 'reversal') as reversed`)).as('p'), 'p.request_id', 'r.id')
    .groupBy('ro.order_id')
    .select(
      'ro.order_id',
      // Live requests ask for their share: not a rejected one, nor one whose payment was reversed (the order owes it again).
      db.raw(`coalesce(sum(ro.amount_fen) filter (where r.status not in ('rejected') and coalesce(p.reversed, false) = false), 0)::bigint as requested_fen`),
      // A request is paid whole: its share of each order counts when its register rows net above zero.
      db.raw(`coalesce(sum(ro.amount_fen) filter (where coalesce(p.net_paid_fen, 0) > 0), 0)::bigint as paid_fen`),
    );
