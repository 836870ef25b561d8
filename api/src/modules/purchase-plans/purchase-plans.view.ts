import type { Knex } from 'knex';
import { consolidate, fromMilli, toMilli, type Consolidation, type PlanDecision, type ProposedOverride, type SourceLine } from '@portal/domain';
import type { PlanConsolidation, PlanItem, PlanLine } from '@portal/domain/contracts';
import type { Lang } from '../../http/lang';
import { loadUnitTree, type PlacedUnit } from '../units/units.scope';
import { budgetPositions } from './purchase-plans.budget';
import * as repo from './purchase-plans.repo';

/**
 * A month's plan as the consolidation sees it, live or stored: the request lines in play,
 * what the plan does with each, stock on hand and the clerk's own figures. Both the live
 * view and a stored plan are shaped here, so the two screens show the same thing.
 */
export interface PlanState {
  unit: PlacedUnit;
  /** 'YYYY-MM-01'. */
  monthStart: string;
  candidates: ReadonlyMap<number, repo.CandidateRow>;
  sources: readonly { id: number | null; requestLineId: number; decision: PlanDecision; reason: string | null }[];
  onHand: ReadonlyMap<number, number>;
  overrides: ReadonlyMap<number, ProposedOverride>;
}

/** A late line of the month waits for the clerk; every other line (deferred ones from earlier months too) is in. */
export function defaultDecision(c: repo.CandidateRow, monthStart: string): PlanDecision {
  return c.late && c.month === monthStart ? 'pending' : 'included';
}

export async function loadCandidates(db: Knex, unitId: number, monthStart: string): Promise<Map<number, repo.CandidateRow>> {
  return new Map((await repo.candidateLines(db, unitId, monthStart)).map((c) => [c.id, c]));
}

/** The live state of a month no plan has been opened for: defaults for every line, stock as it is now. */
export async function liveState(db: Knex, unit: PlacedUnit, monthStart: string): Promise<PlanState> {
  const candidates = await loadCandidates(db, unit.id, monthStart);
  const sources = [...candidates.values()].map((c) => ({ id: null, requestLineId: c.id, decision: defaultDecision(c, monthStart), reason: null }));
  return { unit, monthStart, candidates, sources, onHand: await stockOf(db, unit.id, candidates), overrides: new Map() };
}

export function stockOf(db: Knex, unitId: number, candidates: ReadonlyMap<number, repo.CandidateRow>): Promise<Map<number, number>> {
  const items = new Set<number>();
  for (const c of candidates.values()) if (c.item_id !== null) items.add(c.item_id);
  return repo.onHandOf(db, unitId, [...items]);
}

export function consolidationOf(state: PlanState): Consolidation {
  const lines: SourceLine[] = [];
  for (const s of state.sources) {
    const c = state.candidates.get(s.requestLineId);
    if (!c) continue;
    lines.push({
      requestLineId: c.id,
      departmentId: c.department_id,
      itemId: c.item_id,
      quantity: c.quantity,
      estUnitPriceFen: c.est_unit_price_fen,
      estSupplierId: c.est_supplier_id,
      decision: s.decision,
    });
  }
  return consolidate(lines, state.onHand, state.overrides);
}

const planItem = (i: repo.ItemRow): PlanItem => ({ id: i.id, code: i.code, name: i.name, spec: i.spec, uom: i.uom, category: i.category });

/**
 * The consolidation as the contract shows it. `stored` lines (a plan's own snapshot) win
 * over the recomputation for the figures leadership approved; the per-department split
 * always comes from the request lines.
 */
