import type { Role } from './roles';
import { fromMilli, lineAmountFen, toMilli } from './quantities';

/**
 * The company purchase plan (公司采购计划, DOMAIN.md §2 step 2–3): the buying unit's clerk
 * consolidates the approved department requests of a month, nets them against stock on
 * hand, and sends the plan to company leadership. The rules a clerk could state in a
 * sentence live here; the API reads the rows and stores the result.
 */

/** draft → submitted → approved (frozen). Rejected and returned plans are changed and submitted again. */
export const PLAN_STATUSES = ['draft', 'submitted', 'approved', 'rejected', 'returned'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PLAN_STATUS_LABELS: Record<PlanStatus, { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '待领导审批', en: 'Awaiting approval' },
  approved: { zh: '已批准', en: 'Approved' },
  rejected: { zh: '已驳回', en: 'Rejected' },
  returned: { zh: '已退回修改', en: 'Returned for changes' },
};

/**
 * What the plan does with a department's request line. `pending` is a late line (or one
 * the clerk has not looked at) waiting for the clerk to include or defer it; the
 * requester does not see it as a decision (planSourcesView leaves it out).
 */
export const PLAN_DECISIONS = ['included', 'cut', 'deferred', 'pending'] as const;
export type PlanDecision = (typeof PLAN_DECISIONS)[number];
/** What the clerk may choose; `pending` is only ever set by the consolidation. */
export const PLAN_CHOICES = ['include', 'cut', 'defer'] as const;
export type PlanChoice = (typeof PLAN_CHOICES)[number];
export const CHOICE_DECISION: Record<PlanChoice, PlanDecision> = { include: 'included', cut: 'cut', defer: 'deferred' };

export const PLAN_DECISION_LABELS: Record<PlanDecision, { zh: string; en: string }> = {
  included: { zh: '列入计划', en: 'In the plan' },
  cut: { zh: '已削减', en: 'Cut' },
  deferred: { zh: '顺延下月', en: 'Deferred to next month' },
  pending: { zh: '待采购员决定', en: "Awaiting the clerk's decision" },
};

/** The clerk of the buying unit keeps its plans; leadership approves and reads all; finance and audit read. */
export const PLAN_KEEPER_ROLES: readonly Role[] = ['purchasing_clerk'];
/** Roles that read every buying unit's plans, wherever in the organisation they are granted. */
export const PLAN_READ_ALL_ROLES: readonly Role[] = ['company_leader', 'finance', 'auditor'];
export const PLAN_READER_ROLES: readonly Role[] = [...PLAN_KEEPER_ROLES, ...PLAN_READ_ALL_ROLES];

/** A plan of ¥50,000.00 or more needs a second company leader (issue 12, item 6). */
export const PLAN_SECOND_LEADER_FEN = 5_000_000;

/** A plan may be changed in these states; an approved one may too, but it goes back to draft. */
export function isPlanEditable(status: PlanStatus): boolean {
  return status !== 'submitted';
}

/** Reason needed for a decision the requester will read: cutting or deferring says why. */
export function decisionNeedsReason(decision: PlanDecision): boolean {
  return decision === 'cut' || decision === 'deferred';
}

