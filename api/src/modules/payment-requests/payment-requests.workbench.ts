import { t } from '../../http/messages';
import type { WorkbenchCardProvider } from '../workbench/workbench.registry';
import { countToPay } from './payment-requests.service';

// Finance pays what the heads approved: the card is its to-do.
export const paymentRequestsWorkbench: WorkbenchCardProvider[] = [
  {
    id: 'payment-requests.to-pay',
    roles: ['finance'],
    load: async ({ db, user, lang }) => ({
      title: t('paymentRequests.card.toPay', lang),
      hint: t('paymentRequests.card.toPayHint', lang),
      count: await countToPay(db, user),
      total: null,
      link: { path: '/payment-requests', query: { status: 'approved' } },
      chart: null,
    }),
  },
];
