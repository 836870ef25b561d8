import type { Knex } from 'knex';

/**
 * What the purchase-plans module publishes for other modules' queries: what each plan
 * did with a department's request line (included, cut or deferred, with the reason the
 * requester sees) and where that plan stands. A request line is in at most one plan
 * that is not deferred; a deferred line shows up again in the next month's plan. A late
 * line the clerk has not yet included or deferred ('pending') is no decision: left out.
 */
export const PLAN_SOURCE_COLUMNS = ['request_line_id', 'plan_id', 'plan_number', 'plan_status', 'plan_month', 'decision', 'reason'] as const;

/** `.leftJoin(planSourcesView(db).as('ps'), 'ps.request_line_id', 'l.id')`. */
export const planSourcesView = (db: Knex) =>
  db('purchase_plan_sources as s')
    .join('purchase_plans as p', 'p.id', 's.plan_id')
    .whereNot('s.decision', 'pending')
    .select('s.request_line_id', 's.plan_id', 'p.number as plan_number', 'p.status as plan_status', 'p.month as plan_month', 's.decision', 's.reason');

/**
 * Each line of a company plan with its plan's state, for the orders module: a line may be
 * ordered when its plan is approved, up to `proposed_qty` (the approved quantity).
 * `.join(planLinesView(db).as('pl'), 'pl.plan_line_id', 'ol.plan_line_id')`.
 */
export const planLinesView = (db: Knex) =>
  db('purchase_plan_lines as l')
    .join('purchase_plans as p', 'p.id', 'l.plan_id')
    .select(
      'l.id as plan_line_id',
      'l.plan_id',
      'p.number as plan_number',
      'p.unit_id',
      'p.month as plan_month',
      'p.status as plan_status',
      'l.item_id',
      'l.proposed_qty',
      'l.est_unit_price_fen',
      'l.est_supplier_id',
    );

/**
 * Which request lines each plan line was consolidated from (included ones only), for spreading
 * what was bought over the requesting departments: `.join(planLineSourcesView(db).as('pls'), 'pls.plan_line_id', 'x.plan_line_id')`.
 */
export const planLineSourcesView = (db: Knex) =>
  db('purchase_plan_sources').where('decision', 'included').whereNotNull('plan_line_id').select('plan_line_id', 'request_line_id');
