import type { Knex } from 'knex';
import { budgetRemaining, budgetVerdict } from '@portal/domain';
import * as repo from './budgets.repo';
import { budgetUnits, usageByDepartment } from './budgets.service';

/**
 * The budget check a department request goes through when it is submitted (issue 12,
 * item 3), called by the purchase-requests service inside its submit transaction.
 * OWNED BY the budgets module: the signature is the agreement between the two modules.
 */
export type BudgetVerdict =
  /** No budget applies (供应处 purchases, or no budget line for the department and year). */
  | { kind: 'none' }
  | { kind: 'within'; remainingFen: number }
  /** Over a warn-controlled budget: the request may go, carrying the warning. */
  | { kind: 'warn'; overByFen: number }
  /** Over a stop-controlled budget: the request may not be submitted. */
  | { kind: 'stop'; overByFen: number };

export interface BudgetCheckInput {
  departmentId: number;
  buyingUnitId: number;
  /** The request's month, 'YYYY-MM-01': its year picks the budget line. */
  month: string;
  /** The request being submitted, left out of what is already asked (a resubmission). */
  requestId: number;
  amountFen: number;
}

/**
 * Locks the department's budget line (SELECT … FOR UPDATE) before summing what is already
 * asked of it, so two submissions racing for the last ¥1,000 queue on that row: the second
 * reads after the first commits (READ COMMITTED reads afresh per statement) and sees the first
 * request among the pending ones. The caller must hold the transaction until its own request
 * is stored as submitted (or roll back on 'stop'); `within` says what would then be left.
 */
export async function checkBudgetForSubmit(trx: Knex, input: BudgetCheckInput): Promise<BudgetVerdict> {
  const { office } = await budgetUnits(trx);
  if (input.buyingUnitId !== office.id) return { kind: 'none' };
  const year = Number(input.month.slice(0, 4));
  const budget = await repo.lockBudget(trx, { year, departmentId: input.departmentId, buyingUnitId: office.id });
  if (!budget) return { kind: 'none' };
  const use = await usageByDepartment(trx, { buyingUnitId: office.id, year, departmentIds: [input.departmentId], excludeRequestId: input.requestId });
  const figures = { amountFen: budget.amount_fen, committedFen: 0, pendingFen: 0, spentFen: 0, ...use.get(input.departmentId) };
  const usedFen = budget.amount_fen - budgetRemaining(figures);
  return budgetVerdict({ control: budget.control, amountFen: budget.amount_fen, usedFen }, input.amountFen);
}
