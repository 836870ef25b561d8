import type { Knex } from 'knex';

/**
 * What the purchase-invoices module publishes (three-way match, ledgers, the cap on payments):
 * per order, the invoiced total and what of it finance has confirmed receiving.
 * `.leftJoin(invoicedByOrderView(db).as('iv'), 'iv.order_id', 'o.id')`.
 */
export const invoicedByOrderView = (db: Knex) =>
  db('purchase_invoice_orders as io')
    .join('purchase_invoices as i', 'i.id', 'io.invoice_id')
    .leftJoin('invoice_handovers as h', 'h.id', 'i.handover_id')
    .groupBy('io.order_id')
    .select(
      'io.order_id',
      db.raw('sum(io.amount_fen)::bigint as invoiced_fen'),
      db.raw(`coalesce(sum(io.amount_fen) filter (where h.status = 'confirmed'), 0)::bigint as handed_over_fen`),
    );
