import type { Knex } from 'knex';
import { orderedByPlanLineView } from '../purchase-orders/purchase-orders.reads.repo';
import { planLineSourcesView, planLinesView } from '../purchase-plans/purchase-plans.reads.repo';

/** Per request line, the plan line it went into and what open orders placed against that line (issue 13 item 8). */
export interface LineOrdersRow {
  request_line_id: number;
  quantity: number;
  approved_qty: number;
  line_requested_qty: number;
  ordered_qty: number;
  accepted_qty: number;
  ordered_fen: number;
  refund_fen: number;
}

/**
 * For these request lines, the figures of the plan lines they were consolidated into that have
 * open orders: the plan's approved quantity, what every request line of that plan line asked for
 * together, and the orders' quantities (the purchase-orders module's published view).
 */
export async function ordersOfLines(db: Knex, lineIds: readonly number[]): Promise<LineOrdersRow[]> {
  if (lineIds.length === 0) return [];
  const planLineIds = () => db.from(planLineSourcesView(db).as('ps0')).whereIn('ps0.request_line_id', lineIds).select('ps0.plan_line_id');
  const requestedPerLine = db
    .from(planLineSourcesView(db).as('ps2'))
    .join('purchase_request_lines as rl2', 'rl2.id', 'ps2.request_line_id')
    .whereIn('ps2.plan_line_id', planLineIds())
    .groupBy('ps2.plan_line_id')
    .select('ps2.plan_line_id', db.raw('sum(rl2.quantity) as requested_qty'));
  return db
    .from(planLineSourcesView(db).as('ps'))
    .join('purchase_request_lines as rl', 'rl.id', 'ps.request_line_id')
    .join(planLinesView(db).as('pl'), 'pl.plan_line_id', 'ps.plan_line_id')
    .join(requestedPerLine.as('rq'), 'rq.plan_line_id', 'ps.plan_line_id')
    .join(orderedByPlanLineView(db, planLineIds).as('ob'), 'ob.plan_line_id', 'ps.plan_line_id')
    .whereIn('ps.request_line_id', lineIds)
    .select(
      'ps.request_line_id',
      db.raw('rl.quantity::float8 as quantity'),
      db.raw('pl.proposed_qty::float8 as approved_qty'),
      db.raw('rq.requested_qty::float8 as line_requested_qty'),
      db.raw('ob.ordered_qty::float8 as ordered_qty'),
      db.raw('ob.accepted_qty::float8 as accepted_qty'),
      db.raw('ob.ordered_fen::float8 as ordered_fen'),
      db.raw('ob.refund_fen::float8 as refund_fen'),
    );
}
