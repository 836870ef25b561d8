import type { Knex } from 'knex';
import type { VcStatus } from '@portal/domain';
import { paidOfOrder, paidOfOrders } from '../payment-requests/payment-requests.reads.repo';
import { invoicedOfOrder, invoicedOfOrders } from '../purchase-invoices/purchase-invoices.reads.repo';
import { acceptedOfOrders, orderFiguresOf, ordersView, virtualContractsView } from '../purchase-orders/purchase-orders.reads.repo';
import { suppliersView } from '../suppliers/suppliers.reads.repo';
import { unitsView } from '../units/units.reads.repo';
import { windowed, sub, unitFilters, dateFilter, search, LedgerFilter, LedgerQueries, monthOf } from './purchase-ledgers.query.repo';

/** 网络采购电子台帐: every order with its lifecycle and three-way match, as one query over published views. */

/* ---------- 网络采购电子台帐: orders with their three-way match ---------- */

/** The SQL of each figure the three-way match takes (domain MatchFigures), as columns of a row. */
export interface MatchColumns {
  total: string;
  freight: string;
  discount: string;
  accepted: string;
  refund: string;
  fully: string;
  invoiced: string;
  paid: string;
  cancelled: string;
}

/** The figures of ordersWithFigures' rows. */
const LEDGER_MATCH_COLUMNS: MatchColumns = {
  total: 'o.total_fen',
  freight: 'o.freight_fen',
  discount: 'o.discount_fen',
  accepted: 'f.accepted_fen',
  refund: 'f.refund_fen',
  fully: 'f.fully_delivered',
  invoiced: 'iv.invoiced_fen',
  paid: 'pd.paid_fen',
  cancelled: "(o.status = 'cancelled')",
};

/**
 * The domain's matchOrder status (domain/src/purchasing-match.ts) as a SQL expression, for the one
 * place the ledger must know it inside the query: filtering by status (and the mismatch list). The
 * rows shown take their status from matchOrder itself; this follows it test by test, and
 * purchase-ledgers.match.test.ts runs every case of a grid through both and demands equal answers.
 */
export function matchStatusSql(c: MatchColumns = LEDGER_MATCH_COLUMNS): string {
  const worth = `(${c.total} - ${c.refund})`;
  const due = `greatest(0, ${c.accepted} + case when ${c.fully} then ${c.freight} - ${c.discount} else 0 end)`;
  return `case when ${c.cancelled} then 'cancelled'
  when ${c.invoiced} > ${worth} or ${c.paid} > ${worth} or (${c.fully} and ${c.accepted} = 0 and ${c.paid} > 0) then 'mismatch'
  when ${c.accepted} = 0 and not ${c.fully} then 'awaiting_goods'
  when ${c.invoiced} < ${due} then 'awaiting_invoice'
  when ${c.paid} < ${due} then 'awaiting_payment'
  else 'complete' end`;
}

function ordersBase(db: Knex, f: Omit<LedgerFilter, 'status'>): Knex.QueryBuilder {
  const qb = db.from(ordersView(db).as('o'));
  unitFilters(qb, 'o.unit_id', f);
  dateFilter(qb, 'o.ordered_on', f);
  if (f.platform) qb.where('o.platform', f.platform);
  if (f.supplierId !== undefined) qb.where('o.supplier_id', f.supplierId);
  if (f.orderId !== undefined) qb.where('o.id', f.orderId);
  search(db, qb, f.q, ['o.number', 'o.platform_order_no', 'o.shop']);
  return qb;
}

export interface OrderLedgerDbRow {
  id: number;
  number: string;
  unit_id: number;
  unit_zh: string;
  unit_en: string;
  platform: string | null;
  platform_name: string | null;
  shop: string;
  supplier_id: number;
  supplier_name: string;
  contract_id: number | null;
  platform_order_no: string;
  ordered_on: string;
  ledger_date: string;
  status: 'open' | 'cancelled';
  total_fen: number;
  freight_fen: number;
  discount_fen: number;
  amount_fen: number;
  refund_fen: number;
  accepted_fen: number;
  invoiced_fen: number;
  paid_fen: number;
  requested_fen: number;
  fully_delivered: boolean;
  any_delivered: boolean;
  above_lowest_lines: number;
  price_reasons: string | null;
  vc_number: string | null;
  vc_status: VcStatus | null;
  /** The status as the SQL filter computes it; rows shown take theirs from the domain's matchOrder. */
  match: string;
}

