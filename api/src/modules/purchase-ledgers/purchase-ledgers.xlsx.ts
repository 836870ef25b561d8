import type { Response } from 'express';
import {
  platformLabel as orderPlatformLabel,
  MATCH_STATUS_LABELS,
  MATCH_MISMATCH_LABELS,
  PLATFORM_LABELS,
  PURCHASE_LEDGER_LABELS,
  type Platform,
  type PurchaseLedger,
} from '@portal/domain';
import type { InvoiceLedgerRow, LedgerMonthTotal, OrderLedgerRow, PaymentLedgerRow, VirtualContractLedgerRow } from '@portal/domain/contracts';
import { XlsxWorkbook, type SheetColumn } from '../../documents/xlsx';
import { contentDisposition, displayTime, XLSX } from '../../http/download';
import type { Lang } from '../../http/lang';
import type { LedgerQuery } from './purchase-ledgers.schema';

/**
 * A ledger as a workbook written straight to the response (the documents kit's streaming writer):
 * the rows as they come from the database in batches, then the month totals. Nothing holds the
 * whole ledger, so a year's export costs what one batch costs.
 */

const TEXT = {
  zh: {
    company: '华瑞电器股份有限公司',
    filter: '筛选',
    all: '全部',
    month: '月份',
    unit: '单位',
    platform: '平台',
    supplier: '供应商',
    status: '状态',
    exported: '导出时间',
    monthTotals: '月度合计',
    count: '笔数',
    amount: '金额',
    accepted: '已验收',
    invoiced: '已开票',
    paid: '已付款',
    total: '合计',
    yes: '是',
    orders: ['订单号', '单位', '平台', '店铺', '供应商', '平台订单号', '下单日期', '订单金额', '已验收', '已开票', '已付款', '到货', '虚拟合同', '匹配状态', '不符原因', '高于最低价原因'],
    vc: ['合同编号', '订单号', '平台订单号', '单位', '平台', '供应商', '下单日期', '金额', '附件', 'SHA-256', '状态', '确认人', '确认时间'],
    payments: ['登记号', '类型', '付款日期', '金额', '申请单号', '单位', '供应商', '收款方', '方式', '预付款', '订单', '付款账户', '银行流水号', '冲销原因', '登记人'],
    invoices: ['发票代码', '发票号码', '类型', '开票日期', '单位', '销售方', '纳税人识别号', '金额', '税额', '价税合计', '订单', '状态', '签收人', '交接单', '交接时间', '确认人', '确认时间'],
    delivery: { none: '未到货', partial: '部分到货', full: '已到齐' },
    vcStatus: { draft: '草稿', submitted: '待确认', confirmed: '已确认', returned: '已退回', cancelled: '已作废' },
    kind: { payment: '付款', reversal: '冲销' },
    method: { bank: '银行转账', platform: '平台支付' },
    invoiceKind: { ordinary: '普通发票', vat_special: '增值税专用发票' },
    invoiceStatus: { unsigned: '未签收', signed: '已签收', sent: '已交接待确认', confirmed: '财务已确认' },
  },
  en: {
    company: 'Huarui Electric Appliances Co., Ltd.',
    filter: 'Filter',
    all: 'all',
    month: 'Month',
    unit: 'Unit',
    platform: 'Platform',
    supplier: 'Supplier',
    status: 'Status',
    exported: 'Exported',
    monthTotals: 'Month totals',
    count: 'Rows',
    amount: 'Amount',
    accepted: 'Accepted',
    invoiced: 'Invoiced',
    paid: 'Paid',
    total: 'Total',
    yes: 'yes',
    orders: ['Order', 'Unit', 'Platform', 'Shop', 'Supplier', 'Platform order no.', 'Ordered on', 'Order total', 'Accepted', 'Invoiced', 'Paid', 'Delivery', 'Virtual contract', 'Match', 'Mismatch', 'Above-lowest reason'],
    vc: ['Contract', 'Order', 'Platform order no.', 'Unit', 'Platform', 'Supplier', 'Ordered on', 'Amount', 'Attachment', 'SHA-256', 'Status', 'Confirmed by', 'Confirmed at'],
    payments: ['Entry', 'Kind', 'Paid on', 'Amount', 'Request', 'Unit', 'Supplier', 'Payee', 'Method', 'Prepayment', 'Orders', 'Paying account', 'Bank reference', 'Reversal reason', 'Recorded by'],
    invoices: ['Code', 'Number', 'Type', 'Issued on', 'Unit', 'Seller', 'Taxpayer ID', 'Amount', 'Tax', 'Total', 'Orders', 'Status', 'Signed by', 'Handover', 'Handed over', 'Confirmed by', 'Confirmed at'],
    delivery: { none: 'None', partial: 'Partial', full: 'Full' },
    vcStatus: { draft: 'Draft', submitted: 'Awaiting confirmation', confirmed: 'Confirmed', returned: 'Returned', cancelled: 'Void' },
    kind: { payment: 'Payment', reversal: 'Reversal' },
    method: { bank: 'Bank transfer', platform: 'On the platform' },
    invoiceKind: { ordinary: 'Ordinary', vat_special: 'VAT special' },
    invoiceStatus: { unsigned: 'Not signed', signed: 'Signed', sent: 'Handed over', confirmed: 'Confirmed by finance' },
  },
} as const;

