import { fenInChineseWords } from '@portal/domain';
import { formatFen, formatSharePercent, formatZhe } from '@portal/domain';
import {
  ACCENT,
  BODY_BOTTOM,
  BRAND,
  CONTENT_W,
  INK,
  MARGIN_X,
  MUTED,
  PAD,
  SIGN_BOX_H,
  PdfTable,
  cell,
  fitCell,
  font,
  footers,
  forPrint,
  keyValueBoxes,
  para,
  pdfBuffer,
  signBoxes,
  startDocument,
  titleBlock,
  totalsBox,
  totalsHeight,
  type Doc,
  type TotalLine,
} from '../../documents/pdf';
import { documentText, type DocumentText } from './ad-documents.messages';
import { QUOTE_FINAL_STATUSES, companyOf, type DocumentLang, type QuoteDocumentLine, type QuoteDocumentView } from './ad-documents.views';

/** The advertising quotation (广告报价单) as a customer receives it, or the house's internal copy: one layout on the documents kit. */

type QuoteColumn = 'no' | 'slot' | 'flight' | 'units' | 'unitPrice' | 'list' | 'share' | 'net';

function quoteTable(doc: Doc, t: DocumentText, newPage: () => number): PdfTable<QuoteColumn> {
  return new PdfTable<QuoteColumn>(
    doc,
    [
      { key: 'no', title: t.colNo, w: 28, align: 'center' },
      { key: 'slot', title: t.colSlot, w: 156, align: 'left' },
      { key: 'flight', title: t.colFlight, w: 60, align: 'left' },
      { key: 'units', title: t.colUnits, w: 44, align: 'right' },
      { key: 'unitPrice', title: t.colUnitPrice, w: 58, align: 'right' },
      { key: 'list', title: t.colList, w: 62, align: 'right' },
      { key: 'share', title: t.colShare, w: 40, align: 'right' },
      { key: 'net', title: t.colNet, align: 'right' },
    ],
    { header: { height: 20, size: 8.5, textY: 5.5 }, newPage },
  );
}

function zheOrNone(t: DocumentText, bp: number): string {
  return bp >= 10000 ? t.noDiscount : formatZhe(bp);
}

function shareLabel(lang: DocumentLang, t: DocumentText, bp: number): string {
  if (bp >= 10000) return t.noDiscount;
  return lang === 'zh' ? formatZhe(bp) : formatSharePercent(bp);
}

/** Code · page · format · size under the slot's name; the page goes first if that needs two lines. */
function slotDetail(doc: Doc, line: QuoteDocumentLine, width: number): string {
  font(doc, false, 7, MUTED);
  const full = [line.slotCode, line.page, line.format, line.size].filter(Boolean).join(' · ');
  if (doc.widthOfString(full) <= width) return full;
  return [line.slotCode, line.format, line.size].filter(Boolean).join(' · ');
}

/** Height of a line's row; the slot name may wrap to two or more lines. */
function lineRowHeight(doc: Doc, line: QuoteDocumentLine, slotW: number): number {
  font(doc, false, 8.5);
  const nameH = doc.heightOfString(line.slotName, { width: slotW });
  const detail = slotDetail(doc, line, slotW);
  const detailH = doc.heightOfString(detail, { width: slotW });
  return Math.max(nameH + detailH + 1, 22) + 2 * PAD;
}

function lineCells(doc: Doc, view: QuoteDocumentView, t: DocumentText, table: PdfTable<QuoteColumn>, line: QuoteDocumentLine, index: number, top: number): void {
  font(doc, false, 8.5);
  table.cell('no', String(index + 1), top);
  const nameH = table.para('slot', line.slotName, top);
  table.para('slot', slotDetail(doc, line, table.w('slot')), top + nameH + 1);
  font(doc, false, 8);
  table.cell('flight', line.startsOn, top);
  font(doc, false, 7, MUTED);
  table.cell('flight', `${t.flightTo} ${line.endsOn}`, top + 12);
  // '7 天' on one line; 'month', 'placement' go under the number.
  font(doc, false, 8.5);
  const units = `${line.units} ${line.pricingUnitLabel}`;
  if (doc.widthOfString(units) <= table.w('units')) table.cell('units', units, top);
  else {
    table.cell('units', String(line.units), top);
    fitCell(doc, line.pricingUnitLabel, table.x('units'), top + 12, table.w('units'), 'right', false, 7, MUTED, 5.5);
    font(doc, false, 8.5);
  }
  table.cell('unitPrice', formatFen(line.unitPriceFen), top);
  table.cell('list', formatFen(line.listFen), top);
  font(doc, false, 8.5, line.shareBp < 10000 ? ACCENT : MUTED);
  table.cell('share', shareLabel(view.lang, t, line.shareBp), top);
  font(doc, true, 8.5);
  table.cell('net', formatFen(line.netFen), top);
}

