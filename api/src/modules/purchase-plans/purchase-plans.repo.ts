import type { Knex } from 'knex';
import type { PlanDecision, PlanStatus } from '@portal/domain';
import { whereContains } from '../../db/like';
import { pageOf, sortedBy } from '../../db/paging';
import { insertedId, updateAtVersion } from '../../db/rows';
import { itemsView, type ItemRow } from '../items/items.reads.repo';

export type { ItemRow };
import { requestLinesView, type RequestLineRow } from '../purchase-requests/purchase-requests.reads.repo';
import { onHandView } from '../stock/stock.reads.repo';
import { suppliersView } from '../suppliers/suppliers.reads.repo';
import { unitsView } from '../units/units.reads.repo';
import { usersView } from '../users/users.reads.repo';

/**
 * A department's request line the plan may take up, with what the consolidation needs of it; its
 * month is earlier than the plan's for a line deferred to it.
 */
export type CandidateRow = Omit<RequestLineRow, 'buying_unit_id' | 'request_status' | 'est_observed_on' | 'est_amount_fen'>;

/**
 * The request lines a plan of `unitId` for `month` ('YYYY-MM-01') works from: every line of
 * the month's approved requests, and the lines the unit's plan of the month before deferred
 * ("to next month"; deferred again there, a line moves on another month).
 */
export async function candidateLines(db: Knex, unitId: number, month: string): Promise<CandidateRow[]> {
  const deferred = db('purchase_plan_sources as s')
    .join('purchase_plans as p', 'p.id', 's.plan_id')
    .where('p.unit_id', unitId)
    .whereRaw(`p.month = ?::date - interval '1 month'`, [month])
    .where('s.decision', 'deferred')
    .select('s.request_line_id');
  return db
    .from(requestLinesView(db).as('rl'))
    .where('rl.buying_unit_id', unitId)
    .where('rl.request_status', 'approved')
    .where((w) => w.where('rl.month', month).orWhere((o) => o.where('rl.month', '<', month).whereIn('rl.id', deferred)))
    .select(
      'rl.id',
      'rl.request_id',
      'rl.request_number',
      'rl.department_id',
      'rl.month',
      'rl.late',
      'rl.line_no',
      'rl.item_id',
      'rl.new_item_name',
      'rl.new_item_spec',
      'rl.new_item_uom',
      db.raw('rl.quantity::float8 as quantity'),
      'rl.needed_by',
      'rl.purpose',
      'rl.est_unit_price_fen',
      'rl.est_supplier_id',
    )
    // Ordered here rather than by the database: sorting 10,000 wide rows there cost more than the join.
    .then((rows: CandidateRow[]) => rows.sort((a, b) => a.department_id - b.department_id || a.request_id - b.request_id || a.line_no - b.line_no));
}

/** On hand per item of the unit (the stock module's view); an item that never moved has none. */
export async function onHandOf(db: Knex, unitId: number, itemIds: readonly number[]): Promise<Map<number, number>> {
  if (itemIds.length === 0) return new Map();
  const rows: { item_id: number; on_hand: number }[] = await db
    .from(onHandView(db).as('s'))
    .where('s.unit_id', unitId)
    .whereIn('s.item_id', itemIds)
    .select('s.item_id', 's.on_hand');
  return new Map(rows.map((r) => [r.item_id, Number(r.on_hand)]));
}

export async function itemsByIds(db: Knex, ids: readonly number[]): Promise<Map<number, ItemRow>> {
  if (ids.length === 0) return new Map();
  const rows: ItemRow[] = await db.from(itemsView(db).as('i')).whereIn('i.id', ids).select('i.*');
  return new Map(rows.map((r) => [r.id, r]));
}

/** Suppliers' shop names, for the estimate each line's price came from. */
export async function supplierNames(db: Knex, ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows: { id: number; shop_name: string }[] = await db.from(suppliersView(db).as('s')).whereIn('s.id', ids).select('s.id', 's.shop_name');
  return new Map(rows.map((r) => [r.id, r.shop_name]));
}

// ---------------------------------------------------------------------------
// Plans