type Text = (typeof TEXT)[Lang];

const platformLabel = (lang: Lang, p: Platform | null, name: string | null) => orderPlatformLabel(p, name, lang);
const time = (at: string | null) => (at ? displayTime(at) : '');

interface Layout<R> {
  widths: number[];
  money: number[];
  dates: number[];
  headers: (t: Text) => readonly string[];
  cells: (r: R, t: Text, lang: Lang) => (string | number | null)[];
}

const LAYOUTS: { [K in PurchaseLedger]: Layout<never> } = {
  orders: {
    widths: [20, 10, 10, 16, 18, 22, 12, 13, 13, 13, 13, 10, 18, 12, 22, 30],
    money: [7, 8, 9, 10],
    dates: [6],
    headers: (t) => t.orders,
    cells: (r: OrderLedgerRow, t, lang) => [
      r.number,
      r.unit.name,
      platformLabel(lang, r.platform, r.platformName),
      r.shop,
      r.supplier.name,
      r.platformOrderNo,
      r.orderedOn,
      r.totalFen,
      r.acceptedFen,
      r.invoicedFen,
      r.paidFen,
      t.delivery[r.delivery],
      // A contract order shows its signed e-contract where a mall order shows its virtual contract.
      r.contract ? r.contract.number : r.vcNumber ? `${r.vcNumber} ${r.vcStatus ? t.vcStatus[r.vcStatus] : ''}` : '',
      MATCH_STATUS_LABELS[r.match][lang],
      r.mismatch ? MATCH_MISMATCH_LABELS[r.mismatch][lang] : '',
      r.priceReasons ?? '',
    ],
  } as Layout<never>,
  'virtual-contracts': {
    widths: [20, 20, 22, 10, 10, 18, 12, 13, 24, 20, 12, 10, 17],
    money: [7],
    dates: [6],
    headers: (t) => t.vc,
    cells: (r: VirtualContractLedgerRow, t, lang) => [
      r.number,
      r.order.number,
      r.order.platformOrderNo,
      r.unit.name,
      platformLabel(lang, r.platform, r.platformName),
      r.supplier.name,
      r.orderedOn,
      r.amountFen,
      r.attachment?.filename ?? '',
      r.attachment?.sha256 ?? '',
      t.vcStatus[r.status],
      r.confirmedBy?.name ?? '',
      time(r.confirmedAt),
    ],
  } as Layout<never>,
  payments: {
    widths: [20, 8, 12, 13, 20, 10, 18, 18, 12, 8, 24, 20, 18, 20, 10],
    money: [3],
    dates: [2],
    headers: (t) => t.payments,
    cells: (r: PaymentLedgerRow, t) => [
      r.number,
      t.kind[r.kind],
      r.paidOn,
      r.amountFen,
      r.request.number,
      r.unit.name,
      r.supplier.name,
      r.payee,
      t.method[r.method],
      r.prepayment ? t.yes : '',
      r.orders,
      r.payingAccount,
      r.bankRef,
      r.reason ?? '',
      r.recordedBy?.name ?? '',
    ],
  } as Layout<never>,
  'invoice-handovers': {
    widths: [14, 22, 14, 12, 10, 20, 20, 13, 12, 13, 24, 14, 10, 20, 17, 10, 17],
    money: [7, 8, 9],
    dates: [3],
    headers: (t) => t.invoices,
    cells: (r: InvoiceLedgerRow, t) => [
      r.code,
      r.invoiceNo,
      t.invoiceKind[r.kind],
      r.issuedOn,
      r.unit.name,
      r.sellerName,
      r.sellerTaxId,
      r.amountFen,
      r.taxFen,
      r.totalFen,
      r.orders,
      t.invoiceStatus[r.status],
      r.signedBy?.name ?? '',
      r.handover?.number ?? '',
      time(r.handover?.handedOverAt ?? null),
      r.handover?.confirmedBy?.name ?? '',
      time(r.handover?.confirmedAt ?? null),
    ],
  } as Layout<never>,
};

