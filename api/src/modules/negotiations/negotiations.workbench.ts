import { NEGOTIATION_BUYER_ROLES } from '@portal/domain';
import type { MessageTable } from '../../http/messages';
import { t } from '../../http/messages';
import { subtreeScope } from '../units/units.scope';
import type { WorkbenchCardProvider } from '../workbench/workbench.registry';
import * as repo from './negotiations.repo';

export const negotiationsWorkbenchMessages: MessageTable = {
  'negotiations.card.waiting': { zh: '等我方同意的洽谈单', en: 'Negotiations waiting for our agreement' },
  'negotiations.card.waitingHint': { zh: '对方改了条款或已同意；共 {open} 张未达成一致', en: 'The other side changed the terms or agreed; {open} not yet agreed by both' },
};

/** Clerks and supplier contacts alike: the sheets on which the other side has moved and ours has not. */
export const negotiationsWorkbench: WorkbenchCardProvider[] = [
  {
    id: 'negotiations.waiting',
    roles: ['purchasing_clerk', 'supplier_contact'],
    load: async ({ db, user, lang }) => {
      const { waiting, open } =
        user.supplierId != null
          ? await repo.countAwaiting(db, { unitIds: null, supplierId: user.supplierId }, 'supplier')
          : await repo.countAwaiting(db, { unitIds: await subtreeScope(db, user.roles, NEGOTIATION_BUYER_ROLES), supplierId: null }, 'buyer');
      return {
        title: t('negotiations.card.waiting', lang),
        hint: t('negotiations.card.waitingHint', lang, { open }),
        count: waiting,
        total: null,
        link: { path: '/negotiations', query: {} },
        chart: null,
      };
    },
  },
];
