import { parseYuan } from './money';
import type { Role } from './roles';
import type { ImportHeader } from './supplier-prices';

/**
 * The annual office-supplies budget (年度办公用品预算分解, DOMAIN.md §2 step 2): per year and
 * department, an amount for what the department buys through 办公室, and what happens when a
 * request would go over it. The rules a clerk could state in a sentence live here; the API's
 * budgets module applies them to the rows the request and plan modules publish.
 */

/** Only 办公室's purchasing clerk keeps it (the API checks the unit); a 供应处 clerk reads it. */
export const BUDGET_EDITOR_ROLES: readonly Role[] = ['purchasing_clerk'];
/** Leaders, finance and audit read every line; requesters and department heads their own department's. */
export const BUDGET_READER_ROLES: readonly Role[] = ['purchasing_clerk', 'company_leader', 'finance', 'auditor', 'requester', 'dept_head'];
/** The menu's 预算: a requester meets the budget beside their request instead. */
export const BUDGET_SECTION_ROLES: readonly Role[] = ['purchasing_clerk', 'company_leader', 'finance', 'auditor', 'dept_head'];

/** warn: an over-budget request goes, carrying a warning (and its plan an extra approval step); stop: it cannot be submitted. */
export const BUDGET_CONTROLS = ['warn', 'stop'] as const;
export type BudgetControl = (typeof BUDGET_CONTROLS)[number];

export const BUDGET_CONTROL_LABELS: Record<BudgetControl, { zh: string; en: string }> = {
  warn: { zh: '超支提醒', en: 'Warn' },
  stop: { zh: '超支禁止', en: 'Stop' },
};

/** The largest budget line we accept: a typo guard, ¥100,000,000.00. */
export const MAX_BUDGET_FEN = 10_000_000_000;

/** Where a request line stands against its department's budget. */
export type BudgetStanding = 'pending' | 'committed' | null;

/**
 * How a request line counts against the budget:
 * - submitted and not yet decided by the department head → pending. It counts at submit time,
 *   or two requests each under the limit would together exceed it;
 * - approved by the department (awaiting the plan) or included in a plan → committed, until the
 *   orders module reports it ordered (then it is spent);
 * - draft, rejected or returned requests, and lines the plan cut or deferred and no later plan
 *   took up, do not count.
 */
export function budgetStanding(requestStatus: string, plan: { included: boolean; dropped: boolean }): BudgetStanding {
  if (requestStatus === 'submitted') return 'pending';
  if (requestStatus !== 'approved') return null;
  if (plan.included) return 'committed';
  return plan.dropped ? null : 'committed';
}

export interface BudgetFigures {
  amountFen: number;
  committedFen: number;
  pendingFen: number;
  spentFen: number;
}

/** What is left: amount − committed − pending − spent (negative once over). */
export function budgetRemaining(f: BudgetFigures): number {
  return f.amountFen - f.committedFen - f.pendingFen - f.spentFen;
}

/** Over the budget, or within 10% of it: the clerk's early warning (a ¥0 budget is "near" as soon as it exists). */
export function nearBudgetLimit(f: BudgetFigures): boolean {
  return budgetRemaining(f) * 10 <= f.amountFen;
}

/** Share of the budget used, in basis points (10000 = all of it; over 10000 once over), for the bar. */
export function budgetUsedBp(f: BudgetFigures): number {
  const used = f.amountFen - budgetRemaining(f);
  if (f.amountFen <= 0) return used > 0 ? 10000 : 0;
  return Math.round((used * 10000) / f.amountFen);
}

export type BudgetCheck =
  | { kind: 'within'; remainingFen: number }
  | { kind: 'warn'; overByFen: number }
  | { kind: 'stop'; overByFen: number };

/**
 * A request of `requestFen` against a budget of which `usedFen` is already committed, pending
 * or spent (the request itself left out): within, with what would be left; or over by how much,
 * which a warn budget lets through with a warning and a stop budget refuses. Reaching exactly
 * the amount is within.
 */
export function budgetVerdict(b: { control: BudgetControl; amountFen: number; usedFen: number }, requestFen: number): BudgetCheck {
  const left = b.amountFen - b.usedFen - requestFen;
  if (left >= 0) return { kind: 'within', remainingFen: left };
  return { kind: b.control, overByFen: -left };
}

// ---------------------------------------------------------------------------
// Import of a year's budget from XLSX (or CSV): one row per department

export const BUDGET_IMPORT_COLUMNS = ['department', 'amount', 'control'] as const;
export type BudgetImportColumn = (typeof BUDGET_IMPORT_COLUMNS)[number];

export const BUDGET_IMPORT_HEADERS: Record<BudgetImportColumn, ImportHeader> = {
  department: { zh: '部门', en: 'Department', aliases: ['部门编码', '部门名称', 'department code', 'dept'], required: true },
  amount: { zh: '预算金额(元)', en: 'Budget (yuan)', aliases: ['预算金额', '预算', '金额', 'amount', 'budget'], required: true },
  control: { zh: '控制方式', en: 'Control', aliases: ['控制', '超支控制', 'control'], required: false },
};

const squash = (s: string) => s.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, '');

const CONTROL_WORDS: Record<BudgetControl, readonly string[]> = {
  warn: ['warn', '提醒', '超支提醒', '预警', '警告'],
  stop: ['stop', '禁止', '超支禁止', '控制', '刚性', '禁止提交'],
};

/** 提醒 / 禁止 (or warn / stop) as a clerk types it; empty is warn, the gentler control; null when not a control. */
export function parseBudgetControl(text: string): BudgetControl | null {
  const s = squash(text);
  if (s === '') return 'warn';
  for (const c of BUDGET_CONTROLS) if ([...CONTROL_WORDS[c], BUDGET_CONTROL_LABELS[c].zh, BUDGET_CONTROL_LABELS[c].en].some((w) => squash(w) === s)) return c;
  return null;
}

/** Yuan with at most two decimals → fen; zero is a budget (nothing may be bought); null when not one. */
export function parseBudgetAmount(text: string): number | null {
  const fen = parseYuan(text);
  return fen === null || fen < 0 || fen > MAX_BUDGET_FEN ? null : fen;
}
