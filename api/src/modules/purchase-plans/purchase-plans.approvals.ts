import { DOCUMENT_TYPE_LABELS } from '@portal/domain';
import type { DocumentType } from '../approvals/approvals.registry';
import { describePlan, onDecision } from './purchase-plans.lifecycle';
import { DOCUMENT_TYPE } from './purchase-plans.service';

/**
 * The company plan goes to company leadership (报公司领导审批) through the approvals engine,
 * by the purchase_plan policy the administrator keeps: its facts are the plan's amount and
 * whether a department is over a warn-controlled budget. A plan changed after its decision
 * goes back to draft and is submitted again as a new round.
 */
export const purchasePlanDocumentType: DocumentType = {
  type: DOCUMENT_TYPE,
  label: DOCUMENT_TYPE_LABELS.purchase_plan,
  facts: ['amount', 'overBudget'],
  resubmitAfterDecision: true,
  describe: describePlan,
  path: (id) => `/purchase-plans/${id}`,
  onApproved: onDecision('approved', 'approved'),
  onRejected: onDecision('rejected', 'rejected'),
  onReturned: onDecision('returned', 'returned'),
  onWithdrawn: onDecision('draft', 'withdrawn'),
};
