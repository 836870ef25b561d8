import { DOCUMENT_TYPE_LABELS } from '@portal/domain';
import type { DocumentType } from '../approvals/approvals.registry';
import { describeRequest, DOCUMENT_TYPE, onDecision } from './payment-requests.service';

/**
 * A payment request goes to the buying unit's head, and from ¥20,000 to a company leader too,
 * by the payment_request policy the administrator keeps (seeded in db/seeds/demo.ts). Returned,
 * it is changed and submitted again; rejected, it releases what it asked of its orders.
 */
export const paymentRequestDocumentType: DocumentType = {
  type: DOCUMENT_TYPE,
  label: DOCUMENT_TYPE_LABELS.payment_request,
  facts: ['amount'],
  describe: describeRequest,
  path: (id) => `/payment-requests/${id}`,
  onApproved: onDecision('approved', 'approved'),
  onRejected: onDecision('rejected', 'rejected'),
  onReturned: onDecision('returned', 'returned'),
  onWithdrawn: onDecision('draft', 'withdrawn'),
};
