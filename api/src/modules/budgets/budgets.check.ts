import type { Knex } from 'knex';

/**
 * The budget check a department request goes through when it is submitted (issue 12,
 * item 3), called by the purchase-requests service inside its submit transaction.
 * OWNED BY the budgets module: the signature is the agreement between the two modules;
 * the budgets engineer writes the body (lock the budget row FOR UPDATE, sum what the
 * department has already asked for this year through requestLinesView, compare).
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

export async function checkBudgetForSubmit(trx: Knex, input: BudgetCheckInput): Promise<BudgetVerdict> {
  // Until the budgets module lands no budget applies; the budgets engineer's body replaces this.
  void trx;
  void input;
  return { kind: 'none' };
}
