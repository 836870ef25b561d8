import type { Knex } from 'knex';
import { submitProblems, type BuyingUnit } from '@portal/domain';
import type { PlanConsolidation, PurchasePlan, PurchasePlanList } from '@portal/domain/contracts';
import type { Lang } from '../../http/lang';
import type { SessionUser } from '../../http/session';
import * as approvals from '../approvals/approvals.service';
import { loadUnitTree } from '../units/units.scope';
import * as repo from './purchase-plans.repo';
import { keeps, readableUnit, readScope, visiblePlan } from './purchase-plans.scope';
import type { BrowsePlans } from './purchase-plans.schema';
import { loadCandidates, liveState, viewOf, type PlanState } from './purchase-plans.view';
import { unitRef } from '../units/units.refs';

/**
 * Company plans: reading is here; opening, changing and submitting a plan
 * (purchase-plans.lifecycle) and its print-outs (purchase-plans.documents) have their own files.
 */
export const DOCUMENT_TYPE = 'purchase_plan';

const monthStart = (month: string) => `${month}-01`;

function toListed(r: repo.PlanRow, lang: Lang) {
  return {
    id: r.id,
    number: r.number,
    unit: unitRef(r, lang),
    month: r.month.slice(0, 7),
    status: r.status,
    totalFen: r.total_fen,
    overBudget: r.over_budget,
    lineCount: r.line_count,
    createdBy: r.created_by === null ? null : { id: r.created_by, name: r.created_by_name ?? '' },
    submittedAt: r.submitted_at?.toISOString() ?? null,
    approvedAt: r.approved_at?.toISOString() ?? null,
    updatedAt: r.updated_at.toISOString(),
    version: r.version,
  };
}

export async function browsePlans(db: Knex, viewer: SessionUser, lang: Lang, f: BrowsePlans): Promise<PurchasePlanList> {
  const scope = await readScope(db, viewer);
  const unitId = f.unit ? (await loadUnitTree(db)).units.find((u) => u.code === f.unit)?.id : undefined;
  const { items, total } = await repo.listPlans(db, { ...f, scope, unitId, month: f.month && monthStart(f.month) });
  return { items: items.map((r) => toListed(r, lang)), total };
}

/** The month as it would be planned now, whether or not its plan is open (a clerk of the other unit: 404). */
export async function consolidationView(db: Knex, viewer: SessionUser, lang: Lang, code: BuyingUnit, month: string): Promise<PlanConsolidation> {
  const unit = await readableUnit(db, viewer, code);
  const [state, plan] = await Promise.all([liveState(db, unit, monthStart(month)), repo.findPlanOfMonth(db, unit.id, monthStart(month))]);
  const { consolidation, ...view } = await viewOf(db, lang, state);
  void consolidation;
  // The preview lists only the lines that need the clerk; the plain included ones are in the lines' per-department
  // figures (a month of 10,000 lines would otherwise be megabytes no one reads before the plan is opened).
  const sources = view.sources.filter((s) => s.decision !== 'included' || s.item === null || s.carriedFrom !== null);
  return { ...view, sources, plan: plan ? { id: plan.id, number: plan.number, status: plan.status } : null };
}

/** A stored plan's state: its own decisions and the clerk's figures over the request lines and stock now. */
export async function storedState(db: Knex, plan: repo.PlanRow): Promise<{ state: PlanState; lines: repo.PlanLineRow[] }> {
  // One after another: inside a transaction the queries share one connection.
  const candidates = await loadCandidates(db, plan.unit_id, plan.month);
  const sources = await repo.sourcesOf(db, plan.id);
  const lines = await repo.linesOf(db, plan.id);
  const tree = await loadUnitTree(db);
  const state: PlanState = {
    unit: tree.get(plan.unit_id)!,
    monthStart: plan.month,
    candidates,
    sources: sources.map((s) => ({ id: s.id, requestLineId: s.request_line_id, decision: s.decision, reason: s.reason })),
    // The snapshot's stock: what the plan was netted against when last consolidated.
    onHand: new Map(lines.map((l) => [l.item_id, l.stock_qty])),
    overrides: new Map(lines.filter((l) => l.proposed_reason !== null).map((l) => [l.item_id, { proposedQty: l.proposed_qty, reason: l.proposed_reason! }])),
  };
  return { state, lines };
}

export async function readPlan(db: Knex, viewer: SessionUser, lang: Lang, id: number): Promise<PurchasePlan> {
  const row = await visiblePlan(db, viewer, id);
  const { state, lines } = await storedState(db, row);
  const { consolidation, ...view } = await viewOf(db, lang, state, lines);
  const approval = await approvals.approvalOf(db, DOCUMENT_TYPE, id);
  const keeper = await keeps(db, viewer, row.unit_id);
  const problems = submitProblems(consolidation);
  return {
    ...view,
    ...toListed(row, lang),
    note: row.note,
    approval: approval ? { requestId: approval.id, status: approval.status, currentStep: approval.currentStep, readable: await approvals.mayReadRequest(db, viewer, approval.id) } : null,
    submitProblems: problems,
    actions: !keeper || row.status === 'submitted' ? [] : problems.length ? ['edit'] : ['edit', 'submit'],
  };
}