/** The plan number: buying unit, month and sequence, e.g. PP-OFFICE-202611-01 (one plan per unit and month, so 01). */
export function formatPlanNumber(buyingUnitCode: string, month: string, seq: number): string {
  return `PP-${buyingUnitCode}-${month.replace('-', '')}-${String(seq).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------
// Consolidation

/** A department's request line as the consolidation sees it. */
export interface SourceLine {
  requestLineId: number;
  departmentId: number;
  /** The catalogue item (mapped or chosen); null while a free-text line is unmapped. */
  itemId: number | null;
  quantity: number;
  estUnitPriceFen: number | null;
  estSupplierId: number | null;
  decision: PlanDecision;
}

/** The clerk's own figure for an item, replacing the netted one, with why. */
export interface ProposedOverride {
  proposedQty: number;
  reason: string;
}

export interface ConsolidatedLine {
  itemId: number;
  requestedQty: number;
  /** Requested quantity per department, in department id order. */
  byDepartment: { departmentId: number; quantity: number }[];
  /** Usable stock: on hand, never below zero. */
  stockQty: number;
  /** max(0, requested − usable stock): what the plan proposes unless the clerk says otherwise. */
  nettedQty: number;
  proposedQty: number;
  proposedReason: string | null;
  /** The lowest of the included lines' estimates, with its supplier; null when none had one. */
  estUnitPriceFen: number | null;
  estSupplierId: number | null;
  amountFen: number;
  requestLineIds: number[];
}

export interface Consolidation {
  lines: ConsolidatedLine[];
  totalFen: number;
  /** Included lines that must be mapped to a catalogue item before the plan can be submitted. */
  unmapped: number[];
  /** Lines waiting for the clerk to include or defer them (late ones). */
  pending: number[];
  /** What each department's included lines come to at the plan's prices: its budget position. */
  departmentFen: { departmentId: number; amountFen: number }[];
}

/**
 * Groups the included, mapped lines by item; sums what each department asked for;
 * nets against usable stock (usable = on hand: no safety reserve is held back, since
 * the regulation names none and a clerk can still propose more with a reason); prices
 * each item at the lowest estimate its lines carried. Arithmetic is in thousandths,
 * so 0.1 + 0.2 米 is 0.3 米.
 */
export function consolidate(
  sources: readonly SourceLine[],
  onHand: ReadonlyMap<number, number>,
  overrides: ReadonlyMap<number, ProposedOverride> = new Map(),
): Consolidation {
  const byItem = new Map<number, SourceLine[]>();
  const unmapped: number[] = [];
  const pending: number[] = [];
  for (const s of sources) {
    if (s.decision === 'pending') pending.push(s.requestLineId);
    if (s.decision !== 'included') continue;
    if (s.itemId === null) {
      unmapped.push(s.requestLineId);
      continue;
    }
    const group = byItem.get(s.itemId);
    if (group) group.push(s);
    else byItem.set(s.itemId, [s]);
  }

  const deptMilliFen = new Map<number, number>();
  const lines = [...byItem.entries()]
    .sort(([a], [b]) => a - b)
    .map(([itemId, group]): ConsolidatedLine => {
      const perDept = new Map<number, number>();
      for (const s of group) perDept.set(s.departmentId, (perDept.get(s.departmentId) ?? 0) + toMilli(s.quantity));
      const requestedMilli = [...perDept.values()].reduce((a, b) => a + b, 0);
      const stockMilli = Math.max(0, toMilli(onHand.get(itemId) ?? 0));
      const nettedQty = fromMilli(Math.max(0, requestedMilli - stockMilli));
      const cheapest = group
        .filter((s) => s.estUnitPriceFen !== null)
        .reduce<SourceLine | null>((best, s) => (best === null || s.estUnitPriceFen! < best.estUnitPriceFen! ? s : best), null);
      const price = cheapest?.estUnitPriceFen ?? null;
      const override = overrides.get(itemId);
      const proposedQty = override ? override.proposedQty : nettedQty;
      for (const [dept, milli] of perDept) {
        if (price !== null) deptMilliFen.set(dept, (deptMilliFen.get(dept) ?? 0) + lineAmountFen(fromMilli(milli), price));
      }
      return {
        itemId,
        requestedQty: fromMilli(requestedMilli),
        byDepartment: [...perDept.entries()].sort(([a], [b]) => a - b).map(([departmentId, milli]) => ({ departmentId, quantity: fromMilli(milli) })),
        stockQty: fromMilli(stockMilli),
        nettedQty,
        proposedQty,
        proposedReason: override && override.proposedQty !== nettedQty ? override.reason : null,
        estUnitPriceFen: price,
        estSupplierId: cheapest?.estSupplierId ?? null,
        amountFen: price === null ? 0 : lineAmountFen(proposedQty, price),
        requestLineIds: group.map((s) => s.requestLineId).sort((a, b) => a - b),
      };
    });
  return {
    lines,
    totalFen: lines.reduce((sum, l) => sum + l.amountFen, 0),
    unmapped,
    pending,
    departmentFen: [...deptMilliFen.entries()].sort(([a], [b]) => a - b).map(([departmentId, amountFen]) => ({ departmentId, amountFen })),
  };
}

/** Why a plan cannot be submitted yet, by what the clerk must do; empty when it can. */
export function submitProblems(c: Pick<Consolidation, 'lines' | 'unmapped' | 'pending'>): ('noLines' | 'unmapped' | 'pending')[] {
  const problems: ('noLines' | 'unmapped' | 'pending')[] = [];
  if (c.unmapped.length) problems.push('unmapped');
  if (c.pending.length) problems.push('pending');
  if (c.lines.length === 0) problems.push('noLines');
  return problems;
}

/**
 * How far a department is over its year's budget, or null when within (or it has none).
 * The budget's remaining already counts every approved request of the year as committed,
 * this month's included, so below zero is over. Only a warn-controlled line can be over
 * in practice: a stop-controlled one never let the request be submitted over it.
 */
export function overBudgetBy(budget: { remainingFen: number } | null): number | null {
  if (!budget || budget.remainingFen >= 0) return null;
  return -budget.remainingFen;
}
