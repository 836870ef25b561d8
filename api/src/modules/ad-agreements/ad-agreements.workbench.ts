import type { WorkbenchCardProvider } from '../workbench/workbench.registry';
import { t } from '../../http/messages';
import * as repo from './ad-agreements.repo';
import { scopeOf, unitsSignedBy } from './ad-agreements.scope';

const list = (query: Record<string, string> = {}) => ({ path: '/ad-agreements', query });

export const adAgreementsWorkbench: WorkbenchCardProvider[] = [
  {
    // A branch GM signs his branch's drafts, 电子商务部 HQ's: each sees the drafts that wait on them.
    id: 'ad-agreements.to-sign',
    roles: ['branch_gm', 'ecommerce_staff'],
    load: async ({ db, user, lang }) => ({
      title: t('adAgreements.card.toSign', lang),
      hint: t('adAgreements.card.toSignHint', lang),
      count: await repo.countDraftsOf(db, await unitsSignedBy(db, user.roles)),
      total: null,
      link: list({ status: 'draft' }),
      chart: null,
    }),
  },
  {
    id: 'ad-agreements.copies',
    roles: ['ecommerce_staff'],
    load: async ({ db, user, lang }) => ({
      title: t('adAgreements.card.copies', lang),
      hint: t('adAgreements.card.copiesHint', lang),
      count: await repo.countCopiesAwaitingReceipt(db, await scopeOf(db, user.roles)),
      total: null,
      link: list(),
      chart: null,
    }),
  },
];
