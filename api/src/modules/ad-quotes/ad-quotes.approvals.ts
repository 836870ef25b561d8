import { DOCUMENT_TYPE_LABELS } from '@portal/domain';
import type { DocumentType } from '../approvals/approvals.registry';
import { describeQuote, DOCUMENT_TYPE, onDecision } from './ad-quotes.service';

/**
 * Ad quotes go through the approvals engine when their discount is deeper than the
 * submitter may give. The chain comes from the discount authority (decideDiscount),
 * not from an approval policy; an edited approved quote is submitted again.
 * Registered at start by the module's manifest (ad-quotes.module.ts).
 */
export const adQuoteDocumentType: DocumentType = {
  type: DOCUMENT_TYPE,
  label: DOCUMENT_TYPE_LABELS.ad_quote,
  facts: ['amount', 'paidShare'],
  ownChain: true,
  resubmitAfterDecision: true,
  describe: describeQuote,
  path: (id) => `/ad-quotes/${id}`,
  onApproved: onDecision('approved', 'approved'),
  onRejected: onDecision('draft', 'rejected'),
  onReturned: onDecision('draft', 'returned'),
  onWithdrawn: onDecision('draft', 'withdrawn'),
};
