/**
 * The documents that go through approvals, named once: the API's document modules
 * register under these keys, and the web's inbox filter offers them before any
 * request of the type has been seen.
 */
export const DOCUMENT_TYPE_LABELS = {
  ad_quote: { zh: '广告报价单', en: 'Ad quotation' },
  purchase_request: { zh: '部门采购申请', en: 'Department purchase request' },
  purchase_plan: { zh: '采购计划', en: 'Purchase plan' },
  virtual_contract: { zh: '虚拟合同', en: 'Virtual contract' },
  payment_request: { zh: '汇款申请', en: 'Payment request' },
  b2b_contract: { zh: '电子合同', en: 'E-contract' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type DocumentTypeKey = keyof typeof DOCUMENT_TYPE_LABELS;
