import type { Knex } from 'knex';
import { CHOICE_DECISION, formatPlanNumber, fromMilli, PLAN_STATUS_LABELS, quantityProblem, toMilli, submitProblems, type PlanStatus } from '@portal/domain';
import type { PurchasePlan } from '@portal/domain/contracts';
import { Conflict, Invalid, NotFound } from '../../http/errors';
import type { Lang } from '../../http/lang';
import type { Actor } from '../../http/route';
import type { SessionUser } from '../../http/session';
import * as approvals from '../approvals/approvals.service';
import { audit } from '../audit/audit.service';
import { nextNumber } from '../numbering/numbering.service';
import { mapRequestLine } from '../purchase-requests/purchase-requests.service';
import * as repo from './purchase-plans.repo';
import { keptPlan, keptUnit } from './purchase-plans.scope';
import type { DecideSource, MapSource, OpenPlan, UpdateLine } from './purchase-plans.schema';
import { DOCUMENT_TYPE, readPlan, storedState } from './purchase-plans.service';
import { defaultDecision, loadCandidates, stockOf, viewOf, type PlanState } from './purchase-plans.view';

// A plan's life: opened for a month, consolidated again, changed by the clerk, submitted to leadership, approved (frozen).

async function snapshot(trx: Knex, id: number) {
  return { plan: await repo.findPlan(trx, id), lines: await repo.linesOf(trx, id), sources: await repo.sourcesOf(trx, id) };
}

/**
 * Consolidates the plan again and stores the result: lines per item (keeping their ids),
 * each source pointed at its item's line, the total and the over-budget fact. With
 * `takeUpNew` (opening, refreshing) request lines approved since join with their default
 * decision; decisions already made are kept. Stock is read as it is now: a draft is
 * always netted against today's stock, and an approved plan is never recomputed.
 */
async function reconsolidate(trx: Knex, lang: Lang, plan: repo.PlanRow, takeUpNew: boolean) {
  const candidates = await loadCandidates(trx, plan.unit_id, plan.month);
  let sources = await repo.sourcesOf(trx, plan.id);
  if (takeUpNew) {
    const known = new Set(sources.map((s) => s.request_line_id));
    const fresh = [...candidates.values()].filter((c) => !known.has(c.id));
    await repo.insertSources(trx, plan.id, fresh.map((c) => ({ request_line_id: c.id, decision: defaultDecision(c, plan.month) })));
    // A line no longer approved for this month (its request reopened) leaves the plan.
    await repo.deleteSources(trx, plan.id, sources.filter((s) => !candidates.has(s.request_line_id)).map((s) => s.request_line_id));
    sources = await repo.sourcesOf(trx, plan.id);
  }
  const { state: stored } = await storedState(trx, plan);
  const state: PlanState = { ...stored, candidates, onHand: await stockOf(trx, plan.unit_id, candidates) };
  const view = await viewOf(trx, lang, state);
  const c = view.consolidation;
  const ids = await repo.storeLines(
    trx,
    plan.id,
    c.lines.map((l) => ({
      item_id: l.itemId,
      requested_qty: l.requestedQty,
      stock_qty: l.stockQty,
      proposed_qty: l.proposedQty,
      proposed_reason: l.proposedReason,
      est_unit_price_fen: l.estUnitPriceFen,
      est_supplier_id: l.estSupplierId,
      est_amount_fen: l.amountFen,
    })),
  );
  await repo.linkSources(trx, plan.id, new Map(c.lines.map((l) => [ids.get(l.itemId)!, l.requestLineIds])));
  return { totalFen: c.totalFen, overBudget: view.overBudget, consolidation: c };
}

export async function openPlan(db: Knex, viewer: SessionUser, actor: Actor, lang: Lang, input: OpenPlan): Promise<PurchasePlan> {
  const id = await db.transaction(async (trx) => {
    const unit = await keptUnit(trx, viewer, input.unit);
    const month = `${input.month}-01`;
    const existing = await repo.findPlanOfMonth(trx, unit.id, month);
    if (existing) throw new Conflict('purchasePlans.alreadyOpen', { number: existing.number });
    const seq = await nextNumber(trx, { type: DOCUMENT_TYPE, unitId: unit.id, period: input.month });
    let id: number;
    try {
      // A savepoint: two clerks opening the month at once meet the (unit, month) unique key, and the loser is told who won.
      id = await trx.transaction((sp) => repo.insertPlan(sp, { number: formatPlanNumber(unit.code, input.month, seq), unit_id: unit.id, month, note: input.note, created_by: viewer.id }));
    } catch (err) {
      if ((err as { code?: string }).code !== '23505') throw err;
      throw new Conflict('purchasePlans.alreadyOpen', { number: (await repo.findPlanOfMonth(trx, unit.id, month))?.number ?? '' });
    }
    const plan = (await repo.findPlan(trx, id))!;
    const { totalFen, overBudget } = await reconsolidate(trx, lang, plan, true);
    await repo.updatePlan(trx, id, plan.version, { total_fen: totalFen, over_budget: overBudget });
    await audit(trx, actor, { action: 'purchase_plan.create', entity: 'purchase_plan', entityId: id, after: await snapshot(trx, id) });
    return id;
  });
  return readPlan(db, viewer, lang, id);
}

