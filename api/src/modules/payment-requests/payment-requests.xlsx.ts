import type { Response } from 'express';
import { PAYMENT_KIND_LABELS } from '@portal/domain';
import type { PaymentRegisterRow } from '@portal/domain/contracts';
import { XlsxWorkbook } from '../../documents/xlsx';
import { contentDisposition, XLSX } from '../../http/download';
import type { Lang } from '../../http/lang';

const TEXT = {
  zh: {
    title: '付款登记台账',
    company: '华瑞电器股份有限公司',
    sheet: '付款登记',
    period: '期间',
    all: '全部',
    cols: ['登记号', '类型', '付款日期', '汇款申请', '采购单位', '供应商', '收款人', '付款账户', '银行流水号', '冲销原因', '登记人', '金额'],
    paid: '付款合计',
    reversed: '冲销合计',
    net: '净额',
  },
  en: {
    title: 'Payment register',
    company: 'Huarui Electric Appliances Co., Ltd.',
    sheet: 'Payments',
    period: 'Period',
    all: 'all',
    cols: ['Entry', 'Kind', 'Date', 'Request', 'Buying unit', 'Supplier', 'Payee', 'Paying account', 'Bank reference', 'Reversal reason', 'Recorded by', 'Amount'],
    paid: 'Paid',
    reversed: 'Reversed',
    net: 'Net',
  },
};

const WIDTHS = [20, 8, 12, 22, 12, 22, 20, 20, 18, 24, 10, 14];

/**
 * The register as a workbook streamed straight to the response (rows go out as they are
 * written, so memory stays flat however long the register is), its totals under the table.
 */
export async function writeRegisterXlsx(
  res: Response,
  lang: Lang,
  rows: PaymentRegisterRow[],
  totals: { paidFen: number; reversedFen: number; netFen: number },
  f: { from?: string; to?: string },
): Promise<void> {
  const t = TEXT[lang];
  const name = lang === 'zh' ? '付款登记台账.xlsx' : 'payment-register.xlsx';
  res.status(200).setHeader('Content-Type', XLSX);
  res.setHeader('Content-Disposition', contentDisposition(name, 'payment-register.xlsx'));
  const wb = new XlsxWorkbook({ title: t.title, company: t.company }, res);
  const ws = wb.sheet(t.sheet, {
    columns: t.cols.map((header, i) => ({ header, width: WIDTHS[i], format: i === 2 ? ('date' as const) : i === 11 ? ('money' as const) : undefined })),
    frozenRows: 3,
    orientation: 'landscape',
  });
  ws.title(`${t.company}  ${t.title}`, 14);
  ws.title(`${t.period}：${f.from ?? t.all} — ${f.to ?? t.all}`, 10, false);
  ws.header();
  for (const r of rows) {
    ws.row([
      r.number,
      PAYMENT_KIND_LABELS[r.kind][lang],
      r.paidOn,
      r.request.number,
      r.unit.name,
      r.supplier.name,
      r.payee,
      r.payingAccount,
      r.bankRef,
      r.reason ?? '',
      r.recordedBy?.name ?? '',
      r.amountFen,
    ]);
  }
  ws.blank();
  ws.total(t.paid, totals.paidFen);
  ws.total(t.reversed, totals.reversedFen);
  ws.total(t.net, totals.netFen, true);
  await wb.finish();
  res.end();
}
