import type { AdQuoteStatus } from '@portal/domain';

/**
 * Display-ready data for the ad-sales documents (quote and rate card, PDF and XLSX).
 *
 * The routes load the records, resolve names and labels in the reader's language and hand one
 * of these views to a renderer; the renderers never touch the database. Conventions:
 * money is integer fen, discounts are paid share in basis points (4500 = 4.5折), dates are
 * 'YYYY-MM-DD' strings, timestamps are display strings (e.g. '2026-11-23 14:05') already in the
 * reader's time zone, and every label is already in `lang`.
 */

export type DocumentLang = 'zh' | 'en';

/** The company that issues the documents (one constant; the header of every PDF). */
export const DOCUMENT_COMPANY = {
  zh: '华瑞电器股份有限公司 网上商城',
  en: 'Huarui Electric Appliances Co., Ltd. — Online Mall',
} as const;

export function documentCompanyName(lang: DocumentLang): string {
  return DOCUMENT_COMPANY[lang];
}

/** The company a view is issued by: its own name if it carries one, else the house's. */
export function companyOf(view: { lang: DocumentLang; companyName?: string }): string {
  return view.companyName ?? DOCUMENT_COMPANY[view.lang];
}

/** The quote's effective status (domain's AdQuoteStatus: expired once past valid-until). */
export type QuoteDocumentStatus = AdQuoteStatus;

export const QUOTE_DOCUMENT_COPIES = ['customer', 'internal'] as const;
export type QuoteDocumentCopy = (typeof QUOTE_DOCUMENT_COPIES)[number];

/** Statuses whose documents carry no 草稿/DRAFT watermark. */
export const QUOTE_FINAL_STATUSES: readonly QuoteDocumentStatus[] = ['approved', 'sent', 'accepted'];

export interface QuoteDocumentCustomer {
  name: string;
  contact: string | null;
  phone: string | null;
  address: string | null;
  /** 统一社会信用代码 */
  uscc: string | null;
}

export interface QuoteDocumentApprover {
  /** e.g. '张伟（北京分公司 总经理）' or just the name */
  name: string;
  /** when this approver approved, display string; null if not yet */
  decidedAt: string | null;
}

export interface QuoteDocumentLine {
  slotCode: string;
  slotName: string;
  /** page / channel, e.g. '首页' */
  page: string;
  /** e.g. '图片轮播' */
  format: string;
  /** e.g. '1920×600' */
  size: string;
  /** the unit's noun after a quantity, AD_PRICING_UNIT_NOUNS[unit][lang]: '天' → '14 天', 'day(s)' */
  pricingUnitLabel: string;
  startsOn: string;
  endsOn: string;
  units: number;
  unitPriceFen: number;
  listFen: number;
  /** line discount, paid share bp (10000 = no discount) */
  shareBp: number;
  netFen: number;
}

export interface QuoteDocumentView {
  lang: DocumentLang;
  /** defaults to DOCUMENT_COMPANY[lang] when omitted */
  companyName?: string;
  /** the owner unit, e.g. '北京分公司' or '总部电子商务部' */
  issuingUnitName: string;
  number: string;
  /**
   * Who the copy is for. The customer's copy carries no approval trail and no internal status
   * (who approved a discount is the house's business, and the web hides it from marketers too);
   * the internal copy has both and says on every page that it is internal.
   */
  copy: QuoteDocumentCopy;
  status: QuoteDocumentStatus;
  /** status label in lang, e.g. '草稿' / 'Draft' */
  statusLabel: string;
  /** e.g. '待北京分公司总经理审批' / 'Approved' / '无需审批（在报价人权限内）' */
  approvalStatusText: string;
  /** the approvers who approved (empty unless approved) */
  approvers: QuoteDocumentApprover[];
  customer: QuoteDocumentCustomer;
  validUntil: string;
  createdAt: string;
  /** name of the person who made the quote */
  createdBy: string;
  /** optional free note printed under the totals */
  note?: string | null;
  lines: QuoteDocumentLine[];
  /** bundle (whole quote) discount, paid share bp; 10000 = none */
  bundleShareBp: number;
  /** sum of the lines' list prices */
  listFen: number;
  /** sum of the lines' net (after line discounts, before the bundle discount) */
  subtotalFen: number;
  /** payable total after the bundle discount */
  netFen: number;
  /** netFen / listFen in bp */
  paidShareBp: number;
}

/** One row of the quote list as the list page shows it. */
export interface QuoteListDocumentRow {
  number: string;
  unitName: string;
  customerName: string;
  /** status label in lang (the effective status: expired once past valid-until) */
  statusLabel: string;
  listFen: number;
  netFen: number;
  paidShareBp: number;
  validUntil: string;
  createdBy: string;
}

/** The quote list exported as shown: the rows the filters select, and the filters in words. */
export interface QuoteListDocumentView {
  lang: DocumentLang;
  companyName?: string;
  /** e.g. '状态：已批准；搜索：美的'; empty when unfiltered */
  filters: string;
  /** display time of the export */
  exportedAt: string;
  rows: QuoteListDocumentRow[];
  /** rows the filters matched; more than rows.length when the export was capped */
  total: number;
}

export interface RateCardDocumentRow {
  code: string;
  name: string;
  /** page / channel; rows are grouped by it in the PDF */
  page: string;
  format: string;
  size: string;
  /** AD_PRICING_UNIT_LABELS[unit][lang]: '按天' / 'per day' */
  pricingUnitLabel: string;
  exclusive: boolean;
  priceFen: number;
}

export type RateCardDocumentStatus = 'draft' | 'published' | 'superseded';

export interface RateCardDocumentView {
  lang: DocumentLang;
  /** defaults to DOCUMENT_COMPANY[lang] when omitted */
  companyName?: string;
  /** e.g. '总部电子商务部' */
  issuingUnitName: string;
  /** 'YYYY-MM' */
  month: string;
  revision: number;
  status: RateCardDocumentStatus;
  /** label in lang, e.g. '已发布' / 'Published' */
  statusLabel: string;
  publishedAt: string | null;
  publishedBy: string | null;
  note: string | null;
  rows: RateCardDocumentRow[];
}