export interface PlanRow {
  id: number;
  number: string;
  unit_id: number;
  unit_code: 'OFFICE' | 'SUPPLY';
  unit_name_zh: string;
  unit_name_en: string;
  /** 'YYYY-MM-01'. */
  month: string;
  status: PlanStatus;
  total_fen: number;
  over_budget: boolean;
  note: string;
  created_by: number | null;
  created_by_name: string | null;
  submitted_at: Date | null;
  approved_at: Date | null;
  updated_at: Date;
  version: number;
  line_count: number;
}

function plans(db: Knex) {
  return db('purchase_plans as p')
    .join(unitsView(db).as('un'), 'un.id', 'p.unit_id')
    .leftJoin(usersView(db).as('cb'), 'cb.id', 'p.created_by')
    .select(
      'p.id',
      'p.number',
      'p.unit_id',
      'un.code as unit_code',
      'un.name_zh as unit_name_zh',
      'un.name_en as unit_name_en',
      'p.month',
      'p.status',
      'p.total_fen',
      'p.over_budget',
      'p.note',
      'p.created_by',
      'cb.display_name as created_by_name',
      'p.submitted_at',
      'p.approved_at',
      'p.updated_at',
      'p.version',
      db.raw('(select count(*)::int from purchase_plan_lines pl where pl.plan_id = p.id) as line_count'),
    );
}

const SORT_COLUMNS: Record<string, string> = { month: 'p.month', number: 'p.number', totalFen: 'p.total_fen', updatedAt: 'p.updated_at' };

export async function listPlans(
  db: Knex,
  f: { scope: readonly number[] | null; q?: string; unitId?: number; month?: string; status?: string; sort: { column: string; desc: boolean }; page: number; pageSize: number },
) {
  const filtered = db('purchase_plans as p').modify((qb) => {
    if (f.scope) qb.whereIn('p.unit_id', f.scope);
    if (f.unitId) qb.where('p.unit_id', f.unitId);
    if (f.month) qb.where('p.month', f.month);
    if (f.status) qb.where('p.status', f.status);
    whereContains(qb, f.q, ['p.number']);
  });
  return pageOf<PlanRow>(filtered, f, (qb) =>
    sortedBy(qb.clearSelect().join(plans(db).as('v'), 'v.id', 'p.id').select('v.*'), SORT_COLUMNS, f.sort).orderBy('p.id', 'desc'),
  );
}

export async function findPlan(db: Knex, id: number, opts: { lock?: boolean } = {}): Promise<PlanRow | undefined> {
  if (opts.lock) await db('purchase_plans').where({ id }).forUpdate().first('id');
  return plans(db).where('p.id', id).first();
}

export async function findPlanOfMonth(db: Knex, unitId: number, month: string): Promise<PlanRow | undefined> {
  return plans(db).where({ 'p.unit_id': unitId, 'p.month': month }).first();
}

export async function insertPlan(trx: Knex, values: { number: string; unit_id: number; month: string; note: string; created_by: number }): Promise<number> {
  return insertedId(trx('purchase_plans'), values);
}

export type PlanPatch = Partial<{ status: PlanStatus; total_fen: number; over_budget: boolean; submitted_at: Date | null; approved_at: Date | null }>;

export function updatePlan(trx: Knex, id: number, version: number, patch: PlanPatch): Promise<boolean> {
  return updateAtVersion(trx('purchase_plans'), id, version, patch);
}

// ---------------------------------------------------------------------------
// Lines and sources

export interface PlanLineRow {
  id: number;
  item_id: number;
  requested_qty: number;
  stock_qty: number;
  proposed_qty: number;
  proposed_reason: string | null;
  est_unit_price_fen: number | null;
  est_supplier_id: number | null;
  est_amount_fen: number;
}

export function linesOf(db: Knex, planId: number): Promise<PlanLineRow[]> {
  return db('purchase_plan_lines')
    .where({ plan_id: planId })
    .orderBy('item_id')
    .select(
      'id',
      'item_id',
      db.raw('requested_qty::float8 as requested_qty'),
      db.raw('stock_qty::float8 as stock_qty'),
      db.raw('proposed_qty::float8 as proposed_qty'),
      'proposed_reason',
      'est_unit_price_fen',
      'est_supplier_id',
      'est_amount_fen',
    );
}

