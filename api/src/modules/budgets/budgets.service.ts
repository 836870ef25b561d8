import type { Knex } from 'knex';
import {
  budgetRemaining,
  budgetStanding,
  requestLineSpend,
  calendarDay,
  hasAnyRole,
  nearBudgetLimit,
  type BudgetControl,
  type BudgetFigures,
  type Role,
} from '@portal/domain';
import type { BudgetGrid, BudgetLine } from '@portal/domain/contracts';
import { Conflict, Forbidden, Invalid } from '../../http/errors';
import type { Lang } from '../../http/lang';
import type { Actor } from '../../http/route';
import type { SessionUser } from '../../http/session';
import { audit } from '../audit/audit.service';
import { editableUnits } from '../items/items.service';
import { loadUnitTree, inScope, subtreeScope, type PlacedUnit, type Scope } from '../units/units.scope';
import * as repo from './budgets.repo';
import type { GridQuery, SaveGrid } from './budgets.schema';

/** Who reads every department's line; requesters and department heads read their own. */
const WHOLE_BUDGET_READERS: readonly Role[] = ['company_leader', 'finance', 'auditor', 'purchasing_clerk'];

export const thisYear = () => Number(calendarDay(new Date()).slice(0, 4));

/**
 * The departments that take an office-supplies budget: head office's centres and departments
 * (those who consume what 办公室 buys), in the tree's order; branches buy for themselves.
 */
export interface BudgetUnits {
  office: PlacedUnit;
  departments: PlacedUnit[];
}

export async function budgetUnits(db: Knex): Promise<BudgetUnits> {
  const tree = await loadUnitTree(db);
  const office = tree.units.find((u) => u.code === 'OFFICE');
  if (!office) throw new Error('the unit tree has no 办公室 (OFFICE)');
  const departments = tree.units.filter((u) => (u.kind === 'centre' || u.kind === 'department') && tree.place(u.id)?.branch === null);
  return { office, departments };
}

/** Only the purchasing clerk of 办公室 keeps the budget (DOMAIN.md §2 step 2). */
export async function keepsBudget(db: Knex, user: SessionUser): Promise<boolean> {
  return (await editableUnits(db, user)).includes('OFFICE');
}

export async function assertKeepsBudget(db: Knex, user: SessionUser): Promise<void> {
  if (!(await keepsBudget(db, user))) throw new Forbidden('budgets.officeClerkOnly');
}

/** The departments whose lines the user may read: null for all; a requester or head, their own. */
async function readableDepartments(db: Knex, user: SessionUser): Promise<Scope> {
  if (hasAnyRole(user.roles, WHOLE_BUDGET_READERS)) return null;
  const own = await subtreeScope(db, user.roles, ['requester', 'dept_head']);
  if (own !== null && own.length === 0) throw new Forbidden('budgets.notYourDepartment');
  return own;
}

type Figures = Omit<BudgetFigures, 'amountFen'>;
const noUse = (): Figures => ({ committedFen: 0, pendingFen: 0, spentFen: 0 });

/**
 * Committed, pending and spent per department, from the request, plan and order modules'
 * published rows. A line the plan included counts its estimate as committed until orders are
 * placed against its plan line; then the domain's requestLineSpend moves the ordered part to
 * spent, at the orders' prices less refunds (a cancelled order counts no more).
 */
export async function usageByDepartment(
  db: Knex,
  f: { buyingUnitId: number; year: number; departmentIds?: readonly number[]; excludeRequestId?: number },
): Promise<Map<number, Figures>> {
  const out = new Map<number, Figures>();
  const figures = (departmentId: number) => out.get(departmentId) ?? out.set(departmentId, noUse()).get(departmentId)!;
  for (const r of await repo.usageOfYear(db, f)) {
    const standing = budgetStanding(r.request_status, r);
    if (!standing) continue;
    const fig = figures(r.department_id);
    if (standing === 'pending') fig.pendingFen += r.amount_fen;
    else fig.committedFen += r.amount_fen;
  }
  // Those committed lines with orders: what the orders placed leaves committed, and what they spent.
  for (const r of await repo.orderedUsageOfYear(db, f)) {
    if (budgetStanding(r.request_status, { included: true, dropped: false }) !== 'committed') continue;
    const use = requestLineSpend(r.est_amount_fen, r.quantity, {
      approvedQty: r.approved_qty,
      lineRequestedQty: r.line_requested_qty,
      orderedQty: r.ordered_qty,
      acceptedQty: r.accepted_qty,
      orderedFen: r.ordered_fen,
      refundFen: r.refund_fen,
    });
    const fig = figures(r.department_id);
    fig.committedFen -= r.est_amount_fen - use.committedFen;
    fig.spentFen += use.spentFen;
  }
  return out;
}

function toLine(dept: PlacedUnit, lang: Lang, budget: repo.BudgetRow | undefined, use: Figures): BudgetLine {
  const figures = { amountFen: budget?.amount_fen ?? 0, ...use };
  return {
    budgetId: budget?.id ?? null,
    departmentId: dept.id,
    departmentCode: dept.code,
    departmentName: lang === 'zh' ? dept.name_zh : dept.name_en,
    amountFen: figures.amountFen,
    control: budget?.control ?? 'warn',
    committedFen: use.committedFen,
    pendingFen: use.pendingFen,
    spentFen: use.spentFen,
    remainingFen: budgetRemaining(figures),
    nearLimit: budget !== undefined && nearBudgetLimit(figures),
    version: budget?.version ?? null,
  };
}

