import { budgetRemaining, budgetUsedBp, formatFen, nearBudgetLimit, parseYuan, MAX_BUDGET_FEN, type BudgetControl } from '@portal/domain';
import type { BudgetLine, BudgetSetting } from './budgets.api';

/** What the clerk typed into a department's row, before it is saved. */
export interface BudgetEdit {
  amount: string;
  control: BudgetControl;
}

/** A row of the grid as shown: the saved line with the clerk's edit applied and its figures worked out again. */
export interface BudgetRow {
  line: BudgetLine;
  amountText: string;
  control: BudgetControl;
  /** null while the typed amount is not one (the cell shows why). */
  amountFen: number | null;
  remainingFen: number;
  usedBp: number;
  nearLimit: boolean;
  over: boolean;
  dirty: boolean;
  /** A saved line, or an amount being typed for a department without one: figures to show. */
  hasBudget: boolean;
}

/** '36,000.00' as the clerk sees a saved amount; empty for a department without a line. */
export const amountText = (line: BudgetLine): string => (line.budgetId === null ? '' : formatFen(line.amountFen));

function typedFen(text: string): number | null {
  const fen = parseYuan(text);
  return fen === null || fen < 0 || fen > MAX_BUDGET_FEN ? null : fen;
}

/**
 * The row with the edit applied: remaining, the bar and the warning follow the typed amount at
 * once (the same rule the API applies), so the clerk sees what a new figure leaves.
 */
export function budgetRow(line: BudgetLine, edit: BudgetEdit | undefined): BudgetRow {
  const text = edit?.amount ?? amountText(line);
  const control = edit?.control ?? line.control;
  const typed = text.trim() === '' ? 0 : typedFen(text);
  const figures = { amountFen: typed ?? line.amountFen, committedFen: line.committedFen, pendingFen: line.pendingFen, spentFen: line.spentFen };
  const remainingFen = budgetRemaining(figures);
  const hasBudget = line.budgetId !== null || (edit !== undefined && text.trim() !== '');
  const dirty = edit !== undefined && (text.trim() !== amountText(line) || control !== line.control) && !(line.budgetId === null && text.trim() === '');
  return {
    line,
    amountText: text,
    control,
    amountFen: typed,
    remainingFen,
    usedBp: budgetUsedBp(figures),
    nearLimit: hasBudget && nearBudgetLimit(figures),
    over: hasBudget && remainingFen < 0,
    dirty,
    hasBudget,
  };
}

/** The changed rows as the API saves them, at the versions read; null when a typed amount is wrong. */
export function changedSettings(rows: readonly BudgetRow[]): BudgetSetting[] | null {
  const changed = rows.filter((r) => r.dirty);
  if (changed.some((r) => r.amountFen === null)) return null;
  return changed.map((r) => ({ departmentId: r.line.departmentId, amountFen: r.amountFen!, control: r.control, version: r.line.version }));
}
