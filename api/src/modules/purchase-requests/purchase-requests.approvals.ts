import { DOCUMENT_TYPE_LABELS } from '@portal/domain';
import type { DocumentType } from '../approvals/approvals.registry';
import { describeRequest, onDecision } from './purchase-requests.lifecycle';
import { DOCUMENT_TYPE } from './purchase-requests.today';

/**
 * Department requests go to the requesting department's head through the approvals
 * engine; the chain is the purchase_request policy (seeded: dept_head of the
 * document's own unit, always). Returned, rejected or withdrawn, the request is its
 * requester's to change and submit again. Registered by the module's manifest.
 */
export const purchaseRequestDocumentType: DocumentType = {
  type: DOCUMENT_TYPE,
  label: DOCUMENT_TYPE_LABELS.purchase_request,
  facts: ['amount'],
  resubmitAfterDecision: true,
  describe: describeRequest,
  path: (id) => `/purchase-requests/${id}`,
  onApproved: onDecision('approved', 'approved'),
  onRejected: onDecision('rejected', 'rejected'),
  onReturned: onDecision('returned', 'returned'),
  onWithdrawn: onDecision('returned', 'withdrawn'),
};
