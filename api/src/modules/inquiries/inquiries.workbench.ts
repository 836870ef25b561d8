import type { MessageTable } from '../../http/messages';
import { t } from '../../http/messages';
import type { WorkbenchCardProvider } from '../workbench/workbench.registry';
import * as repo from './inquiries.repo';
import { viewerOf } from './inquiries.service';

export const inquiriesWorkbenchMessages: MessageTable = {
  'inquiries.card.toCompare': { zh: '报价已开启、待比价的询价单', en: 'Inquiries with quotes open to compare' },
  'inquiries.card.toCompareHint': { zh: '截止时间已过，比价后选一家开洽谈单', en: 'The deadline has passed: compare, then open a negotiation with one supplier' },
  'inquiries.card.toQuote': { zh: '待报价的询价单', en: 'Inquiries to quote' },
  'inquiries.card.toQuoteHint': { zh: '截止前可报价、可修改；共 {taking} 张仍在收报价', en: 'Quote or revise before the deadline; {taking} still taking quotes' },
};

export const inquiriesWorkbench: WorkbenchCardProvider[] = [
  {
    id: 'inquiries.to-compare',
    roles: ['purchasing_clerk'],
    load: async ({ db, user, lang }) => ({
      title: t('inquiries.card.toCompare', lang),
      hint: t('inquiries.card.toCompareHint', lang),
      count: await repo.countToCompare(db, (await viewerOf(db, user)).units),
      total: null,
      link: { path: '/inquiries', query: {} },
      chart: null,
    }),
  },
  {
    // A supplier contact's: the inquiries its company is invited to that it has not quoted yet.
    id: 'inquiries.to-quote',
    roles: ['supplier_contact'],
    load: async ({ db, user, lang }) => {
      const { taking, unquoted } = await repo.countToQuote(db, user.supplierId ?? -1);
      return {
        title: t('inquiries.card.toQuote', lang),
        hint: t('inquiries.card.toQuoteHint', lang, { taking }),
        count: unquoted,
        total: null,
        link: { path: '/inquiries', query: {} },
        chart: null,
      };
    },
  },
];