/**
 * Locks the plan the clerk keeps and checks the version. A plan with leadership is read-only;
 * an approved, returned or rejected one may change, and goes back to draft: an approval
 * covered the old figures, so the next submission is a new round.
 */
async function forChange(trx: Knex, viewer: SessionUser, id: number, version: number) {
  const plan = await keptPlan(trx, viewer, id);
  if (plan.version !== version) throw Conflict.stale();
  if (plan.status === 'submitted') throw new Conflict('approvals.lockedPending');
  return plan;
}

/** After a change: consolidate again, store, back to draft; one audit row with before and after. */
async function afterChange(trx: Knex, actor: Actor, lang: Lang, plan: repo.PlanRow, before: unknown, takeUpNew: boolean, action: 'purchase_plan.update' | 'purchase_plan.refresh') {
  const { totalFen, overBudget } = await reconsolidate(trx, lang, plan, takeUpNew);
  const status: PlanStatus = 'draft';
  if (!(await repo.updatePlan(trx, plan.id, plan.version, { status, total_fen: totalFen, over_budget: overBudget, approved_at: null }))) throw Conflict.stale();
  const reopened = plan.status === 'approved';
  await audit(trx, actor, {
    action: reopened ? 'purchase_plan.reopen' : action,
    entity: 'purchase_plan',
    entityId: plan.id,
    before,
    after: await snapshot(trx, plan.id),
  });
}

export async function updateLine(db: Knex, viewer: SessionUser, actor: Actor, lang: Lang, id: number, lineId: number, input: UpdateLine): Promise<PurchasePlan> {
  await db.transaction(async (trx) => {
    const plan = await forChange(trx, viewer, id, input.version);
    const line = await repo.findLine(trx, id, lineId);
    if (!line) throw new NotFound();
    const item = (await repo.itemsByIds(trx, [line.item_id])).get(line.item_id)!;
    const problem = quantityProblem(item.uom, input.proposedQty, { allowZero: true });
    if (problem) throw Invalid.field('proposedQty', `purchasePlans.qty.${problem}`, { uom: item.uom });
    const netted = fromMilli(Math.max(0, toMilli(line.requested_qty) - toMilli(line.stock_qty)));
    const reason = input.reason?.trim() || null;
    if (toMilli(input.proposedQty) !== toMilli(netted) && !reason) throw Invalid.field('reason', 'purchasePlans.proposedReasonRequired', { netted });
    const before = await snapshot(trx, id);
    await repo.setProposed(trx, lineId, input.proposedQty, toMilli(input.proposedQty) !== toMilli(netted) ? reason : null);
    await afterChange(trx, actor, lang, plan, before, false, 'purchase_plan.update');
  });
  return readPlan(db, viewer, lang, id);
}

/** One change to one request line of the plan, in the plan's transaction, then consolidated again. */
async function changeSource(
  db: Knex,
  viewer: SessionUser,
  actor: Actor,
  lang: Lang,
  id: number,
  sourceId: number,
  version: number,
  change: (trx: Knex, source: repo.SourceRow) => Promise<void>,
): Promise<PurchasePlan> {
  await db.transaction(async (trx) => {
    const plan = await forChange(trx, viewer, id, version);
    const source = (await repo.sourcesOf(trx, id)).find((s) => s.id === sourceId);
    if (!source) throw new NotFound();
    const before = await snapshot(trx, id);
    await change(trx, source);
    await afterChange(trx, actor, lang, plan, before, false, 'purchase_plan.update');
  });
  return readPlan(db, viewer, lang, id);
}