export async function viewOf(
  db: Knex,
  lang: Lang,
  state: PlanState,
  stored?: readonly repo.PlanLineRow[],
): Promise<Omit<PlanConsolidation, 'plan'> & { consolidation: Consolidation }> {
  const c = consolidationOf(state);
  const inPlay = state.sources.map((s) => state.candidates.get(s.requestLineId)).filter((x) => x !== undefined);
  const itemIds = new Set<number>(stored?.map((l) => l.item_id) ?? []);
  const supplierIds = new Set<number>(stored?.flatMap((l) => (l.est_supplier_id === null ? [] : [l.est_supplier_id])) ?? []);
  for (const x of inPlay) if (x.item_id !== null) itemIds.add(x.item_id);
  for (const l of c.lines) if (l.estSupplierId !== null) supplierIds.add(l.estSupplierId);
  // One after another: inside a transaction the queries share one connection.
  const items = await repo.itemsByIds(db, [...itemIds]);
  const suppliers = await repo.supplierNames(db, [...supplierIds]);
  const tree = await loadUnitTree(db);
  const name = (u: { name_zh: string; name_en: string } | undefined) => (u ? (lang === 'zh' ? u.name_zh : u.name_en) : '');
  const departments = [...new Set(inPlay.map((x) => x.department_id))].sort((a, b) => a - b).map((id) => ({ id, name: name(tree.get(id)) }));
  const deptById = new Map(departments.map((d) => [d.id, d]));
  const supplier = (id: number | null) => (id === null ? null : { id, name: suppliers.get(id) ?? '' });

  const computed = new Map(c.lines.map((l) => [l.itemId, l]));
  const lines: PlanLine[] = stored
    ? stored.map((l) => ({
        id: l.id,
        item: planItem(items.get(l.item_id)!),
        requestedQty: l.requested_qty,
        byDepartment: computed.get(l.item_id)?.byDepartment ?? [],
        stockQty: l.stock_qty,
        nettedQty: fromMilli(Math.max(0, toMilli(l.requested_qty) - toMilli(l.stock_qty))),
        proposedQty: l.proposed_qty,
        proposedReason: l.proposed_reason,
        estUnitPriceFen: l.est_unit_price_fen,
        estSupplier: supplier(l.est_supplier_id),
        amountFen: l.est_amount_fen,
      }))
    : c.lines.map((l) => ({
        id: null,
        item: planItem(items.get(l.itemId)!),
        requestedQty: l.requestedQty,
        byDepartment: l.byDepartment,
        stockQty: l.stockQty,
        nettedQty: l.nettedQty,
        proposedQty: l.proposedQty,
        proposedReason: l.proposedReason,
        estUnitPriceFen: l.estUnitPriceFen,
        estSupplier: supplier(l.estSupplierId),
        amountFen: l.amountFen,
      }));
  const month = state.monthStart.slice(0, 7);
  const sources = state.sources.flatMap((s) => {
    const x = state.candidates.get(s.requestLineId);
    if (!x) return [];
    const item = x.item_id === null ? undefined : items.get(x.item_id);
    return [
      {
        id: s.id,
        requestLineId: x.id,
        requestId: x.request_id,
        requestNumber: x.request_number,
        department: deptById.get(x.department_id)!,
        lineNo: x.line_no,
        item: item ? planItem(item) : null,
        newItem: x.new_item_name === null ? null : { name: x.new_item_name, spec: x.new_item_spec, uom: x.new_item_uom ?? '' },
        quantity: x.quantity,
        neededBy: x.needed_by,
        purpose: x.purpose,
        estUnitPriceFen: x.est_unit_price_fen,
        late: x.late && x.month.slice(0, 7) === month,
        carriedFrom: x.month.slice(0, 7) === month ? null : x.month.slice(0, 7),
        decision: s.decision,
        reason: s.reason,
      },
    ];
  });
  const totalFen = stored ? stored.reduce((sum, l) => sum + l.est_amount_fen, 0) : c.totalFen;
  const { positions, overBudget } = await budgetPositions(db, state.unit, state.monthStart, departments, c.departmentFen);
  return {
    unit: { id: state.unit.id, code: state.unit.code as 'OFFICE' | 'SUPPLY', name: name(state.unit) },
    month,
    departments,
    lines,
    sources,
    totalFen,
    unmappedCount: c.unmapped.length,
    pendingCount: c.pending.length,
    budget: positions,
    overBudget,
    consolidation: c,
  };
}
