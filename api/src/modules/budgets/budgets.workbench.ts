import type { MessageTable } from '../../http/messages';
import { t } from '../../http/messages';
import type { WorkbenchCardProvider } from '../workbench/workbench.registry';
import { budgetLines, keepsBudget } from './budgets.service';

export const budgetsWorkbenchMessages: MessageTable = {
  'budgets.card.near': { zh: '预算临近或超支的部门', en: 'Departments near or over budget' },
  'budgets.card.nearHint': { zh: '{year}年办公用品预算：余额不足10%或已超支', en: '{year} office-supplies budget: less than 10% left, or over' },
};

// The clerk of 办公室 watches the budget as requests arrive; everyone else sees it on the budget screen.
export const budgetsWorkbench: WorkbenchCardProvider[] = [
  {
    id: 'budgets.near-limit',
    roles: ['purchasing_clerk'],
    shows: ({ db, user }) => keepsBudget(db, user),
    load: async ({ db, lang, today }) => {
      const year = Number(today.slice(0, 4));
      const lines = (await budgetLines(db, lang, year)).filter((l) => l.budgetId !== null);
      return {
        title: t('budgets.card.near', lang),
        hint: t('budgets.card.nearHint', lang, { year }),
        count: lines.filter((l) => l.nearLimit).length,
        total: lines.length,
        link: { path: '/budgets', query: { year: String(year) } },
        chart: null,
      };
    },
  },
];
