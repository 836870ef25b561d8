import { NEGOTIATION_BUYER_ROLES } from '@portal/domain';
import type { MessageTable } from '../../http/messages';
import { t } from '../../http/messages';
import { subtreeScope } from '../units/units.scope';
import type { WorkbenchCardProvider } from '../workbench/workbench.registry';
import * as repo from './e-contracts.repo';

export const eContractsWorkbenchMessages: MessageTable = {
  'eContracts.card.toSign': { zh: '待我方签署的电子合同', en: 'E-contracts for us to sign' },
  'eContracts.card.toSignHint': { zh: '另有 {n} 份待部门负责人审批后签署', en: '{n|more waits|more wait} for the department head’s approval first' },
  'eContracts.card.toSignHintSupplier': { zh: '核对合同 PDF 后签署', en: 'Check the contract PDF, then sign' },
};

/**
 * Clerks and supplier contacts: contracts their side may sign now and has not. A dept head's
 * approval of a contract over the policy amount reaches it through the approvals inbox card.
 */
export const eContractsWorkbench: WorkbenchCardProvider[] = [
  {
    id: 'e-contracts.to-sign',
    roles: ['purchasing_clerk', 'supplier_contact'],
    load: async ({ db, user, lang }) => {
      const supplier = user.supplierId != null;
      const { toSign, awaitingApproval } = supplier
        ? await repo.countToSign(db, { unitIds: null, supplierId: user.supplierId }, 'supplier')
        : await repo.countToSign(db, { unitIds: await subtreeScope(db, user.roles, NEGOTIATION_BUYER_ROLES), supplierId: null }, 'buyer');
      return {
        title: t('eContracts.card.toSign', lang),
        hint: supplier ? t('eContracts.card.toSignHintSupplier', lang) : t('eContracts.card.toSignHint', lang, { n: awaitingApproval }),
        count: toSign,
        total: null,
        link: { path: '/e-contracts', query: {} },
        chart: null,
      };
    },
  },
];
