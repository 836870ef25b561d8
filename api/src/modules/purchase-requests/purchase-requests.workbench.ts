import { monthStart, type PurchaseRequestStatus } from '@portal/domain';
import type { MessageTable } from '../../http/messages';
import { t } from '../../http/messages';
import type { WorkbenchCardProvider } from '../workbench/workbench.registry';
import * as repo from './purchase-requests.repo';
import { scopeOf } from './purchase-requests.scope';

export const purchaseRequestsWorkbenchMessages: MessageTable = {
  'purchaseRequests.card.mine': { zh: '我的采购申请草稿与退回', en: 'My draft and returned requests' },
  'purchaseRequests.card.mineHint': { zh: '退回或驳回的申请改好后重新提交', en: 'Change returned or rejected requests and submit them again' },
  'purchaseRequests.card.received': { zh: '{month} 部门采购申请', en: 'Department requests for {month}' },
  'purchaseRequests.card.receivedHint': { zh: '已由部门负责人批准 / 已提交的申请', en: 'Approved by the department head, of those submitted' },
};

const EDITABLE: PurchaseRequestStatus[] = ['draft', 'returned', 'rejected'];
const SUBMITTED: PurchaseRequestStatus[] = ['submitted', 'approved'];


export const purchaseRequestsWorkbench: WorkbenchCardProvider[] = [
  {
    id: 'purchase-requests.mine',
    roles: ['requester'],
    load: async ({ db, user, lang }) => ({
      title: t('purchaseRequests.card.mine', lang),
      hint: t('purchaseRequests.card.mineHint', lang),
      count: await repo.countByStatus(db, await scopeOf(db, user.roles), { createdBy: user.id, statuses: EDITABLE }),
      total: null,
      link: { path: '/purchase-requests', query: { mine: 'true' } },
      chart: null,
    }),
  },
  {
    id: 'purchase-requests.received',
    roles: ['purchasing_clerk'],
    load: async ({ db, user, lang, today }) => {
      // This month's requests: the ones the clerk consolidates into this month's plan.
      const month = today.slice(0, 7);
      const scope = await scopeOf(db, user.roles);
      return {
        title: t('purchaseRequests.card.received', lang, { month }),
        hint: t('purchaseRequests.card.receivedHint', lang),
        count: await repo.countByStatus(db, scope, { statuses: ['approved'], month: monthStart(month) }),
        total: await repo.countByStatus(db, scope, { statuses: SUBMITTED, month: monthStart(month) }),
        link: { path: '/purchase-requests', query: { month } },
        chart: null,
      };
    },
  },
];
