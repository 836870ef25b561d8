import type { Knex } from 'knex';
import { itemsView } from '../items/items.reads.repo';
import { planLineSourcesView } from '../purchase-plans/purchase-plans.reads.repo';
import { orderLineAmountsView, ordersView } from '../purchase-orders/purchase-orders.reads.repo';
import { requestLinesView } from '../purchase-requests/purchase-requests.reads.repo';
import { unitsView } from '../units/units.reads.repo';
import { unitFilters, dateFilter, LedgerFilter } from './purchase-ledgers.query.repo';

/** 支出分析: a month's spend by platform, category and requesting department. */

/* ---------- mismatches and spend ---------- */

export interface SpendPlatformRow {
  /** null: contract orders (合同采购), bought off the malls */
  platform: string | null;
  platform_name: string | null;
  orders: number;
  amount_fen: number;
}

function spendOrders(db: Knex, f: LedgerFilter): Knex.QueryBuilder {
  const qb = db.from(ordersView(db).as('o')).whereNot('o.status', 'cancelled');
  unitFilters(qb, 'o.unit_id', f);
  dateFilter(qb, 'o.ordered_on', f);
  return qb;
}

export function spendByPlatform(db: Knex, f: LedgerFilter): Promise<SpendPlatformRow[]> {
  return spendOrders(db, f)
    .groupBy('o.platform', 'o.platform_name')
    .select('o.platform', 'o.platform_name', db.raw('count(*)::int as orders'), db.raw('sum(o.total_fen)::bigint as amount_fen'))
    .orderBy('amount_fen', 'desc');
}

export function spendByCategory(db: Knex, f: LedgerFilter): Promise<{ category: string; amount_fen: number }[]> {
  return spendOrders(db, f)
    .join(orderLineAmountsView(db).as('la'), 'la.order_id', 'o.id')
    // A contract's free-text line has no item and so no category: the categories add up to the goods of catalogue items.
    .join(itemsView(db).as('i'), 'i.id', 'la.item_id')
    .groupBy('i.category')
    .select('i.category', db.raw('sum(la.amount_fen)::bigint as amount_fen'))
    .orderBy('amount_fen', 'desc');
}

/**
 * Goods bought for each requesting department: a line's amount spread over the departments whose
 * request lines the plan line consolidated, in proportion to their quantities; a line with no
 * such request (the clerk's own addition) stays unassigned (department null).
 */
export function spendByDepartment(db: Knex, f: LedgerFilter): Promise<{ department_id: number | null; name_zh: string | null; name_en: string | null; amount_fen: number }[]> {
  const shares = db
    .from(planLineSourcesView(db).as('pls'))
    .join(requestLinesView(db).as('rl'), 'rl.id', 'pls.request_line_id')
    .groupBy('pls.plan_line_id', 'rl.department_id')
    .select(
      'pls.plan_line_id',
      'rl.department_id',
      db.raw('sum(rl.quantity) as qty'),
      db.raw('sum(sum(rl.quantity)) over (partition by pls.plan_line_id) as line_qty'),
    );
  return spendOrders(db, f)
    .join(orderLineAmountsView(db).as('la'), 'la.order_id', 'o.id')
    .leftJoin(shares.as('sh'), 'sh.plan_line_id', 'la.plan_line_id')
    .leftJoin(unitsView(db).as('dn'), 'dn.id', 'sh.department_id')
    .groupBy('sh.department_id', 'dn.name_zh', 'dn.name_en')
    .select(
      'sh.department_id',
      'dn.name_zh',
      'dn.name_en',
      db.raw('round(sum(case when sh.line_qty > 0 then la.amount_fen * sh.qty / sh.line_qty else la.amount_fen end))::bigint as amount_fen'),
    )
    .orderBy('amount_fen', 'desc');
}
