import type { DocumentLang } from './ad-documents.views';

/** Every fixed word the quote and rate-card documents print, in both languages. */
export const DOCUMENT_TEXT = {
  zh: {
    colon: '：',
    quoteTitle: '广告报价单',
    quoteSubtitle: 'ADVERTISING QUOTATION',
    customerBlock: '客户信息',
    customerName: '客户名称',
    contact: '联系人',
    phone: '联系电话',
    address: '地址',
    uscc: '统一社会信用代码',
    quoteBlock: '报价信息',
    number: '报价单号',
    createdAt: '报价日期',
    validUntil: '有效期至',
    createdBy: '报价人',
    issuingUnit: '报价单位',
    status: '状态',
    colNo: '序号',
    colSlot: '广告位',
    colFlight: '投放期',
    colUnits: '数量',
    colUnitPrice: '刊例单价',
    colList: '刊例价',
    colShare: '折扣',
    colNet: '折后金额',
    flightTo: '至',
    noDiscount: '无折扣',
    listTotal: '刊例总价',
    subtotal: '单项折后小计',
    bundle: '整单折扣',
    netTotal: '应付合计',
    paidShare: '综合折扣',
    paidShareOf: (zhe: string, percent: string) => `${zhe}（刊例价的 ${percent}）`,
    inWords: '人民币（大写）',
    approval: '审批',
    approvedBy: (name: string, at: string | null) => (at ? `${name}\u3000${at} 批准` : name),
    validity: (date: string) => `本报价有效期至 ${date}，逾期须重新报价。`,
    note: '备注',
    sealIssuer: '报价单位（盖章）',
    sealCustomer: '客户确认（签字盖章）',
    handledBy: '经办人',
    signDate: '日期',
    page: (n: number, total: number) => `第 ${n} 页 / 共 ${total} 页`,
    draftMark: '草稿',
    rateCardTitle: (year: string, month: string) => `《网上商城广告报价》${year}年${month}月`,
    rateCardRevision: (r: number) => `第 ${r} 版（修订）`,
    rateCardSubtitle: 'ONLINE MALL ADVERTISING RATE CARD',
    colCode: '编号',
    colName: '广告位名称',
    colFormat: '形式',
    colSize: '尺寸',
    colPricingUnit: '计价单位',
    colExclusive: '独占',
    colPrice: '刊例价（元）',
    exclusiveMark: '独占',
    sharedMark: '共享',
    exclusiveLegend: '独占：同一投放期内只售一家；共享：可多家轮播。价格为刊例价，实际成交以报价单为准。',
    publishedAt: '发布时间',
    publishedBy: '发布人',
    slotCount: (n: number) => `共 ${n} 个广告位`,
    perUnit: (unit: string) => `元/${unit}`,
    sheetQuote: '报价单',
    sheetInfo: '客户与审批',
    sheetRateCard: '刊例价',
    page_: '页面/频道',
    startsOn: '开始日期',
    endsOn: '结束日期',
    pricingUnit: '计价单位',
    units: '数量',
    unitPrice: '刊例单价',
    list: '刊例价',
    sharePercent: '实付比例',
    zheCol: '折扣（折）',
    net: '折后金额',
  },
  en: {
    colon: ': ',
    quoteTitle: 'Advertising quotation',
    quoteSubtitle: '',
    customerBlock: 'Customer',
    customerName: 'Name',
    contact: 'Contact',
    phone: 'Phone',
    address: 'Address',
    uscc: 'Credit code',
    quoteBlock: 'Quotation',
    number: 'Number',
    createdAt: 'Date',
    validUntil: 'Valid until',
    createdBy: 'Prepared by',
    issuingUnit: 'Issued by',
    status: 'Status',
    colNo: 'No.',
    colSlot: 'Ad slot',
    colFlight: 'Flight',
    colUnits: 'Qty',
    colUnitPrice: 'Unit price',
    colList: 'List',
    colShare: 'Paid %',
    colNet: 'Net',
    flightTo: 'to',
    noDiscount: 'none',
    listTotal: 'List total',
    subtotal: 'Subtotal after line discounts',
    bundle: 'Bundle discount',
    netTotal: 'Total payable',
    paidShare: 'Overall discount',
    paidShareOf: (zhe: string, percent: string) => `${percent} of list (${zhe})`,
    inWords: '',
    approval: 'Approval',
    approvedBy: (name: string, at: string | null) => (at ? `${name}, approved ${at}` : name),
    validity: (date: string) => `This quotation is valid until ${date}; after that date it must be quoted again.`,
    note: 'Note',
    sealIssuer: 'For the issuer (seal)',
    sealCustomer: 'Accepted by the customer (signature and seal)',
    handledBy: 'Handled by',
    signDate: 'Date',
    page: (n: number, total: number) => `Page ${n} of ${total}`,
    draftMark: 'DRAFT',
    rateCardTitle: (year: string, month: string) => `Online Mall Advertising Rates — ${year}-${month}`,
    rateCardRevision: (r: number) => `Revision ${r}`,
    rateCardSubtitle: '',
    colCode: 'Code',
    colName: 'Ad slot',
    colFormat: 'Format',
    colSize: 'Size',
    colPricingUnit: 'Per',
    colExclusive: 'Excl.',
    colPrice: 'List price (¥)',
    exclusiveMark: 'Excl.',
    sharedMark: 'Shared',
    exclusiveLegend:
      'Exclusive: sold to one customer per flight; shared: rotates between several. List prices; the quotation states the agreed price.',
    publishedAt: 'Date',
    publishedBy: 'By',
    slotCount: (n: number) => (n === 1 ? '1 ad slot' : `${n} ad slots`),
    perUnit: (unit: string) => `¥ per ${unit}`,
    sheetQuote: 'Quotation',
    sheetInfo: 'Customer and approval',
    sheetRateCard: 'Rate card',
    page_: 'Page / channel',
    startsOn: 'Starts',
    endsOn: 'Ends',
    pricingUnit: 'Priced per',
    units: 'Qty',
    unitPrice: 'Unit price',
    list: 'List',
    sharePercent: 'Paid share',
    zheCol: 'Discount (折)',
    net: 'Net',
  },
} satisfies Record<DocumentLang, unknown>;

