import { t } from '../../http/messages';
import type { WorkbenchCardProvider } from '../workbench/workbench.registry';
import { countToConfirm } from './purchase-invoices.service';

// Finance confirms each batch the clerks hand over: its to-do.
export const purchaseInvoicesWorkbench: WorkbenchCardProvider[] = [
  {
    id: 'purchase-invoices.to-confirm',
    roles: ['finance'],
    load: async ({ db, user, lang }) => ({
      title: t('purchaseInvoices.card.toConfirm', lang),
      hint: t('purchaseInvoices.card.toConfirmHint', lang),
      count: await countToConfirm(db, user),
      total: null,
      link: { path: '/purchase-invoices/handovers', query: { status: 'sent' } },
      chart: null,
    }),
  },
];
