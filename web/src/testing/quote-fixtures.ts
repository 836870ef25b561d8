import type { QuoteSummary } from '../app/features/ad-quotes/ad-quotes.api';

/** The approved Beijing quote for 美的 that the quote specs show, as the list reads it; a spec spreads it and sets its own figures. */
export const BJ_QUOTE_SUMMARY: QuoteSummary = {
  id: 9,
  number: 'BJ-202611-0004',
  unit: { id: 10, name: '北京分部', code: 'BJ' },
  customer: { id: 3, name: '美的集团电器销售有限公司' },
  status: 'approved',
  listFen: 2_475_000,
  netFen: 1_579_050,
  paidShareBp: 6380,
  validUntil: '2026-12-23',
  createdBy: { id: 8, name: '周杰' },
  updatedAt: '2026-11-23T03:00:00Z',
  version: 3,
};
