import type { Knex } from 'knex';
import type { BudgetControl } from '@portal/domain';
import { insertedId, updateAtVersion } from '../../db/rows';
import { orderedByPlanLineView } from '../purchase-orders/purchase-orders.reads.repo';
import { planLineSourcesView, planLinesView, planSourcesView } from '../purchase-plans/purchase-plans.reads.repo';
import { requestLinesView } from '../purchase-requests/purchase-requests.reads.repo';

export interface BudgetRow {
  id: number;
  year: number;
  department_id: number;
  buying_unit_id: number;
  amount_fen: number;
  control: BudgetControl;
  version: number;
}

const BUDGET_COLUMNS = ['id', 'year', 'department_id', 'buying_unit_id', 'amount_fen', 'control', 'version'];

const toRow = (r: BudgetRow): BudgetRow => ({ ...r, amount_fen: Number(r.amount_fen) });

export async function budgetsOfYear(db: Knex, buyingUnitId: number, year: number): Promise<BudgetRow[]> {
  const rows = await db('budgets').where({ year, buying_unit_id: buyingUnitId }).select(BUDGET_COLUMNS).orderBy('department_id');
  return rows.map(toRow);
}

/**
 * The department's budget line, locked until the caller's transaction ends: two submissions
 * for the same department queue here, and the second sums what the first committed.
 */
export async function lockBudget(trx: Knex, key: { year: number; departmentId: number; buyingUnitId: number }): Promise<BudgetRow | undefined> {
  const row = await trx('budgets')
    .where({ year: key.year, department_id: key.departmentId, buying_unit_id: key.buyingUnitId })
    .forUpdate()
    .first(BUDGET_COLUMNS);
  return row && toRow(row);
}

/** What a department asked of a buying unit in a year, summed per request status and what the plans did with the lines. */
export interface UsageRow {
  department_id: number;
  request_status: string;
  included: boolean;
  dropped: boolean;
  amount_fen: number;
}

/**
 * Estimated amounts of the departments' request lines in the year, grouped by the facts the
 * domain's budgetStanding decides on (request status; whether a plan included the line, or cut
 * or deferred it). Through the views the request and plan modules publish, never their tables.
 */
export async function usageOfYear(
  db: Knex,
  f: { buyingUnitId: number; year: number; departmentIds?: readonly number[]; excludeRequestId?: number },
): Promise<UsageRow[]> {
  const decisions = db
    .from(planSourcesView(db).as('ps'))
    .groupBy('ps.request_line_id')
    .select('ps.request_line_id', db.raw(`bool_or(ps.decision = 'included') as included`), db.raw(`bool_or(ps.decision <> 'included') as dropped`));
  const rows = await db
    .from(requestLinesView(db).as('rl'))
    .leftJoin(decisions.as('d'), 'd.request_line_id', 'rl.id')
    .where('rl.buying_unit_id', f.buyingUnitId)
    .whereBetween('rl.month', [`${f.year}-01-01`, `${f.year}-12-01`])
    .modify((qb) => {
      if (f.departmentIds) qb.whereIn('rl.department_id', f.departmentIds);
      if (f.excludeRequestId !== undefined) qb.whereNot('rl.request_id', f.excludeRequestId);
    })
    .groupBy('rl.department_id', 'rl.request_status', 'd.included', 'd.dropped')
    .select(
      'rl.department_id',
      'rl.request_status',
      db.raw('coalesce(d.included, false) as included'),
      db.raw('coalesce(d.dropped, false) as dropped'),
      db.raw('sum(rl.est_amount_fen)::bigint as amount_fen'),
    );
  return rows.map((r: UsageRow) => ({ ...r, department_id: Number(r.department_id), amount_fen: Number(r.amount_fen) }));
}

/** A department's request line included in a plan line that open orders were placed against, with the plan line's figures. */
export interface OrderedUsageRow {
  department_id: number;
  request_status: string;
  est_amount_fen: number;
  quantity: number;
  approved_qty: number;
  line_requested_qty: number;
  ordered_qty: number;
  accepted_qty: number;
  ordered_fen: number;
  refund_fen: number;
}

/**
 * The year's request lines whose plan lines have open orders, each with what was ordered for its
 * plan line (the purchase-orders module's published figures) and what every request line of that
 * plan line asked for together, for the domain's requestLineSpend.
 */
export async function orderedUsageOfYear(
  db: Knex,
  f: { buyingUnitId: number; year: number; departmentIds?: readonly number[]; excludeRequestId?: number },
): Promise<OrderedUsageRow[]> {
  const lines = () =>
    db
      .from(requestLinesView(db).as('rl'))
      .join(planLineSourcesView(db).as('pls'), 'pls.request_line_id', 'rl.id')
      .where('rl.buying_unit_id', f.buyingUnitId)
      .whereBetween('rl.month', [`${f.year}-01-01`, `${f.year}-12-01`])
      .modify((qb) => {
        if (f.departmentIds) qb.whereIn('rl.department_id', f.departmentIds);
        if (f.excludeRequestId !== undefined) qb.whereNot('rl.request_id', f.excludeRequestId);
      });
  const planLineIds = () => lines().select('pls.plan_line_id');
  const requestedPerLine = db
    .from(planLineSourcesView(db).as('pls2'))
    .join(requestLinesView(db).as('rl2'), 'rl2.id', 'pls2.request_line_id')
    .whereIn('pls2.plan_line_id', planLineIds())
    .groupBy('pls2.plan_line_id')
    .select('pls2.plan_line_id', db.raw('sum(rl2.quantity) as requested_qty'));
  const rows = await lines()
    .join(planLinesView(db).as('pl'), 'pl.plan_line_id', 'pls.plan_line_id')
    .join(requestedPerLine.as('rq'), 'rq.plan_line_id', 'pls.plan_line_id')
    .join(orderedByPlanLineView(db, planLineIds).as('ob'), 'ob.plan_line_id', 'pls.plan_line_id')
    .select(
      'rl.department_id',
      'rl.request_status',
      db.raw('coalesce(rl.est_amount_fen, 0)::float8 as est_amount_fen'),
      db.raw('rl.quantity::float8 as quantity'),
      db.raw('pl.proposed_qty::float8 as approved_qty'),
      db.raw('rq.requested_qty::float8 as line_requested_qty'),
      db.raw('ob.ordered_qty::float8 as ordered_qty'),
      db.raw('ob.accepted_qty::float8 as accepted_qty'),
      db.raw('ob.ordered_fen::float8 as ordered_fen'),
      db.raw('ob.refund_fen::float8 as refund_fen'),
    );
  return rows.map((r: OrderedUsageRow) => ({ ...r, department_id: Number(r.department_id) }));
}

export interface BudgetValues {
  year: number;
  department_id: number;
  buying_unit_id: number;
  amount_fen: number;
  control: BudgetControl;
  updated_by: number | null;
}

export async function insertBudget(db: Knex, v: BudgetValues): Promise<number> {
  return insertedId(db('budgets'), v);
}

export async function updateBudget(db: Knex, id: number, version: number, patch: Pick<BudgetValues, 'amount_fen' | 'control' | 'updated_by'>): Promise<boolean> {
  return updateAtVersion(db('budgets'), id, version, patch);
}
