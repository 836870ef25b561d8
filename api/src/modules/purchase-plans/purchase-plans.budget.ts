import type { Knex } from 'knex';
import { overBudgetBy } from '@portal/domain';
import type { PlanBudgetPosition } from '@portal/domain/contracts';
import { budgetsOfDepartments } from '../budgets/budgets.service';

/** A department's budget for the year as the budgets module reports it. */
export interface BudgetFigures {
  amountFen: number;
  committedFen: number;
  spentFen: number;
  remainingFen: number;
  control: 'warn' | 'stop';
}

/**
 * The budget lines of the departments for the year (办公室 only: 供应处 has no budget).
 * Through the budgets module's service; a department with no line is absent.
 */
async function budgetsOf(db: Knex, unitCode: string, year: number, departmentIds: readonly number[]): Promise<Map<number, BudgetFigures>> {
  if (unitCode !== 'OFFICE' || departmentIds.length === 0) return new Map();
  const lines = await budgetsOfDepartments(db, year, departmentIds);
  return new Map(
    [...lines.values()].map((l) => [
      l.departmentId,
      // Pending (submitted, not yet approved by the department) counts as committed here: it is spoken for.
      { amountFen: l.amountFen, committedFen: l.committedFen + l.pendingFen, spentFen: l.spentFen, remainingFen: l.remainingFen, control: l.control },
    ]),
  );
}

/**
 * Each department's position: what this plan asks for it and its year's budget; over
 * when the budget's remaining (which already counts this month's approved requests as
 * committed) is below zero. `overBudget` is the approval fact: a warn-controlled line over.
 */
export async function budgetPositions(
  db: Knex,
  unit: { id: number; code: string },
  month: string,
  departments: readonly { id: number; name: string }[],
  planFen: readonly { departmentId: number; amountFen: number }[],
): Promise<{ positions: PlanBudgetPosition[]; overBudget: boolean }> {
  const budgets = await budgetsOf(db, unit.code, Number(month.slice(0, 4)), departments.map((d) => d.id));
  const fen = new Map(planFen.map((d) => [d.departmentId, d.amountFen]));
  const positions = departments.map((department) => {
    const budget = budgets.get(department.id) ?? null;
    return { department, planFen: fen.get(department.id) ?? 0, budget, overByFen: overBudgetBy(budget) };
  });
  return { positions, overBudget: positions.some((p) => p.overByFen !== null && p.budget?.control === 'warn') };
}
