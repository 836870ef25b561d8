import type { MessageTable } from '../../http/messages';
import { t } from '../../http/messages';
import type { WorkbenchCardProvider } from '../workbench/workbench.registry';
import { inboxCount } from './approvals.service';

export const approvalsWorkbenchMessages: MessageTable = {
  'approvals.card.waiting': { zh: '待我审批', en: 'Waiting for my approval' },
  'approvals.card.waitingHint': { zh: '含他人委托给我代批的', en: 'Including those I stand in for' },
};

export const approvalsWorkbench: WorkbenchCardProvider[] = [
  {
    id: 'approvals.waiting',
    // Any role may be a step's approver or a stand-in; internal audit changes nothing, so it never approves.
    roles: 'signedIn',
    shows: ({ user }) => user.roles.some((g) => g.role !== 'auditor'),
    load: async ({ db, user, lang }) => ({
      title: t('approvals.card.waiting', lang),
      hint: t('approvals.card.waitingHint', lang),
      count: await inboxCount(db, user.id),
      total: null,
      link: { path: '/approvals', query: {} },
      chart: null,
    }),
  },
];
