import { t } from '../../http/messages';
import type { WorkbenchCardProvider } from '../workbench/workbench.registry';
import { countAwaitingReview } from './purchase-orders.contract';
import { readScope } from './purchase-orders.service';

// A contract order's goods are settled only once the buying unit's head has reviewed the delivery
// (审核): the deliveries waiting for that are the head's to-do.
export const purchaseOrdersWorkbench: WorkbenchCardProvider[] = [
  {
    id: 'purchase-orders.awaiting-review',
    roles: ['dept_head'],
    load: async ({ db, user, lang }) => ({
      title: t('purchaseOrders.card.awaitingReview', lang),
      hint: t('purchaseOrders.card.awaitingReviewHint', lang),
      count: await countAwaitingReview(db, await readScope(db, user)),
      total: null,
      link: { path: '/purchase-orders', query: { review: 'awaiting' } },
      chart: null,
    }),
  },
];
