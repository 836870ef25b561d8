import { formatSharePercent, formatZhe } from '@portal/domain';
import ExcelJS from 'exceljs';
import { documentText, type DocumentText } from './ad-documents.messages';
import { DOCUMENT_COMPANY, type DocumentLang, type QuoteDocumentView, type RateCardDocumentView } from './ad-documents.views';

/** Yuan with the sign; the cell holds the number, so sums and filters work in Excel. */
export const YUAN_FORMAT = '"¥"#,##0.00';
const SHARE_FORMAT = '0.0%';
const DATE_FORMAT = 'yyyy-mm-dd';

const BRAND_ARGB = 'FF1F4E79';
const LIGHT_ARGB = 'FFE8EFF7';

const toYuan = (fen: number) => fen / 100;
const toShare = (bp: number) => bp / 10000;

/** 'YYYY-MM-DD' → a date cell (UTC midnight, so Excel shows the same day everywhere). */
function dateCell(date: string): Date | string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : date;
}

function newWorkbook(lang: DocumentLang, company: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = company;
  wb.company = company;
  wb.created = new Date();
  wb.title = lang === 'zh' ? '广告报价' : 'Advertising';
  return wb;
}

function styleHeader(row: ExcelJS.Row): void {
  row.height = 20;
  row.eachCell((c) => {
    c.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: BRAND_ARGB } };
    c.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
}

function titleRow(ws: ExcelJS.Worksheet, row: number, text: string, lastCol: number, size: number, bold = true): void {
  ws.mergeCells(row, 1, row, lastCol);
  const c = ws.getCell(row, 1);
  c.value = text;
  c.font = { bold, size, color: bold ? { argb: BRAND_ARGB } : undefined };
  c.alignment = { vertical: 'middle' };
  ws.getRow(row).height = size + 10;
}

interface ColumnSpec {
  header: string;
  width: number;
  numFmt?: string;
}

function setColumns(ws: ExcelJS.Worksheet, cols: ColumnSpec[], headerRow: number): void {
  cols.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    if (c.numFmt) col.numFmt = c.numFmt;
  });
  const row = ws.getRow(headerRow);
  row.values = cols.map((c) => c.header);
  styleHeader(row);
}

async function toBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// ─────────────────────────────────────────────────────────────── quote ──

/** Row of the quote sheet's column headers (rows above it: title and summary). */
export const QUOTE_HEADER_ROW = 3;

function quoteColumnSpecs(t: DocumentText): ColumnSpec[] {
  return [
    { header: t.colNo, width: 6 },
    { header: t.colCode, width: 16 },
    { header: t.colSlot, width: 30 },
    { header: t.page_, width: 12 },
    { header: t.colFormat, width: 12 },
    { header: t.colSize, width: 12 },
    { header: t.startsOn, width: 12, numFmt: DATE_FORMAT },
    { header: t.endsOn, width: 12, numFmt: DATE_FORMAT },
    { header: t.pricingUnit, width: 10 },
    { header: t.units, width: 8 },
    { header: t.unitPrice, width: 14, numFmt: YUAN_FORMAT },
    { header: t.list, width: 15, numFmt: YUAN_FORMAT },
    { header: t.sharePercent, width: 14, numFmt: SHARE_FORMAT },
    { header: t.zheCol, width: 11 },
    { header: t.net, width: 16, numFmt: YUAN_FORMAT },
  ];
}

