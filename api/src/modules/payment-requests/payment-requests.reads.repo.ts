import type { Knex } from 'knex';
import { PAYMENT_REQUEST_RELEASED_STATUSES } from '@portal/domain';

/**
 * The one rule of whether a request still asks for its orders' money, for the payment_requests row
 * aliased `r`: not when rejected or discarded (PAYMENT_REQUEST_RELEASED_STATUSES), nor when its
 * payment was reversed (the money never left, so the orders owe it again). Every view below and the
 * owed list use it, so the ledgers, the match, the owed amounts and cancellation never disagree.
 */
export const asksOfOrders = (db: Knex, r: string) =>
  db.raw(
    `(??.status not in (${PAYMENT_REQUEST_RELEASED_STATUSES.map(() => '?').join(', ')}) and not exists (select 1 from payments rv where rv.request_id = ??.id and rv.kind = 'reversal'))`,
    [r, ...PAYMENT_REQUEST_RELEASED_STATUSES, r],
  );

/**
 * What the payment-requests module publishes (three-way match, ledgers, the orders' "still owed"):
 * per order, what is requested in live requests and what the register says was paid (net of reversals).
 * `.leftJoin(paidByOrderView(db).as('pd'), 'pd.order_id', 'o.id')`.
 */
export const paidByOrderView = (db: Knex) =>
  db('payment_request_orders as ro')
    .join('payment_requests as r', 'r.id', 'ro.request_id')
    .leftJoin(db('payments').groupBy('request_id').select('request_id', db.raw('sum(amount_fen) as net_paid_fen')).as('p'), 'p.request_id', 'r.id')
    .groupBy('ro.order_id')
    .select(
      'ro.order_id',
      db.raw('coalesce(sum(ro.amount_fen) filter (where ?), 0)::bigint as requested_fen', [asksOfOrders(db, 'r')]),
      // A request is paid whole: its share of each order counts when its register rows net above zero.
      db.raw(`coalesce(sum(ro.amount_fen) filter (where coalesce(p.net_paid_fen, 0) > 0), 0)::bigint as paid_fen`),
    );

/**
 * One order's requested and paid figures, for that order alone (the ledgers' pages, the match
 * of one order): `.joinRaw('cross join lateral (?) as pd', [paidOfOrder(db, 'o.id')])`.
 * The same rules as paidByOrderView: a request counts as paid whole once its register rows net above zero.
 */
export const paidOfOrder = (db: Knex, orderIdColumn: string) =>
  db('payment_request_orders as pro')
    .join('payment_requests as prq', 'prq.id', 'pro.request_id')
    .joinRaw('cross join lateral (select coalesce(sum(pp.amount_fen), 0) as net_paid_fen from payments pp where pp.request_id = prq.id) as ppn')
    .whereRaw('pro.order_id = ??', [orderIdColumn])
    .select(
      db.raw('coalesce(sum(pro.amount_fen) filter (where ?), 0)::bigint as requested_fen', [asksOfOrders(db, 'prq')]),
      db.raw('coalesce(sum(pro.amount_fen) filter (where ppn.net_paid_fen > 0), 0)::bigint as paid_fen'),
    );

/**
 * 付款登记台账 as others may read it: every payment and reversal row with its request's unit,
 * supplier and payee. `.from(paymentRegisterView(db).as('pr'))`.
 */
export const paymentRegisterView = (db: Knex) =>
  db('payments as p')
    .join('payment_requests as r', 'r.id', 'p.request_id')
    .select(
      'p.id',
      'p.number',
      'p.kind',
      'p.amount_fen',
      'p.paid_on',
      'p.paying_account',
      'p.bank_ref',
      'p.reverses_id',
      'p.reason',
      'p.recorded_by',
      'p.recorded_at',
      'r.id as request_id',
      'r.number as request_number',
      'r.unit_id',
      'r.supplier_id',
      'r.payee',
      'r.method',
      'r.bank',
      'r.account',
      'r.prepayment',
    );

/** Which orders each request pays, and how much of it: `.join(requestOrdersView(db).as('ro'), 'ro.request_id', 'x.request_id')`. */
export const requestOrdersView = (db: Knex) => db('payment_request_orders').select('request_id', 'order_id', 'amount_fen');

/** What was paid of each of a set of orders (the ids a subquery gives), by paidOfOrder's rule, set-wise for totals over many orders. */
export const paidOfOrders = (db: Knex, orderIds: () => Knex.QueryBuilder) =>
  db('payment_request_orders as spo')
    .join('payment_requests as spr', 'spr.id', 'spo.request_id')
    .join(
      db('payments as sp')
        .whereIn('sp.request_id', db('payment_request_orders as spo2').whereIn('spo2.order_id', orderIds()).select('spo2.request_id'))
        .groupBy('sp.request_id')
        .select('sp.request_id', db.raw('sum(sp.amount_fen) as net_paid_fen'))
        .as('spn'),
      'spn.request_id',
      'spr.id',
    )
    .whereIn('spo.order_id', orderIds())
    .where('spn.net_paid_fen', '>', 0)
    .groupBy('spo.order_id')
    .select('spo.order_id', db.raw('sum(spo.amount_fen)::bigint as paid_fen'));

/**
 * The payment requests still asking for one order's money (asksOfOrders), with their numbers and
 * states: an order with one cannot be cancelled.
 */
export const liveRequestsOfOrder = (db: Knex, orderId: number) =>
  db('payment_request_orders as lro')
    .join('payment_requests as lr', 'lr.id', 'lro.request_id')
    .where('lro.order_id', orderId)
    .where(asksOfOrders(db, 'lr'))
    .orderBy('lr.id')
    .select('lr.number', 'lr.status');