/** The year's lines of the given departments (all when not said), with their figures. */
export async function budgetLines(db: Knex, lang: Lang, year: number, departmentIds: Scope = null): Promise<BudgetLine[]> {
  const { office, departments } = await budgetUnits(db);
  const shown = departments.filter((d) => inScope(departmentIds, d.id));
  const budgets = new Map((await repo.budgetsOfYear(db, office.id, year)).map((b) => [b.department_id, b]));
  const use = await usageByDepartment(db, { buyingUnitId: office.id, year, departmentIds: shown.map((d) => d.id) });
  return shown.map((d) => toLine(d, lang, budgets.get(d.id), use.get(d.id) ?? noUse()));
}

/**
 * For the company plan's budget positions: the year's lines of these departments that have
 * one (a department without a line is absent), with committed, spent and remaining.
 */
export async function budgetsOfDepartments(db: Knex, year: number, departmentIds: readonly number[]): Promise<Map<number, BudgetLine>> {
  const lines = await budgetLines(db, 'zh', year, departmentIds);
  return new Map(lines.filter((l) => l.budgetId !== null).map((l) => [l.departmentId, l]));
}

export async function budgetGrid(db: Knex, user: SessionUser, lang: Lang, q: GridQuery): Promise<BudgetGrid> {
  const year = q.year ?? thisYear();
  let scope = await readableDepartments(db, user);
  if (q.departmentId !== undefined) {
    if (!inScope(scope, q.departmentId)) throw new Forbidden('budgets.notYourDepartment');
    scope = [q.departmentId];
  }
  const lines = await budgetLines(db, lang, year, scope);
  const sum = (k: 'amountFen' | 'committedFen' | 'pendingFen' | 'spentFen' | 'remainingFen') => lines.reduce((s, l) => s + l[k], 0);
  return {
    year,
    editable: await keepsBudget(db, user),
    lines,
    totals: { amountFen: sum('amountFen'), committedFen: sum('committedFen'), pendingFen: sum('pendingFen'), spentFen: sum('spentFen'), remainingFen: sum('remainingFen') },
  };
}

export interface BudgetSetting {
  departmentId: number;
  amountFen: number;
  control: BudgetControl;
  /** The version the clerk read; null when the department had no line. */
  version: number | null;
}

/**
 * Sets department lines of a year in the caller's transaction, all or nothing: a line at a
 * stale version (or one added meanwhile by someone else) is a 409 for the whole save. `path`
 * names a line's field in the 400 the clerk sees (lines.3.departmentId, or rows.7.department).
 */
export async function setBudgetLines(
  trx: Knex,
  actor: Actor,
  year: number,
  settings: readonly BudgetSetting[],
  path: (i: number) => string,
): Promise<{ created: number; updated: number }> {
  const { office, departments } = await budgetUnits(trx);
  const eligible = new Set(departments.map((d) => d.id));
  const seen = new Map<number, number>();
  const errors = settings.flatMap((s, i) => {
    const other = seen.get(s.departmentId);
    seen.set(s.departmentId, i);
    if (!eligible.has(s.departmentId)) return [{ path: path(i), message: 'budgets.notADepartment' }];
    if (other !== undefined) return [{ path: path(i), message: 'budgets.duplicateDepartment', params: { other } }];
    return [];
  });
  if (errors.length > 0) throw new Invalid(errors);

  const existing = new Map((await repo.budgetsOfYear(trx, office.id, year)).map((b) => [b.department_id, b]));
  let created = 0;
  let updated = 0;
  for (const s of settings) {
    const before = existing.get(s.departmentId);
    if (before && s.version === null) throw Conflict.stale();
    const values = { amount_fen: s.amountFen, control: s.control, updated_by: actor.userId };
    if (!before) {
      if (s.version !== null) throw Conflict.stale();
      const id = await repo.insertBudget(trx, { year, department_id: s.departmentId, buying_unit_id: office.id, ...values });
      await audit(trx, actor, { action: 'budget.set', entity: 'budget', entityId: id, after: { year, departmentId: s.departmentId, ...values } });
      created++;
    } else if (before.amount_fen !== s.amountFen || before.control !== s.control) {
      if (!(await repo.updateBudget(trx, before.id, s.version!, values))) throw Conflict.stale();
      await audit(trx, actor, {
        action: 'budget.set',
        entity: 'budget',
        entityId: before.id,
        before: { year, departmentId: s.departmentId, amount_fen: before.amount_fen, control: before.control },
        after: { year, departmentId: s.departmentId, ...values },
      });
      updated++;
    }
  }
  return { created, updated };
}

export async function saveBudgetGrid(db: Knex, actor: Actor, user: SessionUser, lang: Lang, year: number, body: SaveGrid): Promise<BudgetGrid> {
  await assertKeepsBudget(db, user);
  await db.transaction((trx) => setBudgetLines(trx, actor, year, body.lines, (i) => `lines.${i}.departmentId`));
  return budgetGrid(db, user, lang, { year });
}
