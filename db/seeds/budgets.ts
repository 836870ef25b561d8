import type { Knex } from 'knex';
import { calendarDay } from '@portal/domain';
import { budgetUnits, usageByDepartment } from '../../api/src/modules/budgets/budgets.service';

/**
 * This year's office-supplies budget (年度办公用品预算分解) for head office's user departments:
 * most warn, 审计部 stops, and 人力资源部 is left with about 5% of its budget, so the clerk's home
 * page and HR's request editor show a warning. Not IT: the demo requester's department keeps room,
 * so a walk-through of a new request stays within budget. Runs after the requests' seed, whose
 * requests it counts.
 */
const NEARLY_USED_UP = 'HR';

const AMOUNTS_YUAN: [code: string, yuan: number, control: 'warn' | 'stop'][] = [
  ['IT', 36_000, 'warn'],
  ['HR', 12_000, 'warn'],
  ['FINANCE', 15_000, 'warn'],
  ['WORKSHOP', 8_000, 'warn'],
  ['AUDIT', 6_000, 'stop'],
  ['OFFICE', 20_000, 'warn'],
];

export async function seedBudgets(trx: Knex, clerkId: number): Promise<void> {
  const year = Number(calendarDay(new Date()).slice(0, 4));
  const { office, departments } = await budgetUnits(trx);
  const idOf = new Map(departments.map((d) => [d.code, d.id]));
  const use = await usageByDepartment(trx, { buyingUnitId: office.id, year });
  const usedFen = (id: number) => {
    const f = use.get(id);
    return f ? f.committedFen + f.pendingFen + f.spentFen : 0;
  };
  for (const [code, yuan, control] of AMOUNTS_YUAN) {
    const id = idOf.get(code);
    if (id === undefined) continue;
    // Nearly used up: what is asked is 95% of the budget, rounded up to whole ¥100.
    const amountFen = code === NEARLY_USED_UP && usedFen(id) > 0 ? Math.ceil((usedFen(id) * 100) / 95 / 10_000) * 10_000 : yuan * 100;
    await trx('budgets').insert({ year, department_id: id, buying_unit_id: office.id, amount_fen: amountFen, control, updated_by: clerkId });
  }
}
