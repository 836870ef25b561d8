import { DOCUMENT_TYPE_LABELS } from '@portal/domain';
import type { DocumentType } from '../approvals/approvals.registry';
import { describeContract, DOCUMENT_TYPE, onDecision } from './e-contracts.service';

/**
 * An e-contract goes to the buying unit's head from the amount the b2b_contract policy sets
 * (seeded ¥50,000.00; the administrator changes it in the policy). Under it the chain is empty and
 * the contract is approved at once. Returned or withdrawn, it waits to be submitted again;
 * rejected, the buyer cannot sign it.
 */
export const eContractDocumentType: DocumentType = {
  type: DOCUMENT_TYPE,
  label: DOCUMENT_TYPE_LABELS.b2b_contract,
  facts: ['amount'],
  describe: describeContract,
  path: (id) => `/e-contracts/${id}`,
  onApproved: onDecision('awaiting_signatures', 'approved'),
  onRejected: onDecision('rejected', 'rejected'),
  onReturned: onDecision('awaiting_approval', 'returned'),
  onWithdrawn: onDecision('awaiting_approval', 'withdrawn'),
};