export type LineValues = Omit<PlanLineRow, 'id'>;

/** Writes the plan's lines as consolidated: one per item, keeping each item's line id; items gone lose theirs. */
export async function storeLines(trx: Knex, planId: number, lines: readonly LineValues[]): Promise<Map<number, number>> {
  const ids = new Map<number, number>();
  if (lines.length) {
    const rows: { id: number; item_id: number }[] = await trx('purchase_plan_lines')
      .insert(lines.map((l) => ({ plan_id: planId, ...l })))
      .onConflict(['plan_id', 'item_id'])
      .merge()
      .returning(['id', 'item_id']);
    for (const r of rows) ids.set(r.item_id, r.id);
  }
  await trx('purchase_plan_lines').where({ plan_id: planId }).whereNotIn('item_id', [...ids.keys()]).delete();
  return ids;
}

export async function findLine(db: Knex, planId: number, lineId: number): Promise<PlanLineRow | undefined> {
  return (await linesOf(db, planId)).find((l) => l.id === lineId);
}

export async function setProposed(trx: Knex, lineId: number, proposedQty: number, reason: string | null): Promise<void> {
  await trx('purchase_plan_lines').where({ id: lineId }).update({ proposed_qty: proposedQty, proposed_reason: reason });
}

export interface SourceRow {
  id: number;
  request_line_id: number;
  plan_line_id: number | null;
  decision: PlanDecision;
  reason: string | null;
}

export function sourcesOf(db: Knex, planId: number): Promise<SourceRow[]> {
  return db('purchase_plan_sources').where({ plan_id: planId }).orderBy('request_line_id').select('id', 'request_line_id', 'plan_line_id', 'decision', 'reason');
}

export async function insertSources(trx: Knex, planId: number, rows: readonly { request_line_id: number; decision: PlanDecision }[]): Promise<void> {
  // In chunks: a month of 10,000 lines is past PostgreSQL's bind-parameter limit in one statement.
  for (let i = 0; i < rows.length; i += 2000) {
    await trx('purchase_plan_sources').insert(rows.slice(i, i + 2000).map((r) => ({ plan_id: planId, ...r })));
  }
}

export async function deleteSources(trx: Knex, planId: number, requestLineIds: readonly number[]): Promise<void> {
  if (requestLineIds.length) await trx('purchase_plan_sources').where({ plan_id: planId }).whereIn('request_line_id', requestLineIds).delete();
}

export async function setDecision(trx: Knex, sourceId: number, decision: PlanDecision, reason: string | null): Promise<void> {
  await trx('purchase_plan_sources').where({ id: sourceId }).update({ decision, reason });
}

/** Points each source at the plan line of its item (none for lines not included or not yet mapped). */
export async function linkSources(trx: Knex, planId: number, byLine: ReadonlyMap<number, readonly number[]>): Promise<void> {
  await trx('purchase_plan_sources').where({ plan_id: planId }).update({ plan_line_id: null });
  for (const [lineId, requestLineIds] of byLine) {
    await trx('purchase_plan_sources').where({ plan_id: planId }).whereIn('request_line_id', requestLineIds).update({ plan_line_id: lineId });
  }
}

/** Approved request lines of the month in these buying units (null: all) that no plan of theirs has taken up yet. */
export async function countWaitingLines(db: Knex, unitIds: readonly number[] | null, month: string): Promise<number> {
  const [{ n }] = await db
    .from(requestLinesView(db).as('rl'))
    .where('rl.month', month)
    .where('rl.request_status', 'approved')
    .modify((qb) => {
      if (unitIds) qb.whereIn('rl.buying_unit_id', unitIds);
    })
    .whereNotExists(db('purchase_plan_sources as s').whereRaw('s.request_line_id = rl.id'))
    .count<{ n: number }[]>({ n: '*' });
  return Number(n);
}
