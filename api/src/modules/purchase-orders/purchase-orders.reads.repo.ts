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
    // 'mall' or 'contract'; a contract order has no plan or platform, and its platform_order_no is the contract's number.
    'source',
    'contract_id',
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
      'l.description',
      'l.spec',
      'l.uom',
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
 * Per order: its total, the value of what was accepted (reviewed_fen: of reviewed deliveries, and
 * unreviewed: the numbers of those not yet reviewed, both for contract orders) (at the order's unit prices, rounded to
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
      // A contract order is settled only for goods its unit's head has reviewed (审核): their value per
      // line (rounded as accepted_fen is), and the numbers of its deliveries still awaiting review.
      db.raw(
        `(select coalesce(sum(round(rv.qty * rv.price)), 0) from (
            select sum(rdl.accepted_qty) as qty, min(rl.unit_price_fen) as price
              from purchase_delivery_lines rdl
              join purchase_deliveries rd on rd.id = rdl.delivery_id
              join purchase_order_lines rl on rl.id = rdl.order_line_id
             where rd.order_id = o.id and rd.reviewed_at is not null
             group by rl.id) rv)::bigint as reviewed_fen`,
      ),
      db.raw(`(select string_agg(ad.number, ',' order by ad.id) from purchase_deliveries ad where ad.order_id = o.id and ad.reviewed_at is null) as unreviewed`),
    );

/**
 * One order's figures, computed for that order alone: for reads that go row by row over a few
 * orders out of very many (the ledgers' pages, the match of one order), where the grouped views
 * above would sum every delivery first. Joined laterally, correlated on the caller's order id:
 * `.joinRaw('cross join lateral (?) as f', [orderFiguresOf(db, 'o.id')])`.
 * Columns: accepted_fen, refund_fen, fully_delivered, any_delivered, lines, above_lowest_lines,
 * price_reasons (the clerk's reasons for prices above the lowest, '；'-joined in line order).
 */
export const orderFiguresOf = (db: Knex, orderIdColumn: string) =>
  db('purchase_order_lines as fl')
    .joinRaw(
      `cross join lateral (select coalesce(sum(fd.received_qty), 0) as received_qty, coalesce(sum(fd.accepted_qty), 0) as accepted_qty
         from purchase_delivery_lines fd where fd.order_line_id = fl.id) as fdl`,
    )
    .whereRaw('fl.order_id = ??', [orderIdColumn])
    .select(
      db.raw('coalesce(sum(round(fdl.accepted_qty * fl.unit_price_fen)), 0)::bigint as accepted_fen'),
      db.raw('(select coalesce(sum(fr.refund_fen), 0) from purchase_returns fr where fr.order_id = ??)::bigint as refund_fen', [orderIdColumn]),
      db.raw('coalesce(bool_and(fdl.received_qty >= fl.quantity), false) as fully_delivered'),
      db.raw('coalesce(bool_or(fdl.received_qty > 0), false) as any_delivered'),
      db.raw('count(*)::int as lines'),
      db.raw('(count(*) filter (where fl.price_reason is not null))::int as above_lowest_lines'),
      db.raw(`string_agg(fl.price_reason, '；' order by fl.line_no) as price_reasons`),
    );

/** Each order's virtual contract (at most one): `.leftJoin(virtualContractsView(db).as('vc'), 'vc.order_id', 'o.id')`. */
export const virtualContractsView = (db: Knex) =>
  db('virtual_contracts').select('id', 'number', 'order_id', 'status', 'confirmed_by', 'confirmed_at', 'created_by', 'created_at', 'updated_at');

/**
 * Each order line with its item, for the month's spend by category and department:
 * `.from(orderLineAmountsView(db).as('la'))`. Amounts are the lines' goods (freight and the
 * platform's discount are the order's, not an item's).
 */
export const orderLineAmountsView = (db: Knex) =>
  db('purchase_order_lines').select('id as order_line_id', 'order_id', 'plan_line_id', 'item_id', 'quantity', 'amount_fen');

/**
 * The value accepted of each of a set of orders (the ids a subquery gives), summed set-wise: for
 * totals over many orders at once, where orderFiguresOf row by row would be slow.
 * `.leftJoin(acceptedOfOrders(db, () => ids).as('fa'), 'fa.order_id', 'o.id')`.
 */
export const acceptedOfOrders = (db: Knex, orderIds: () => Knex.QueryBuilder) =>
  db('purchase_order_lines as al')
    .join(
      db('purchase_delivery_lines as ad')
        .join('purchase_order_lines as al2', 'al2.id', 'ad.order_line_id')
        .whereIn('al2.order_id', orderIds())
        .groupBy('ad.order_line_id')
        .select('ad.order_line_id', db.raw('sum(ad.accepted_qty) as accepted_qty'))
        .as('ad'),
      'ad.order_line_id',
      'al.id',
    )
    .whereIn('al.order_id', orderIds())
    .groupBy('al.order_id')
    .select('al.order_id', db.raw('sum(round(ad.accepted_qty * al.unit_price_fen))::bigint as accepted_fen'));

/**
 * Holds orders open while another module writes something against them (a payment request, an
 * invoice): the order rows are locked FOR SHARE until that transaction ends, so a cancellation
 * (which locks its order FOR UPDATE) either waits for it and then sees what it wrote, or commits
 * first and the writer, reading the orders after this, finds them cancelled. Ascending ids: two
 * writers never deadlock.
 */
export async function holdOrders(trx: Knex, orderIds: readonly number[]): Promise<void> {
  const ids = [...new Set(orderIds)].sort((a, b) => a - b);
  if (ids.length) await trx('purchase_orders').whereIn('id', ids).orderBy('id').forShare().select('id');
}

/**
 * Per plan line, what the open orders (a cancelled one takes nothing) placed against it: the
 * quantity and goods ordered, what arrived and was accepted, and the refunds expected on the
 * goods rejected — for the budget's "spent" and each requester's line status. `planLineIds`
 * narrows it to the plan lines a subquery gives (by the plan_line_id and order_line_id indexes).
 * `.join(orderedByPlanLineView(db, () => ids).as('ob'), 'ob.plan_line_id', 'x.plan_line_id')`.
 */
export const orderedByPlanLineView = (db: Knex, planLineIds: () => Knex.QueryBuilder) =>
  db('purchase_order_lines as bl')
    .join('purchase_orders as bo', 'bo.id', 'bl.order_id')
    .leftJoin(
      db('purchase_delivery_lines as bd')
        .leftJoin('purchase_returns as br', 'br.delivery_line_id', 'bd.id')
        .whereIn('bd.order_line_id', db('purchase_order_lines as bl2').whereIn('bl2.plan_line_id', planLineIds()).select('bl2.id'))
        .groupBy('bd.order_line_id')
        .select(
          'bd.order_line_id',
          db.raw('sum(bd.accepted_qty) as accepted_qty'),
          db.raw('coalesce(sum(br.refund_fen), 0) as refund_fen'),
        )
        .as('bdl'),
      'bdl.order_line_id',
      'bl.id',
    )
    .where('bo.status', 'open')
    .whereIn('bl.plan_line_id', planLineIds())
    .groupBy('bl.plan_line_id')
    .select(
      'bl.plan_line_id',
      db.raw('sum(bl.quantity) as ordered_qty'),
      db.raw('sum(bl.amount_fen)::bigint as ordered_fen'),
      db.raw('coalesce(sum(bdl.accepted_qty), 0) as accepted_qty'),
      db.raw('coalesce(sum(bdl.refund_fen), 0)::bigint as refund_fen'),
    );