export type DocumentText = (typeof DOCUMENT_TEXT)['zh'];

export function documentText(lang: DocumentLang): DocumentText {
  return DOCUMENT_TEXT[lang] as DocumentText;
}

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const SMALL_UNITS = ['', '拾', '佰', '仟'];
const BIG_UNITS = ['', '万', '亿', '万亿'];

function groupInWords(group: number): string {
  let out = '';
  let zero = false;
  for (let i = 3; i >= 0; i--) {
    const d = Math.floor(group / 10 ** i) % 10;
    if (d === 0) {
      if (out) zero = true;
    } else {
      if (zero) out += '零';
      zero = false;
      out += DIGITS[d] + SMALL_UNITS[i];
    }
  }
  return out;
}

/**
 * 1234560 fen → '壹万贰仟叁佰肆拾伍元陆角整': the capital-figure amount Chinese invoices and
 * quotations print beside the figure, so it cannot be altered by adding a digit.
 */
export function fenInChineseWords(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not a fen amount: ${fen}`);
  if (fen < 0) return `负${fenInChineseWords(-fen)}`;
  if (fen === 0) return '零元整';
  let yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  let integer = '';
  if (yuan > 0) {
    const groups: number[] = [];
    while (yuan > 0) {
      groups.push(yuan % 10000);
      yuan = Math.floor(yuan / 10000);
    }
    let zeroPending = false;
    for (let g = groups.length - 1; g >= 0; g--) {
      const group = groups[g];
      if (group === 0) {
        if (integer) zeroPending = true;
        continue;
      }
      if (integer && (zeroPending || group < 1000)) integer += '零';
      zeroPending = false;
      integer += groupInWords(group) + BIG_UNITS[g];
    }
    integer += '元';
  }
  if (jiao === 0 && cents === 0) return `${integer}整`;
  let decimals = '';
  if (jiao > 0) decimals += `${DIGITS[jiao]}角`;
  if (cents > 0) decimals += `${jiao === 0 && integer ? '零' : ''}${DIGITS[cents]}分`;
  else decimals += '整';
  return integer + decimals;
}
