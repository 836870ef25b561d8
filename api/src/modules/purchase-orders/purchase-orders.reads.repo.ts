import type { Knex } from 'knex';

/**
 * What the purchase-orders module publishes for other modules' queries (payment requests,
 * invoices, the ledgers and the three-way match, budgets): each order, each line with what was
 * delivered, and per order the money figures the others check against.
 */

/** `.join(ordersView(db).as('o'), 'o.id', 'x.order_id')`: an order as others may see it. */
export const ordersView = (db: Knex) =>
  db('purchase_orders').select(
    'id',
    'number',
    'unit_id',
    'plan_id',
    'platform',
    'platform_name',
    'shop',
    'supplier_id',
    'platform_order_no',
    'ordered_on',
    'goods_fen',
    'freight_fen',
    'discount_fen',
    'total_fen',
    'status',
    'created_at',
  );

/**
 * Each order line with ordered / received / accepted / rejected quantities summed over the
 * order's deliveries: `.from(orderLinesView(db).as('ol'))`.
 */
export const orderLinesView = (db: Knex) =>
  db('purchase_order_lines as l')
    .leftJoin(
      db('purchase_delivery_lines')
        .groupBy('order_line_id')
        .select(
          'order_line_id',
          db.raw('sum(received_qty) as received_qty'),
          db.raw('sum(accepted_qty) as accepted_qty'),
          db.raw('sum(rejected_qty) as rejected_qty'),
        )
        .as('d'),
      'd.order_line_id',
      'l.id',
    )
    .select(
      'l.id as order_line_id',
      'l.order_id',
      'l.line_no',
      'l.plan_line_id',
      'l.item_id',
      'l.quantity as ordered_qty',
      'l.unit_price_fen',
      'l.amount_fen',
      'l.lowest_price_fen',
      'l.price_reason',
      db.raw('coalesce(d.received_qty, 0) as received_qty'),
      db.raw('coalesce(d.accepted_qty, 0) as accepted_qty'),
      db.raw('coalesce(d.rejected_qty, 0) as rejected_qty'),
    );

/**
 * Per order: its total, the value of what was accepted (at the order's unit prices, rounded to
 * the fen per line), the refunds expected on returns, and whether every line is fully delivered.
 * `.join(orderFiguresView(db).as('of'), 'of.order_id', 'x.order_id')`.
 */
export const orderFiguresView = (db: Knex) =>
  db('purchase_orders as o')
    .leftJoin(
      orderLinesView(db)
        .as('ol'),
      'ol.order_id',
      'o.id',
    )
    .groupBy('o.id')
    .select(
      'o.id as order_id',
      'o.total_fen',
      db.raw('coalesce(sum(round(ol.accepted_qty * ol.unit_price_fen)), 0)::bigint as accepted_fen'),
      db.raw('coalesce(bool_and(ol.received_qty >= ol.ordered_qty), false) as fully_delivered'),
      db.raw('coalesce(bool_or(ol.received_qty > 0), false) as any_delivered'),
      db.raw(`(select coalesce(sum(r.refund_fen), 0) from purchase_returns r where r.order_id = o.id)::bigint as refund_fen`),
    );
