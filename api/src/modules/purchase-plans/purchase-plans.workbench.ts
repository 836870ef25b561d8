import { PLAN_KEEPER_ROLES } from '@portal/domain';
import type { MessageTable } from '../../http/messages';
import { t } from '../../http/messages';
import type { WorkbenchCardProvider } from '../workbench/workbench.registry';
import * as repo from './purchase-plans.repo';
import { readScope } from './purchase-plans.scope';

export const purchasePlansWorkbenchMessages: MessageTable = {
  'purchasePlans.card.waiting': { zh: '{month} 待汇总的申请明细', en: 'Request lines waiting for the {month} plan' },
  'purchasePlans.card.waitingHint': {
    zh: '部门负责人已批准、尚未汇总进公司采购计划；打开本月计划即可汇总',
    en: 'Approved by their department heads, not yet in a company plan: open the month to consolidate them',
  },
};

/**
 * The clerk's to-do: this month's approved department requests not yet in the company plan
 * ("open this month's plan", or refresh it). Leaders find plans to approve in the approvals card.
 */
export const purchasePlansWorkbench: WorkbenchCardProvider[] = [
  {
    id: 'purchase-plans.waiting',
    roles: PLAN_KEEPER_ROLES,
    load: async ({ db, user, lang, today }) => {
      const month = today.slice(0, 7);
      return {
        title: t('purchasePlans.card.waiting', lang, { month }),
        hint: t('purchasePlans.card.waitingHint', lang),
        count: await repo.countWaitingLines(db, await readScope(db, user), `${month}-01`),
        total: null,
        link: { path: '/purchase-plans', query: {} },
        chart: null,
      };
    },
  },
];
