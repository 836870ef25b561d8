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

/**
 * One order's invoiced figures, for that order alone (the ledgers' pages, the match of one
 * order): `.joinRaw('cross join lateral (?) as iv', [invoicedOfOrder(db, 'o.id')])`.
 */
export const invoicedOfOrder = (db: Knex, orderIdColumn: string) =>
  db('purchase_invoice_orders as pio')
    .join('purchase_invoices as pi', 'pi.id', 'pio.invoice_id')
    .leftJoin('invoice_handovers as ph', 'ph.id', 'pi.handover_id')
    .whereRaw('pio.order_id = ??', [orderIdColumn])
    .select(
      db.raw('coalesce(sum(pio.amount_fen), 0)::bigint as invoiced_fen'),
      db.raw(`coalesce(sum(pio.amount_fen) filter (where ph.status = 'confirmed'), 0)::bigint as handed_over_fen`),
    );

/**
 * 发票交接登记 as others may read it: each invoice with its sign-off and the handover batch it
 * went to finance in (null until handed over). `.from(invoiceRegisterView(db).as('iv'))`.
 */
export const invoiceRegisterView = (db: Knex) =>
  db('purchase_invoices as i')
    .leftJoin('invoice_handovers as h', 'h.id', 'i.handover_id')
    .select(
      'i.id',
      'i.unit_id',
      'i.kind',
      'i.code',
      'i.invoice_no',
      'i.issued_on',
      'i.seller_name',
      'i.seller_tax_id',
      'i.amount_fen',
      'i.tax_rate_bp',
      'i.tax_fen',
      'i.total_fen',
      'i.signed_by',
      'i.signed_at',
      'i.handover_id',
      'h.number as handover_number',
      'h.status as handover_status',
      'h.created_by as handed_over_by',
      'h.created_at as handed_over_at',
      'h.confirmed_by',
      'h.confirmed_at',
    );

/** Which orders each invoice covers, and how much of it: `.join(invoiceOrdersView(db).as('io'), 'io.invoice_id', 'x.id')`. */
export const invoiceOrdersView = (db: Knex) => db('purchase_invoice_orders').select('invoice_id', 'order_id', 'amount_fen');

/** The invoiced total of each of a set of orders (the ids a subquery gives), summed set-wise for totals over many orders. */
export const invoicedOfOrders = (db: Knex, orderIds: () => Knex.QueryBuilder) =>
  db('purchase_invoice_orders as sio')
    .whereIn('sio.order_id', orderIds())
    .groupBy('sio.order_id')
    .select('sio.order_id', db.raw('sum(sio.amount_fen)::bigint as invoiced_fen'));