export function decideSource(db: Knex, viewer: SessionUser, actor: Actor, lang: Lang, id: number, sourceId: number, input: DecideSource): Promise<PurchasePlan> {
  const decision = CHOICE_DECISION[input.decision];
  return changeSource(db, viewer, actor, lang, id, sourceId, input.version, (trx) =>
    repo.setDecision(trx, sourceId, decision, decision === 'included' ? null : input.reason!.trim()),
  );
}

/** Maps a free-text request line to a catalogue item of the unit (the requests module keeps the mapping); it joins that item's line. */
export function mapSource(db: Knex, viewer: SessionUser, actor: Actor, lang: Lang, id: number, sourceId: number, input: MapSource): Promise<PurchasePlan> {
  return changeSource(db, viewer, actor, lang, id, sourceId, input.version, (trx, source) => mapRequestLine(trx, actor, viewer, source.request_line_id, input.itemId));
}

export async function refreshPlan(db: Knex, viewer: SessionUser, actor: Actor, lang: Lang, id: number, version: number): Promise<PurchasePlan> {
  await db.transaction(async (trx) => {
    const plan = await forChange(trx, viewer, id, version);
    const before = await snapshot(trx, id);
    await afterChange(trx, actor, lang, plan, before, true, 'purchase_plan.refresh');
  });
  return readPlan(db, viewer, lang, id);
}

const PROBLEM_PATHS = { unmapped: 'sources', pending: 'sources', noLines: 'lines' } as const;

/**
 * Sends the plan to company leadership. It is consolidated once more first (lines mapped
 * since, today's stock), so what leadership approves is what the clerk sees; free-text
 * lines still unmapped, late lines undecided or nothing to buy refuse it, naming what to do.
 */
export async function submitPlan(db: Knex, viewer: SessionUser, actor: Actor, lang: Lang, id: number, version: number): Promise<PurchasePlan> {
  await db.transaction(async (trx) => {
    const plan = await forChange(trx, viewer, id, version);
    if (plan.status === 'approved') throw new Conflict('purchasePlans.notAllowedNow', { status: PLAN_STATUS_LABELS.approved });
    const { totalFen, overBudget, consolidation } = await reconsolidate(trx, lang, plan, false);
    const problems = submitProblems(consolidation);
    if (problems.length) {
      throw new Invalid(
        problems.map((p) => ({ path: PROBLEM_PATHS[p], message: `purchasePlans.submit.${p}`, params: { count: p === 'unmapped' ? consolidation.unmapped.length : consolidation.pending.length } })),
        `purchasePlans.submit.${problems[0]}`,
        { count: problems[0] === 'unmapped' ? consolidation.unmapped.length : consolidation.pending.length },
      );
    }
    const patch = { status: 'submitted' as const, total_fen: totalFen, over_budget: overBudget, submitted_at: new Date(), approved_at: null };
    if (!(await repo.updatePlan(trx, id, version, patch))) throw Conflict.stale();
    const request = await approvals.submit(trx, actor, DOCUMENT_TYPE, id);
    await audit(trx, actor, {
      action: 'purchase_plan.submit',
      entity: 'purchase_plan',
      entityId: id,
      before: { status: plan.status },
      after: { status: request.status === 'approved' ? 'approved' : 'submitted', totalFen, overBudget, requestId: request.id },
    });
  });
  return readPlan(db, viewer, lang, id);
}

// ---------------------------------------------------------------------------
// What the approvals engine asks of a plan

export async function describePlan(trx: Knex, id: number) {
  const plan = (await repo.findPlan(trx, id))!;
  return {
    unitId: plan.unit_id,
    title: `${plan.number} ${plan.unit_name_zh} ${plan.month.slice(0, 7)} 采购计划`,
    amountFen: plan.total_fen,
    overBudget: plan.over_budget,
  };
}

/** The engine's verdict: approved (frozen), or back to the clerk to change and submit again. */
export function onDecision(status: PlanStatus, action: 'approved' | 'rejected' | 'returned' | 'withdrawn') {
  return async (trx: Knex, actor: Actor, id: number, detail: { requestId: number; comment: string | null }) => {
    const plan = (await repo.findPlan(trx, id, { lock: true }))!;
    const patch = status === 'approved' ? { status, approved_at: new Date() } : { status };
    if (!(await repo.updatePlan(trx, id, plan.version, patch))) throw Conflict.stale();
    await audit(trx, actor, { action: `purchase_plan.${action}`, entity: 'purchase_plan', entityId: id, before: { status: plan.status }, after: { status, ...detail } });
  };
}
