import { z } from 'zod';
import { APPROVAL_STATUSES } from '../approvals';
import { PLAN_DECISIONS, PLAN_STATUSES } from '../purchasing-plans';
import { BUYING_UNITS, ITEM_CATEGORIES } from '../supplier-prices';
import { day, fen, id, month, page, PersonRef, timestamp } from './common';

/** A buying unit (办公室 or 供应处) as a plan names it. */
export const PlanUnit = z.object({ id, code: z.enum(BUYING_UNITS), name: z.string() });
export type PlanUnit = z.infer<typeof PlanUnit>;

export const PlanItem = z.object({ id, code: z.string(), name: z.string(), spec: z.string(), uom: z.string(), category: z.enum(ITEM_CATEGORIES) });
export type PlanItem = z.infer<typeof PlanItem>;

/** A department that asked for something this month, in the order the columns show them. */
export const PlanDepartment = z.object({ id, name: z.string() });
export type PlanDepartment = z.infer<typeof PlanDepartment>;

/** One item of the plan: what the departments asked for, stock, what to buy and for how much. */
export const PlanLine = z.object({
  /** The stored plan line; null in the live consolidation view (no plan yet). */
  id: id.nullable(),
  item: PlanItem,
  requestedQty: z.number(),
  byDepartment: z.array(z.object({ departmentId: id, quantity: z.number() })),
  stockQty: z.number(),
  /** requested − usable stock, never below 0: the proposal unless the clerk changed it. */
  nettedQty: z.number(),
  proposedQty: z.number(),
  /** Why the clerk's figure differs from the netted one; null when it does not. */
  proposedReason: z.string().nullable(),
  estUnitPriceFen: fen.nullable(),
  estSupplier: z.object({ id, name: z.string() }).nullable(),
  amountFen: fen,
});
export type PlanLine = z.infer<typeof PlanLine>;

/** A department's request line and what the plan does with it. */
export const PlanSource = z.object({
  /** The stored decision; null in the live consolidation view. */
  id: id.nullable(),
  requestLineId: id,
  requestId: id,
  requestNumber: z.string(),
  department: PlanDepartment,
  lineNo: z.number().int(),
  /** The catalogue item; null while a free-text line waits to be mapped. */
  item: PlanItem.nullable(),
  /** What the requester typed for a new item (kept after mapping, so the clerk sees what was asked). */
  newItem: z.object({ name: z.string(), spec: z.string(), uom: z.string() }).nullable(),
  quantity: z.number(),
  neededBy: day.nullable(),
  purpose: z.string(),
  estUnitPriceFen: fen.nullable(),
  /** Submitted after the cut-off: listed apart until the clerk includes or defers it. */
  late: z.boolean(),
  /** Deferred from an earlier month's plan: that month, YYYY-MM. */
  carriedFrom: month.nullable(),
  decision: z.enum(PLAN_DECISIONS),
  reason: z.string().nullable(),
});
export type PlanSource = z.infer<typeof PlanSource>;

/** A department's budget position (办公室 only; null budget: no budget line for it this year). */
export const PlanBudgetPosition = z.object({
  department: PlanDepartment,
  /** What this plan's included lines for the department come to. */
  planFen: fen,
  budget: z
    .object({
      amountFen: fen,
      committedFen: fen,
      spentFen: fen,
      remainingFen: fen,
      control: z.enum(['warn', 'stop']),
    })
    .nullable(),
  /** How far this plan takes the department over its budget; null when within. */
  overByFen: fen.nullable(),
});
export type PlanBudgetPosition = z.infer<typeof PlanBudgetPosition>;

/** GET /api/purchase-plans/:unit/:month/consolidation: the month as it would be planned now. */
export const PlanConsolidation = z.object({
  unit: PlanUnit,
  month,
  departments: z.array(PlanDepartment),
  lines: z.array(PlanLine),
  /**
   * The request lines: in a stored plan every one (included, late awaiting a decision, unmapped, cut,
   * deferred); in the live view only those that need the clerk (late, unmapped, carried from last month),
   * the plainly included ones being summed in the lines' per-department figures.
   */
  sources: z.array(PlanSource),
  totalFen: fen,
  unmappedCount: z.number().int(),
  pendingCount: z.number().int(),
  budget: z.array(PlanBudgetPosition),
  /** Some department is over a warn-controlled budget: the approval takes an extra step. */
  overBudget: z.boolean(),
  /** The month's plan, once opened. */
  plan: z.object({ id, number: z.string(), status: z.enum(PLAN_STATUSES) }).nullable(),
});
export type PlanConsolidation = z.infer<typeof PlanConsolidation>;

export const PLAN_ACTIONS = ['edit', 'submit'] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

/** A row of GET /api/purchase-plans. */
export const PurchasePlanSummary = z.object({
  id,
  number: z.string(),
  unit: PlanUnit,
  month,
  status: z.enum(PLAN_STATUSES),
  totalFen: fen,
  overBudget: z.boolean(),
  lineCount: z.number().int(),
  createdBy: PersonRef.nullable(),
  submittedAt: timestamp.nullable(),
  approvedAt: timestamp.nullable(),
  updatedAt: timestamp,
  version: z.number().int(),
});
export type PurchasePlanSummary = z.infer<typeof PurchasePlanSummary>;

export const PurchasePlanList = page(PurchasePlanSummary);
export type PurchasePlanList = z.infer<typeof PurchasePlanList>;

/** GET /api/purchase-plans/:id: the stored plan with its consolidation, approval and what this user may do. */
export const PurchasePlan = PlanConsolidation.omit({ plan: true }).extend({
  id,
  number: z.string(),
  status: z.enum(PLAN_STATUSES),
  note: z.string(),
  createdBy: PersonRef.nullable(),
  submittedAt: timestamp.nullable(),
  approvedAt: timestamp.nullable(),
  updatedAt: timestamp,
  version: z.number().int(),
  approval: z.object({ requestId: id, status: z.enum(APPROVAL_STATUSES), currentStep: z.number().int().nullable(), readable: z.boolean() }).nullable(),
  /** What stops a submission now (unmapped lines, late lines undecided, nothing to buy). */
  submitProblems: z.array(z.enum(['noLines', 'unmapped', 'pending'])),
  actions: z.array(z.enum(PLAN_ACTIONS)),
});
export type PurchasePlan = z.infer<typeof PurchasePlan>;