export interface LedgerSummary {
  filter: LedgerQuery;
  /** The month totals and their sum, asked for once every batch is written (they may be added up from the rows as they pass). */
  totals(): { months: readonly LedgerMonthTotal[]; totals: Omit<LedgerMonthTotal, 'month'> };
}

export async function streamLedgerXlsx(res: Response, lang: Lang, ledger: PurchaseLedger, summary: LedgerSummary, batches: AsyncIterable<unknown[]>): Promise<void> {
  const t = TEXT[lang];
  const layout = LAYOUTS[ledger];
  const title = PURCHASE_LEDGER_LABELS[ledger][lang];
  const f = summary.filter;
  const stamp = f.month ?? 'all';
  res.setHeader('Content-Type', XLSX);
  res.setHeader('Content-Disposition', contentDisposition(`${title}-${stamp}.xlsx`, `purchase-ledger-${ledger}-${stamp}.xlsx`));
  const wb = new XlsxWorkbook({ title, company: t.company }, res);
  const headers = layout.headers(t);
  const columns: SheetColumn[] = headers.map((header, i) => ({
    header,
    width: layout.widths[i] ?? 12,
    format: layout.money.includes(i) ? 'money' : layout.dates.includes(i) ? 'date' : undefined,
  }));
  const ws = wb.sheet(title.slice(0, 31), { columns, frozenRows: 3, orientation: 'landscape' });
  ws.title(`${t.company}  ${title}`, 14);
  const filters = [
    `${t.month}：${f.month ?? t.all}`,
    `${t.unit}：${f.unit ?? t.all}`,
    `${t.platform}：${f.platform ? PLATFORM_LABELS[f.platform][lang] : t.all}`,
    `${t.supplier}：${f.supplierId ?? t.all}`,
    `${t.status}：${f.status ?? t.all}`,
    `${t.exported}：${displayTime(new Date())}`,
  ];
  ws.title(`${t.filter}：${filters.join('　｜　')}`, 10, false);
  const headerRow = ws.header();
  ws.filter(headerRow);
  for await (const batch of batches) {
    for (const r of batch) ws.plainRow(layout.cells(r as never, t, lang));
  }

  // Month totals on a sheet of their own, so the ledger sheet stays one table Excel can filter.
  const sums = summary.totals();
  const extra = sums.totals.acceptedFen !== undefined;
  const totals = wb.sheet(t.monthTotals, {
    columns: [
      { header: t.month, width: 10 },
      { header: t.count, width: 8 },
      { header: t.amount, width: 16, format: 'money' },
      ...(extra ? ([t.accepted, t.invoiced, t.paid] as const).map((header) => ({ header, width: 16, format: 'money' as const })) : []),
    ],
    frozenRows: 1,
  });
  totals.header();
  const line = (label: string, m: Omit<LedgerMonthTotal, 'month'>) =>
    totals.row([label, m.count, m.amountFen, ...(extra ? [m.acceptedFen ?? 0, m.invoicedFen ?? 0, m.paidFen ?? 0] : [])]);
  for (const m of sums.months) line(m.month, m);
  line(t.total, sums.totals).eachCell((c) => (c.font = { bold: true }));
  await wb.finish();
}