export async function renderQuoteXlsx(view: QuoteDocumentView): Promise<Buffer> {
  const t = documentText(view.lang);
  const company = view.companyName ?? DOCUMENT_COMPANY[view.lang];
  const wb = newWorkbook(view.lang, company);
  const ws = wb.addWorksheet(t.sheetQuote, {
    views: [{ state: 'frozen', ySplit: QUOTE_HEADER_ROW, xSplit: 0 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const cols = quoteColumnSpecs(t);
  const netCol = cols.length;
  titleRow(ws, 1, `${company}  ${t.quoteTitle}  ${view.number}`, netCol, 14);
  const sep = view.lang === 'zh' ? '　｜　' : '  |  ';
  titleRow(
    ws,
    2,
    [
      `${t.customerName}${t.colon}${view.customer.name}`,
      `${t.validUntil}${t.colon}${view.validUntil}`,
      `${t.status}${t.colon}${view.statusLabel}`,
      `${t.issuingUnit}${t.colon}${view.issuingUnitName}`,
    ].join(sep),
    netCol,
    10,
    false,
  );
  setColumns(ws, cols, QUOTE_HEADER_ROW);
  ws.getColumn(3).alignment = { wrapText: true, vertical: 'top' };

  view.lines.forEach((l, i) => {
    ws.addRow([
      i + 1,
      l.slotCode,
      l.slotName,
      l.page,
      l.format,
      l.size,
      dateCell(l.startsOn),
      dateCell(l.endsOn),
      l.pricingUnitLabel,
      l.units,
      toYuan(l.unitPriceFen),
      toYuan(l.listFen),
      toShare(l.shareBp),
      l.shareBp >= 10000 ? t.noDiscount : formatZhe(l.shareBp),
      toYuan(l.netFen),
    ]);
  });

  // Totals under the money columns: label in the discount-text column, value under 折后金额.
  ws.addRow([]);
  const total = (label: string, value: number | string, numFmt?: string, strong = false) => {
    const row = ws.addRow([]);
    const labelCell = row.getCell(netCol - 1);
    labelCell.value = label;
    labelCell.alignment = { horizontal: 'right' };
    labelCell.font = { bold: strong };
    const valueCell = row.getCell(netCol);
    valueCell.value = value;
    if (numFmt) valueCell.numFmt = numFmt;
    valueCell.font = { bold: strong, color: strong ? { argb: 'FFC0392B' } : undefined };
    valueCell.alignment = { horizontal: 'right' };
    return row;
  };
  total(t.listTotal, toYuan(view.listFen), YUAN_FORMAT);
  if (view.bundleShareBp < 10000) {
    total(t.subtotal, toYuan(view.subtotalFen), YUAN_FORMAT);
    total(t.bundle, `${formatZhe(view.bundleShareBp)} (${formatSharePercent(view.bundleShareBp)})`);
  }
  total(t.netTotal, toYuan(view.netFen), YUAN_FORMAT, true);
  total(t.paidShare, t.paidShareOf(formatZhe(view.paidShareBp), formatSharePercent(view.paidShareBp)));

  // Second sheet: who, when, approval — the rest of the printed document.
  const info = wb.addWorksheet(t.sheetInfo, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  info.getColumn(1).width = 22;
  info.getColumn(2).width = 70;
  info.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  styleHeader(info.addRow([t.quoteBlock, view.number]));
  const c = view.customer;
  const rows: [string, string | Date][] = [
    [t.issuingUnit, view.issuingUnitName],
    [t.customerName, c.name],
    [t.contact, c.contact ?? ''],
    [t.phone, c.phone ?? ''],
    [t.address, c.address ?? ''],
    [t.uscc, c.uscc ?? ''],
    [t.createdAt, view.createdAt],
    [t.validUntil, view.validUntil],
    [t.createdBy, view.createdBy],
    [t.status, view.statusLabel],
    [t.approval, [view.approvalStatusText, ...view.approvers.map((a) => t.approvedBy(a.name, a.decidedAt))].join('\n')],
  ];
  if (view.note) rows.push([t.note, view.note]);
  for (const [label, value] of rows) {
    const row = info.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    row.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: LIGHT_ARGB } };
  }
  return toBuffer(wb);
}

// ─────────────────────────────────────────────────────────── rate card ──

export const RATE_CARD_HEADER_ROW = 3;

export async function renderRateCardXlsx(view: RateCardDocumentView): Promise<Buffer> {
  const t = documentText(view.lang);
  const company = view.companyName ?? DOCUMENT_COMPANY[view.lang];
  const wb = newWorkbook(view.lang, company);
  const ws = wb.addWorksheet(`${t.sheetRateCard} ${view.month}`, {
    views: [{ state: 'frozen', ySplit: RATE_CARD_HEADER_ROW, xSplit: 0 }],
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const cols: ColumnSpec[] = [
    { header: t.page_, width: 14 },
    { header: t.colCode, width: 16 },
    { header: t.colName, width: 32 },
    { header: t.colFormat, width: 12 },
    { header: t.colSize, width: 12 },
    { header: t.colPricingUnit, width: 10 },
    { header: t.colExclusive, width: 9 },
    { header: t.colPrice, width: 16, numFmt: YUAN_FORMAT },
  ];
  const [year, month] = view.month.split('-');
  const title = `${t.rateCardTitle(year, month)}${view.revision > 1 ? `  ${t.rateCardRevision(view.revision)}` : ''}`;
  titleRow(ws, 1, title, cols.length, 14);
  titleRow(
    ws,
    2,
    [
      company,
      view.issuingUnitName,
      view.statusLabel,
      view.publishedAt ? `${t.publishedAt}${t.colon}${view.publishedAt}` : '',
      view.publishedBy ? `${t.publishedBy}${t.colon}${view.publishedBy}` : '',
    ]
      .filter(Boolean)
      .join(view.lang === 'zh' ? '　｜　' : '  |  '),
    cols.length,
    10,
    false,
  );
  setColumns(ws, cols, RATE_CARD_HEADER_ROW);
  // Grouped by page/channel like the PDF, in the order the pages first appear.
  const pages = [...new Set(view.rows.map((r) => r.page))];
  for (const page of pages) {
    for (const r of view.rows.filter((x) => x.page === page)) {
      const row = ws.addRow([r.page, r.code, r.name, r.format, r.size, r.pricingUnitLabel, r.exclusive ? t.exclusiveMark : t.sharedMark, toYuan(r.priceFen)]);
      if (r.exclusive) row.getCell(7).font = { bold: true, color: { argb: 'FFC0392B' } };
    }
  }
  ws.autoFilter = { from: { row: RATE_CARD_HEADER_ROW, column: 1 }, to: { row: RATE_CARD_HEADER_ROW, column: cols.length } };
  ws.addRow([]);
  const legend = ws.addRow([t.exclusiveLegend]);
  ws.mergeCells(legend.number, 1, legend.number, cols.length);
  legend.getCell(1).font = { italic: true, color: { argb: 'FF646A73' } };
  if (view.note) {
    const note = ws.addRow([view.note]);
    ws.mergeCells(note.number, 1, note.number, cols.length);
    note.getCell(1).alignment = { wrapText: true };
  }
  return toBuffer(wb);
}
