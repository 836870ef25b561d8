import { registerDocumentType } from '../approvals/approvals.registry';
import { describeQuote, DOCUMENT_TYPE, onDecision } from './ad-quotes.service';

/**
 * Ad quotes go through the approvals engine when their discount is deeper than the
 * submitter may give. The chain comes from the discount authority (decideDiscount),
 * not from an approval policy; an edited approved quote is submitted again.
 */
registerDocumentType({
  type: DOCUMENT_TYPE,
  label: { zh: '广告报价单', en: 'Ad quotation' },
  facts: ['amount', 'paidShare'],
  ownChain: true,
  resubmitAfterDecision: true,
  describe: describeQuote,
  path: (id) => `/ad-quotes/${id}`,
  onApproved: onDecision('approved', 'approved'),
  onRejected: onDecision('draft', 'rejected'),
  onReturned: onDecision('draft', 'returned'),
  onWithdrawn: onDecision('draft', 'withdrawn'),
});
