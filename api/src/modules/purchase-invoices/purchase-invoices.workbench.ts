import { t } from '../../http/messages';
import type { WorkbenchCardProvider } from '../workbench/workbench.registry';
import { countToConfirm, countToInvoice } from './purchase-invoices.service';

// Finance confirms each batch the clerks hand over; the clerk chases the invoices of goods received.
export const purchaseInvoicesWorkbench: WorkbenchCardProvider[] = [
  {
    id: 'purchase-invoices.to-invoice',
    roles: ['purchasing_clerk'],
    load: async ({ db, user, lang }) => ({
      title: t('purchaseInvoices.card.toInvoice', lang),
      hint: t('purchaseInvoices.card.toInvoiceHint', lang),
      count: await countToInvoice(db, user),
      total: null,
      link: { path: '/purchase-invoices/new', query: {} },
      chart: null,
    }),
  },
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