function totalLines(view: QuoteDocumentView, t: DocumentText): TotalLine[] {
  const yuan = (fen: number) => `¥${formatFen(fen)}`;
  const lines: TotalLine[] = [[t.listTotal, yuan(view.listFen), false]];
  if (view.bundleShareBp < 10000) {
    lines.push([t.subtotal, yuan(view.subtotalFen), false]);
    lines.push([t.bundle, zheOrNone(t, view.bundleShareBp) + (view.lang === 'zh' ? '' : ` (${formatSharePercent(view.bundleShareBp)})`), false]);
  }
  lines.push([t.paidShare, t.paidShareOf(formatZhe(view.paidShareBp), formatSharePercent(view.paidShareBp)), false]);
  lines.push([t.netTotal, yuan(view.netFen), true]);
  return lines;
}

/**
 * Left of the totals: the approval trail (internal copy; with a bar, red while not final) or the
 * customer's terms (VAT, how to accept), then the note and the validity.
 * Measured first so the whole block moves to the next page together.
 */
function approvalBlock(doc: Doc, view: QuoteDocumentView, t: DocumentText, lines: string[], approvalH: number, y: number, w: number, draft: boolean): void {
  let ly = y;
  font(doc, true, 9, BRAND);
  cell(doc, view.copy === 'internal' ? t.approval : t.terms, MARGIN_X, ly, w);
  ly += 15;
  doc.rect(MARGIN_X, ly - 2, 2.5, approvalH - 22).fill(draft ? ACCENT : BRAND);
  lines.forEach((text, i) => {
    const lead = i === 0 && view.copy === 'internal';
    font(doc, lead, 8.5, lead && draft ? ACCENT : INK);
    ly += para(doc, text, MARGIN_X + PAD + 4, ly, w - 2 * PAD - 4) + 2;
  });
  ly += 8;
  if (view.note) {
    font(doc, true, 9, BRAND);
    cell(doc, t.note, MARGIN_X, ly, w);
    ly += 15;
    font(doc, false, 8.5, INK);
    ly += para(doc, view.note, MARGIN_X + PAD + 4, ly, w - 2 * PAD - 4) + 8;
  }
  font(doc, false, 8.5, INK);
  para(doc, t.validity(view.validUntil), MARGIN_X, ly, w);
}