/** Each order of the base with its figures, computed for those orders alone (lateral, by index). */
function ordersWithFigures(db: Knex, base: Knex.QueryBuilder): Knex.QueryBuilder {
  return base
    .joinRaw('cross join lateral ? as f', [sub(orderFiguresOf(db, 'o.id'))])
    .joinRaw('cross join lateral ? as iv', [sub(invoicedOfOrder(db, 'o.id'))])
    .joinRaw('cross join lateral ? as pd', [sub(paidOfOrder(db, 'o.id'))])
    .leftJoin(virtualContractsView(db).as('vc'), 'vc.order_id', 'o.id')
    .join(unitsView(db).as('un'), 'un.id', 'o.unit_id')
    .join(suppliersView(db).as('s'), 's.id', 'o.supplier_id')
    .select(
      'o.id',
      'o.number',
      'o.unit_id',
      'un.name_zh as unit_zh',
      'un.name_en as unit_en',
      'o.platform',
      'o.platform_name',
      'o.shop',
      'o.supplier_id',
      's.shop_name as supplier_name',
      'o.platform_order_no',
      'o.contract_id',
      'o.ordered_on',
      'o.ordered_on as ledger_date',
      'o.status',
      'o.total_fen',
      'o.freight_fen',
      'o.discount_fen',
      'o.total_fen as amount_fen',
      'f.refund_fen',
      'f.accepted_fen',
      'iv.invoiced_fen',
      'pd.paid_fen',
      'pd.requested_fen',
      'f.fully_delivered',
      'f.any_delivered',
      'f.above_lowest_lines',
      'f.price_reasons',
      'vc.number as vc_number',
      'vc.status as vc_status',
      db.raw(`${matchStatusSql()} as match`),
    );
}


export const ordersLedger: LedgerQueries = {
  rows(db, f, w) {
    if (f.status) {
      // The status is the match, known only once each order's figures are: every filtered order is computed.
      const all = db.from(ordersWithFigures(db, ordersBase(db, f)).as('x')).select('x.*').where('x.match', f.status);
      return windowed(db.from(all.as('r')).select('r.*'), 'r.ledger_date', 'r.id', w);
    }
    // Otherwise the window is taken of the orders first, and only its rows get their figures.
    const page = windowed(ordersBase(db, f).select('o.*'), 'o.ordered_on', 'o.id', w);
    return windowed(db.from(ordersWithFigures(db, db.from(page.as('o'))).as('r')).select('r.*'), 'r.ledger_date', 'r.id');
  },
  base(db, f) {
    return f.status ? db.from(ordersWithFigures(db, ordersBase(db, f)).as('x')).select('x.*').where('x.match', f.status) : ordersBase(db, f);
  },
  date: 'ordered_on',
  amount: 'total_fen',
  // A cancelled order is listed (with its status) but commits no money: the amounts leave it out.
  totals(db, f) {
    if (f.status) {
      const x = ordersLedger.base(db, f).as('x');
      return db
        .from(x)
        .select(
          db.raw(`${monthOf('x.ordered_on')} as month`),
          db.raw('count(*)::int as count'),
          db.raw(`coalesce(sum(x.total_fen) filter (where x.status <> 'cancelled'), 0)::bigint as amount_fen`),
          db.raw('coalesce(sum(x.accepted_fen), 0)::bigint as accepted_fen'),
          db.raw('coalesce(sum(x.invoiced_fen), 0)::bigint as invoiced_fen'),
          db.raw('coalesce(sum(x.paid_fen), 0)::bigint as paid_fen'),
        )
        .groupByRaw('1')
        .orderBy('month', 'desc');
    }
    // Set-wise over the filtered orders: a month of a unit is thousands of orders, too many to compute one by one.
    const ids = () => ordersBase(db, f).select('o.id');
    return ordersBase(db, f)
      .leftJoin(acceptedOfOrders(db, ids).as('fa'), 'fa.order_id', 'o.id')
      .leftJoin(invoicedOfOrders(db, ids).as('fi'), 'fi.order_id', 'o.id')
      .leftJoin(paidOfOrders(db, ids).as('fp'), 'fp.order_id', 'o.id')
      .select(
        db.raw(`${monthOf('o.ordered_on')} as month`),
        db.raw('count(*)::int as count'),
        db.raw(`coalesce(sum(o.total_fen) filter (where o.status <> 'cancelled'), 0)::bigint as amount_fen`),
        db.raw('coalesce(sum(fa.accepted_fen), 0)::bigint as accepted_fen'),
        db.raw('coalesce(sum(fi.invoiced_fen), 0)::bigint as invoiced_fen'),
        db.raw('coalesce(sum(fp.paid_fen), 0)::bigint as paid_fen'),
      )
      .groupByRaw('1')
      .orderBy('month', 'desc');
  },
};
