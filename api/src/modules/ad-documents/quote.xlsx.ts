import { formatSharePercent, formatZhe } from '@portal/domain';
import { XlsxWorkbook, type SheetColumn } from '../../documents/xlsx';
import { documentText, type DocumentText } from './ad-documents.messages';
import { companyOf, type QuoteDocumentView } from './ad-documents.views';

/** The quotation as a workbook: the lines with their totals, then a sheet of who, when and approval. */

/** Row of the quote sheet's column headers (rows above it: title and summary). */
export const QUOTE_HEADER_ROW = 3;

function quoteColumns(t: DocumentText): SheetColumn[] {
  return [
    { header: t.colNo, width: 6 },
    { header: t.colCode, width: 16 },
    { header: t.colSlot, width: 30, wrap: true },
    { header: t.page_, width: 12 },
    { header: t.colFormat, width: 12 },
    { header: t.colSize, width: 12 },
    { header: t.startsOn, width: 12, format: 'date' },
    { header: t.endsOn, width: 12, format: 'date' },
    { header: t.pricingUnit, width: 10 },
    { header: t.units, width: 8 },
    { header: t.unitPrice, width: 14, format: 'money' },
    { header: t.list, width: 15, format: 'money' },
    { header: t.sharePercent, width: 14, format: 'percent' },
    { header: t.zheCol, width: 11 },
    { header: t.net, width: 16, format: 'money' },
  ];
}

export async function renderQuoteXlsx(view: QuoteDocumentView): Promise<Buffer> {
  const t = documentText(view.lang);
  const company = companyOf(view);
  const wb = new XlsxWorkbook({ title: view.lang === 'zh' ? '广告报价' : 'Advertising', company });
  const ws = wb.sheet(t.sheetQuote, { columns: quoteColumns(t), frozenRows: QUOTE_HEADER_ROW, orientation: 'landscape' });
  ws.title(`${company}  ${t.quoteTitle}  ${view.number}`, 14);
  ws.title(
    [
      `${t.customerName}${t.colon}${view.customer.name}`,
      `${t.validUntil}${t.colon}${view.validUntil}`,
      `${t.status}${t.colon}${view.statusLabel}`,
      `${t.issuingUnit}${t.colon}${view.issuingUnitName}`,
    ].join(view.lang === 'zh' ? '　｜　' : '  |  '),
    10,
    false,
  );
  ws.header();
  view.lines.forEach((l, i) => {
    ws.row([
      i + 1,
      l.slotCode,
      l.slotName,
      l.page,
      l.format,
      l.size,
      l.startsOn,
      l.endsOn,
      l.pricingUnitLabel,
      l.units,
      l.unitPriceFen,
      l.listFen,
      l.shareBp,
      l.shareBp >= 10000 ? t.noDiscount : formatZhe(l.shareBp),
      l.netFen,
    ]);
  });

  // Totals under the money columns: label in the discount-text column, value under 折后金额.
  ws.blank();
  ws.total(t.listTotal, view.listFen);
  if (view.bundleShareBp < 10000) {
    ws.total(t.subtotal, view.subtotalFen);
    ws.total(t.bundle, `${formatZhe(view.bundleShareBp)} (${formatSharePercent(view.bundleShareBp)})`);
  }
  ws.total(t.netTotal, view.netFen, true);
  ws.total(t.paidShare, t.paidShareOf(formatZhe(view.paidShareBp), formatSharePercent(view.paidShareBp)));

  // Second sheet: who, when, approval — the rest of the printed document.
  const info = wb.sheet(t.sheetInfo, {
    columns: [
      { header: t.quoteBlock, width: 22 },
      { header: view.number, width: 70, wrap: true },
    ],
    frozenRows: 1,
  });
  info.header();
  const c = view.customer;
  const rows: [string, string][] = [
    [t.issuingUnit, view.issuingUnitName],
    [t.customerName, c.name],
    [t.contact, c.contact ?? ''],
    [t.phone, c.phone ?? ''],
    [t.address, c.address ?? ''],
    [t.uscc, c.uscc ?? ''],
    [t.createdAt, view.createdAt],
    [t.validUntil, view.validUntil],
    [t.createdBy, view.createdBy],
    // As in the PDF: the status and the approval trail only on the internal copy, the terms on the customer's.
    ...((view.copy === 'internal'
      ? [
          [t.status, view.statusLabel],
          [t.approval, [view.approvalStatusText, ...view.approvers.map((a) => t.approvedBy(a.name, a.decidedAt))].join('\n')],
        ]
      : [[t.terms, `${t.vatIncluded}\n${t.toAccept(view.validUntil)}`]]) as [string, string][]),
  ];
  if (view.note) rows.push([t.note, view.note]);
  for (const [label, value] of rows) info.detail(label, value);
  return wb.finish();
}