export async function renderQuotePdf(input: QuoteDocumentView): Promise<Buffer> {
  const view = forPrint(input);
  const t = documentText(view.lang);
  const company = companyOf(view);
  // Not yet approved: 草稿/DRAFT. Approved, sent or accepted: clean. Declined, expired or cancelled
  // (possibly after approval): the status itself, so a stale copy cannot pass for a live offer.
  const draft = !QUOTE_FINAL_STATUSES.includes(view.status);
  const { doc, newPage } = startDocument({
    lang: view.lang,
    title: `${t.quoteTitle} ${view.number}`,
    subject: `${view.customer.name}`,
    company,
    watermark: draft ? (view.status === 'draft' || view.status === 'pending_approval' ? t.draftMark : view.statusLabel) : null,
    running: [`${company}  ${t.quoteTitle}`, `${t.number} ${view.number}`],
  });

  const internal = view.copy === 'internal';
  const reference = t.quoteSubtitle ? `${t.quoteSubtitle}  ${view.number}` : view.number;
  let y = titleBlock(doc, {
    company,
    unit: view.issuingUnitName,
    title: t.quoteTitle,
    titleSize: view.lang === 'zh' ? 22 : 18,
    reference,
  });
  if (internal) {
    // In red above the customer block, where whoever is about to mail it looks.
    font(doc, true, 9, ACCENT);
    cell(doc, `【${t.internalCopy}】 ${t.internalMark}`, MARGIN_X, y - 4, CONTENT_W, 'right');
    y += 12;
  }

  // Customer and quote blocks side by side.
  const leftW = CONTENT_W * 0.58;
  const c = view.customer;
  y +=
    keyValueBoxes(doc, y, [
      {
        heading: t.customerBlock,
        rows: [
          [t.customerName, c.name],
          [t.contact, c.contact ?? ''],
          [t.phone, c.phone ?? ''],
          [t.address, c.address ?? ''],
          [t.uscc, c.uscc ?? ''],
        ],
        x: MARGIN_X,
        w: leftW,
        labelW: view.lang === 'zh' ? 76 : 78,
      },
      {
        heading: t.quoteBlock,
        rows: [
          [t.number, view.number],
          [t.createdAt, view.createdAt],
          [t.validUntil, view.validUntil],
          [t.createdBy, view.createdBy],
          // The status (待审批, 已批准 …) is the house's workflow; the customer's copy leaves it out.
          ...(internal ? [[t.status, view.statusLabel] as [string, string]] : []),
        ],
        x: MARGIN_X + leftW + 10,
        w: CONTENT_W - leftW - 10,
        labelW: view.lang === 'zh' ? 50 : 62,
      },
    ]) + 14;

  // Lines: the header repeats on every page the table reaches.
  const table = quoteTable(doc, t, newPage);
  y = table.rows(
    table.header(y),
    view.lines,
    (line) => lineRowHeight(doc, line, table.w('slot')),
    (line, i, top) => lineCells(doc, view, t, table, line, i, top),
  );

  // Totals (right) and approval/validity (left); kept together on one page.
  const totals = totalLines(view, t);
  const totalsW = 250;
  const leftBlockW = CONTENT_W - totalsW - 14;
  font(doc, false, 8.5);
  const approvalLines = internal
    ? [view.approvalStatusText, ...view.approvers.map((a) => t.approvedBy(a.name, a.decidedAt))]
    : [t.vatIncluded, t.toAccept(view.validUntil)];
  const approvalH = approvalLines.reduce((s, l) => s + doc.heightOfString(l, { width: leftBlockW - 2 * PAD - 4 }) + 2, 0) + 24;
  const noteH = view.note ? doc.heightOfString(view.note, { width: leftBlockW - 2 * PAD - 4 }) + 24 : 0;
  const validityH = doc.heightOfString(t.validity(view.validUntil), { width: leftBlockW }) + 6;
  const blockH = Math.max(totalsHeight(totals) + (view.lang === 'zh' ? 22 : 0), approvalH + noteH + validityH + 8);
  y += 12;
  if (y + blockH > BODY_BOTTOM) y = newPage();
  totalsBox(doc, totals, y, totalsW, view.lang === 'zh' ? `${t.inWords}${t.colon}${fenInChineseWords(view.netFen)}` : undefined);
  approvalBlock(doc, view, t, approvalLines, approvalH, y, leftBlockW, draft);
  y += blockH + 16;

  // Signature and seal boxes.
  if (y + SIGN_BOX_H > BODY_BOTTOM) y = newPage();
  signBoxes(doc, y, [
    { title: t.sealIssuer, lines: [view.issuingUnitName, `${t.handledBy}${t.colon}${view.createdBy}`, `${t.signDate}${t.colon}`] },
    { title: t.sealCustomer, lines: [view.customer.name, `${t.handledBy}${t.colon}`, `${t.signDate}${t.colon}`] },
  ]);

  footers(doc, t.page, `${company} · ${t.quoteTitle} ${view.number}${internal ? ` · ${t.internalCopy}` : ''}`);
  return pdfBuffer(doc);
}

/**
 * Renders one small quote and throws it away: reads and parses the shipped fonts and warms the
 * code paths, so the first real download does not pay ~0.5–1 s for it. Optional (e.g. at start-up).
 */
export async function warmUpDocumentRenderers(): Promise<void> {
  const { sampleQuoteView } = await import('./ad-documents.fixtures');
  await renderQuotePdf(sampleQuoteView({ lineCount: 2 }));
}
