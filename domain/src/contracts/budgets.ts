import { z } from 'zod';
import { BUDGET_CONTROLS } from '../purchasing-budgets';
import { id } from './common';

/**
 * One department's line of the annual office-supplies budget (年度办公用品预算分解) as the grid
 * shows it. A department without a line for the year comes with `budgetId` and `version` null and
 * zero amount, so the clerk fills the grid in place. Money in fen.
 */
export const BudgetLine = z.object({
  budgetId: id.nullable(),
  departmentId: id,
  departmentCode: z.string(),
  departmentName: z.string(),
  amountFen: z.number().int(),
  control: z.enum(BUDGET_CONTROLS),
  /** Approved by the department or included in a plan, not yet ordered. */
  committedFen: z.number().int(),
  /** Submitted, awaiting the department head: counted so two requests cannot both take the last yuan. */
  pendingFen: z.number().int(),
  /** Ordered: 0 until the orders module publishes its figure. */
  spentFen: z.number().int(),
  remainingFen: z.number().int(),
  /** Over, or within 10% of, the amount. */
  nearLimit: z.boolean(),
  version: z.number().int().nullable(),
});
export type BudgetLine = z.infer<typeof BudgetLine>;

/** GET /api/budgets?year=: the year's grid, and whether the caller may edit it. */
export const BudgetGrid = z.object({
  year: z.number().int(),
  editable: z.boolean(),
  lines: z.array(BudgetLine),
  totals: z.object({ amountFen: z.number().int(), committedFen: z.number().int(), pendingFen: z.number().int(), spentFen: z.number().int(), remainingFen: z.number().int() }),
});
export type BudgetGrid = z.infer<typeof BudgetGrid>;

/** POST /api/budgets/import: how many department lines the file set, all in one go; skipped: rows without an amount. */
export const BudgetImportResult = z.object({ year: z.number().int(), imported: z.number().int(), skipped: z.number().int(), created: z.number().int(), updated: z.number().int() });
export type BudgetImportResult = z.infer<typeof BudgetImportResult>;
