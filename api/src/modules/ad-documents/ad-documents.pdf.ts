import { formatFen, formatSharePercent, formatZhe } from '@portal/domain';
import PDFDocument from 'pdfkit';
import { FONT_BOLD, FONT_REGULAR, useDocumentFonts } from './ad-documents.fonts';
import { documentText, fenInChineseWords, type DocumentText } from './ad-documents.messages';
import {
  DOCUMENT_COMPANY,
  QUOTE_FINAL_STATUSES,
  type DocumentLang,
  type QuoteDocumentLine,
  type QuoteDocumentView,
  type RateCardDocumentRow,
  type RateCardDocumentView,
} from './ad-documents.views';

type Doc = InstanceType<typeof PDFDocument>;
type Align = 'left' | 'right' | 'center';

// A4 in points; every layout figure below is in points (1 mm ≈ 2.835 pt).
const PAGE_W = 595.28;
const PAGE_H = 841.89;
const MARGIN_X = 42;
const TOP = 40;
const CONTENT_W = PAGE_W - 2 * MARGIN_X;
/** Lowest y the body may reach; the footer lives below it. */
const BODY_BOTTOM = PAGE_H - 56;

const INK = '#1f2329';
const MUTED = '#646a73';
const RULE = '#d5dbe3';
const BRAND = '#1f4e79';
const BRAND_LIGHT = '#e8eff7';
const ZEBRA = '#f6f8fb';
const ACCENT = '#c0392b';

const yuan = (fen: number) => `¥${formatFen(fen)}`;

function newDocument(lang: DocumentLang, title: string, subject: string, company: string): Doc {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: TOP, bottom: 20, left: MARGIN_X, right: MARGIN_X },
    bufferPages: true,
    autoFirstPage: true,
    lang: lang === 'zh' ? 'zh-CN' : 'en',
    displayTitle: true,
    // No Helvetica: every glyph comes from the shipped font, and the AFM parse is skipped.
    font: null as unknown as string,
    info: { Title: title, Subject: subject, Author: company, Creator: company, Producer: 'portal' },
  });
  useDocumentFonts(doc);
  return doc;
}

function toBuffer(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** One line of text in a box, aligned, shortened with '…' if it does not fit (never wraps). */
function cell(doc: Doc, text: string, x: number, y: number, w: number, align: Align = 'left'): void {
  let s = text;
  let width = doc.widthOfString(s);
  if (width > w) {
    while (s.length > 1 && doc.widthOfString(`${s}…`) > w) s = s.slice(0, -1);
    s = `${s}…`;
    width = doc.widthOfString(s);
  }
  const dx = align === 'right' ? w - width : align === 'center' ? (w - width) / 2 : 0;
  doc.text(s, x + dx, y, { lineBreak: false });
}

/** Like cell(), first shrinking the type from `size` down to `min` points if the text is too wide. */
function fitCell(doc: Doc, text: string, x: number, y: number, w: number, align: Align, bold: boolean, size: number, color: string, min = size - 2.5): void {
  font(doc, bold, size, color);
  let s = size;
  while (s > min && doc.widthOfString(text) > w) font(doc, bold, (s -= 0.5), color);
  cell(doc, text, x, y + (size - s) / 2, w, align);
}

/** Wrapped text in a column; returns its height. */
function para(doc: Doc, text: string, x: number, y: number, w: number, options: PDFKit.Mixins.TextOptions = {}): number {
  const h = doc.heightOfString(text, { width: w, ...options });
  doc.text(text, x, y, { width: w, ...options });
  return h;
}

function font(doc: Doc, bold: boolean, size: number, color = INK): Doc {
  return doc.font(bold ? FONT_BOLD : FONT_REGULAR).fontSize(size).fillColor(color);
}

/** A faint diagonal word across the page, under the content (drawn when the page begins). */
function watermark(doc: Doc, text: string): void {
  doc.save();
  font(doc, true, 100, ACCENT);
  font(doc, true, Math.min(150, (100 * 470) / doc.widthOfString(text)), ACCENT);
  doc.fillOpacity(0.09);
  doc.rotate(-35, { origin: [PAGE_W / 2, PAGE_H / 2] });
  const w = doc.widthOfString(text);
  doc.text(text, PAGE_W / 2 - w / 2, PAGE_H / 2 - doc.currentLineHeight() / 2, { lineBreak: false });
  doc.restore();
}

/** Page numbers and the document's identity at the foot of every page, drawn once all pages exist. */
function footers(doc: Doc, t: DocumentText, left: string): void {
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const y = PAGE_H - 40;
    doc.moveTo(MARGIN_X, y - 6).lineTo(PAGE_W - MARGIN_X, y - 6).lineWidth(0.5).strokeColor(RULE).stroke();
    font(doc, false, 7.5, MUTED);
    const page = t.page(i + 1, range.count);
    cell(doc, page, MARGIN_X, y, CONTENT_W, 'right');
    cell(doc, left, MARGIN_X, y, CONTENT_W - doc.widthOfString(page) - 16);
  }
}

/**
 * The CJK font draws ‘ ’ “ ” full-width (the Chinese convention), which gaps English words
 * ("quoter’ s"); English documents print them as ASCII quotes instead.
 */
function forPrint<T>(view: T & { lang: DocumentLang }): T {
  if (view.lang !== 'en') return view;
  const fix = (v: unknown): unknown => {
    if (typeof v === 'string') return v.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
    if (Array.isArray(v)) return v.map(fix);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fix(x)]));
    return v;
  };
  return fix(view) as T;
}

function companyOf(view: { lang: DocumentLang; companyName?: string }): string {
  return view.companyName ?? DOCUMENT_COMPANY[view.lang];
}

// ─────────────────────────────────────────────────────────────── quote ──

interface Column {
  key: string;
  title: string;
  w: number;
  align: Align;
}

function quoteColumns(t: DocumentText): Column[] {
  return [
    { key: 'no', title: t.colNo, w: 28, align: 'center' },
    { key: 'slot', title: t.colSlot, w: 156, align: 'left' },
    { key: 'flight', title: t.colFlight, w: 60, align: 'left' },
    { key: 'units', title: t.colUnits, w: 44, align: 'right' },
    { key: 'unitPrice', title: t.colUnitPrice, w: 58, align: 'right' },
    { key: 'list', title: t.colList, w: 62, align: 'right' },
    { key: 'share', title: t.colShare, w: 40, align: 'right' },
    { key: 'net', title: t.colNet, w: CONTENT_W - (28 + 162 + 60 + 38 + 58 + 62 + 40), align: 'right' },
  ];
}

const PAD = 5;

function tableHeader(doc: Doc, cols: Column[], y: number): number {
  const h = 20;
  doc.rect(MARGIN_X, y, CONTENT_W, h).fill(BRAND);
  font(doc, true, 8.5, '#ffffff');
  let x = MARGIN_X;
  for (const c of cols) {
    cell(doc, c.title, x + PAD, y + 5.5, c.w - 2 * PAD, c.align);
    x += c.w;
  }
  return y + h;
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

function quoteLineRow(doc: Doc, view: QuoteDocumentView, t: DocumentText, cols: Column[], line: QuoteDocumentLine, index: number, y: number, h: number): void {
  if (index % 2 === 1) doc.rect(MARGIN_X, y, CONTENT_W, h).fill(ZEBRA);
  let x = MARGIN_X;
  const at: Record<string, number> = {};
  for (const c of cols) {
    at[c.key] = x;
    x += c.w;
  }
  const w = (key: string) => cols.find((c) => c.key === key)!.w - 2 * PAD;
  const top = y + PAD;
  font(doc, false, 8.5);
  cell(doc, String(index + 1), at.no + PAD, top, w('no'), 'center');
  const nameH = para(doc, line.slotName, at.slot + PAD, top, w('slot'));
  para(doc, slotDetail(doc, line, w('slot')), at.slot + PAD, top + nameH + 1, w('slot'));
  font(doc, false, 8);
  cell(doc, line.startsOn, at.flight + PAD, top, w('flight'));
  font(doc, false, 7, MUTED);
  cell(doc, `${t.flightTo} ${line.endsOn}`, at.flight + PAD, top + 12, w('flight'));
  // '7 天' on one line; 'month', 'placement' go under the number.
  font(doc, false, 8.5);
  const units = `${line.units} ${line.pricingUnitLabel}`;
  if (doc.widthOfString(units) <= w('units')) cell(doc, units, at.units + PAD, top, w('units'), 'right');
  else {
    cell(doc, String(line.units), at.units + PAD, top, w('units'), 'right');
    fitCell(doc, line.pricingUnitLabel, at.units + PAD, top + 12, w('units'), 'right', false, 7, MUTED, 5.5);
    font(doc, false, 8.5);
  }
  cell(doc, formatFen(line.unitPriceFen), at.unitPrice + PAD, top, w('unitPrice'), 'right');
  cell(doc, formatFen(line.listFen), at.list + PAD, top, w('list'), 'right');
  font(doc, false, 8.5, line.shareBp < 10000 ? ACCENT : MUTED);
  cell(doc, shareLabel(view.lang, t, line.shareBp), at.share + PAD, top, w('share'), 'right');
  font(doc, true, 8.5);
  cell(doc, formatFen(line.netFen), at.net + PAD, top, w('net'), 'right');
  doc.moveTo(MARGIN_X, y + h).lineTo(MARGIN_X + CONTENT_W, y + h).lineWidth(0.4).strokeColor(RULE).stroke();
}

/** Label/value pairs in a bordered box with a heading; returns the box height. */
function infoBox(doc: Doc, heading: string, rows: [string, string][], x: number, y: number, w: number, labelW: number, drawHeight?: number): number {
  const headH = 18;
  let h = headH + 4;
  const valueW = w - labelW - 2 * PAD - 4;
  const heights = rows.map(([, value], i) => {
    font(doc, i === 0, i === 0 ? 10 : 8.5);
    return Math.max(doc.heightOfString(value || '—', { width: valueW }), 11) + 3;
  });
  h += heights.reduce((a, b) => a + b, 0) + 4;
  if (drawHeight === undefined) return h;
  h = Math.max(h, drawHeight);
  doc.rect(x, y, w, h).lineWidth(0.6).strokeColor(RULE).stroke();
  doc.rect(x, y, w, headH).fill(BRAND_LIGHT);
  font(doc, true, 9, BRAND);
  cell(doc, heading, x + PAD + 2, y + 4.5, w - 2 * PAD);
  let ry = y + headH + 4;
  rows.forEach(([label, value], i) => {
    font(doc, false, 8, MUTED);
    cell(doc, label, x + PAD + 2, ry + (i === 0 ? 1.5 : 0), labelW);
    font(doc, i === 0, i === 0 ? 10 : 8.5);
    para(doc, value || '—', x + PAD + 2 + labelW + 4, ry, valueW);
    ry += heights[i];
  });
  return h;
}

function quoteHeader(doc: Doc, view: QuoteDocumentView, t: DocumentText): number {
  const company = companyOf(view);
  font(doc, true, view.lang === 'zh' ? 22 : 18, BRAND);
  const titleW = doc.widthOfString(t.quoteTitle);
  cell(doc, t.quoteTitle, MARGIN_X, TOP - 1, CONTENT_W, 'right');
  // The company name gets what the title leaves, in a smaller size if it must.
  const nameW = CONTENT_W - titleW - 32;
  let size = 14;
  font(doc, true, size, INK);
  while (size > 10 && doc.widthOfString(company) > nameW) font(doc, true, (size -= 0.5), INK);
  doc.rect(MARGIN_X, TOP, 5, 34).fill(BRAND);
  font(doc, true, size, INK);
  cell(doc, company, MARGIN_X + 12, TOP + 1 + (14 - size) / 2, nameW);
  font(doc, false, 8.5, MUTED);
  cell(doc, view.issuingUnitName, MARGIN_X + 12, TOP + 22, nameW);
  font(doc, false, 8, MUTED);
  cell(doc, t.quoteSubtitle ? `${t.quoteSubtitle}  ${view.number}` : view.number, MARGIN_X, TOP + 25, CONTENT_W, 'right');
  const y = TOP + 44;
  doc.moveTo(MARGIN_X, y).lineTo(PAGE_W - MARGIN_X, y).lineWidth(1.5).strokeColor(BRAND).stroke();
  return y + 12;
}

/** The header of pages after the first: who, which quote, and the table header. */
function quoteContinuationHeader(doc: Doc, view: QuoteDocumentView, t: DocumentText): number {
  font(doc, true, 10, INK);
  cell(doc, `${companyOf(view)}  ${t.quoteTitle}`, MARGIN_X, TOP, CONTENT_W * 0.7);
  font(doc, false, 8.5, MUTED);
  cell(doc, `${t.number} ${view.number}`, MARGIN_X, TOP + 1.5, CONTENT_W, 'right');
  const y = TOP + 18;
  doc.moveTo(MARGIN_X, y).lineTo(PAGE_W - MARGIN_X, y).lineWidth(1).strokeColor(BRAND).stroke();
  return y + 8;
}

export async function renderQuotePdf(input: QuoteDocumentView): Promise<Buffer> {
  const view = forPrint(input);
  const t = documentText(view.lang);
  const company = companyOf(view);
  const doc = newDocument(view.lang, `${t.quoteTitle} ${view.number}`, `${view.customer.name}`, company);
  // Not yet approved: 草稿/DRAFT. Approved, sent or accepted: clean. Declined, expired or cancelled
  // (possibly after approval): the status itself, so a stale copy cannot pass for a live offer.
  const draft = !QUOTE_FINAL_STATUSES.includes(view.status);
  const mark = view.status === 'draft' || view.status === 'pending_approval' ? t.draftMark : view.statusLabel;
  if (draft) {
    watermark(doc, mark);
    doc.on('pageAdded', () => watermark(doc, mark));
  }
  const newPage = (): number => {
    doc.addPage();
    return quoteContinuationHeader(doc, view, t);
  };

  let y = quoteHeader(doc, view, t);

  // Customer and quote blocks side by side.
  const leftW = CONTENT_W * 0.58;
  const rightW = CONTENT_W - leftW - 10;
  const c = view.customer;
  const customerRows: [string, string][] = [
    [t.customerName, c.name],
    [t.contact, c.contact ?? ''],
    [t.phone, c.phone ?? ''],
    [t.address, c.address ?? ''],
    [t.uscc, c.uscc ?? ''],
  ];
  const quoteRows: [string, string][] = [
    [t.number, view.number],
    [t.createdAt, view.createdAt],
    [t.validUntil, view.validUntil],
    [t.createdBy, view.createdBy],
    [t.status, view.statusLabel],
  ];
  const labelW = view.lang === 'zh' ? 76 : 78;
  const quoteLabelW = view.lang === 'zh' ? 50 : 62;
  // Measured first, then both drawn to the taller height so they line up.
  const boxH = Math.max(
    infoBox(doc, t.customerBlock, customerRows, MARGIN_X, y, leftW, labelW),
    infoBox(doc, t.quoteBlock, quoteRows, MARGIN_X + leftW + 10, y, rightW, quoteLabelW),
  );
  infoBox(doc, t.customerBlock, customerRows, MARGIN_X, y, leftW, labelW, boxH);
  infoBox(doc, t.quoteBlock, quoteRows, MARGIN_X + leftW + 10, y, rightW, quoteLabelW, boxH);
  y += boxH + 14;

  // Lines: the header repeats on every page the table reaches.
  const cols = quoteColumns(t);
  const slotW = cols[1].w - 2 * PAD;
  y = tableHeader(doc, cols, y);
  view.lines.forEach((line, i) => {
    const h = lineRowHeight(doc, line, slotW);
    if (y + h > BODY_BOTTOM) y = tableHeader(doc, cols, newPage());
    quoteLineRow(doc, view, t, cols, line, i, y, h);
    y += h;
  });

  // Totals (right) and approval/validity (left); kept together on one page.
  const totals: [string, string, boolean][] = [[t.listTotal, yuan(view.listFen), false]];
  const hasBundle = view.bundleShareBp < 10000;
  if (hasBundle) {
    totals.push([t.subtotal, yuan(view.subtotalFen), false]);
    totals.push([t.bundle, zheOrNone(t, view.bundleShareBp) + (view.lang === 'zh' ? '' : ` (${formatSharePercent(view.bundleShareBp)})`), false]);
  }
  totals.push([t.paidShare, t.paidShareOf(formatZhe(view.paidShareBp), formatSharePercent(view.paidShareBp)), false]);
  totals.push([t.netTotal, yuan(view.netFen), true]);
  const totalsW = 250;
  const totalsH = totals.length * 17 + 12;
  const leftBlockW = CONTENT_W - totalsW - 14;
  font(doc, false, 8.5);
  const approvalLines = [view.approvalStatusText, ...view.approvers.map((a) => t.approvedBy(a.name, a.decidedAt))];
  const approvalH = approvalLines.reduce((s, l) => s + doc.heightOfString(l, { width: leftBlockW - 2 * PAD - 4 }) + 2, 0) + 24;
  const noteH = view.note ? doc.heightOfString(view.note, { width: leftBlockW - 2 * PAD - 4 }) + 24 : 0;
  const validityH = doc.heightOfString(t.validity(view.validUntil), { width: leftBlockW }) + 6;
  const blockH = Math.max(totalsH + (view.lang === 'zh' ? 22 : 0), approvalH + noteH + validityH + 8);
  y += 12;
  if (y + blockH > BODY_BOTTOM) y = newPage();

  // Totals box.
  const tx = MARGIN_X + CONTENT_W - totalsW;
  doc.rect(tx, y, totalsW, totalsH).fill(BRAND_LIGHT);
  let ty = y + 6;
  for (const [label, value, strong] of totals) {
    if (strong) {
      doc.moveTo(tx + 8, ty - 2).lineTo(tx + totalsW - 8, ty - 2).lineWidth(0.6).strokeColor(BRAND).stroke();
      font(doc, true, 10, INK);
      cell(doc, label, tx + 10, ty + 2, 100);
      font(doc, true, 13, ACCENT);
      cell(doc, value, tx + 10, ty, totalsW - 20, 'right');
    } else {
      font(doc, false, 8.5, MUTED);
      cell(doc, label, tx + 10, ty + 1, totalsW * 0.48);
      font(doc, false, 9, INK);
      cell(doc, value, tx + totalsW * 0.4, ty, totalsW * 0.6 - 10, 'right');
    }
    ty += 17;
  }
  if (view.lang === 'zh') {
    font(doc, false, 8, MUTED);
    cell(doc, `${t.inWords}${t.colon}${fenInChineseWords(view.netFen)}`, tx - 100, y + totalsH + 6, totalsW + 100, 'right');
  }

  // Approval, note, validity on the left.
  let ly = y;
  font(doc, true, 9, BRAND);
  cell(doc, t.approval, MARGIN_X, ly, leftBlockW);
  ly += 15;
  doc.rect(MARGIN_X, ly - 2, 2.5, approvalH - 22).fill(draft ? ACCENT : BRAND);
  approvalLines.forEach((text, i) => {
    font(doc, i === 0, 8.5, i === 0 ? (draft ? ACCENT : INK) : INK);
    ly += para(doc, text, MARGIN_X + PAD + 4, ly, leftBlockW - 2 * PAD - 4) + 2;
  });
  ly += 8;
  if (view.note) {
    font(doc, true, 9, BRAND);
    cell(doc, t.note, MARGIN_X, ly, leftBlockW);
    ly += 15;
    font(doc, false, 8.5, INK);
    ly += para(doc, view.note, MARGIN_X + PAD + 4, ly, leftBlockW - 2 * PAD - 4) + 8;
  }
  font(doc, false, 8.5, INK);
  para(doc, t.validity(view.validUntil), MARGIN_X, ly, leftBlockW);
  y += blockH + 16;

  // Signature and seal boxes.
  const sealH = 70;
  if (y + sealH > BODY_BOTTOM) y = newPage();
  const sealW = (CONTENT_W - 14) / 2;
  const seal = (x: number, title: string, lines: string[]) => {
    doc.rect(x, y, sealW, sealH).lineWidth(0.6).strokeColor(RULE).stroke();
    font(doc, true, 9, INK);
    cell(doc, title, x + 8, y + 7, sealW - 16);
    font(doc, false, 8.5, MUTED);
    lines.forEach((l, i) => cell(doc, l, x + 8, y + sealH - 18 - (lines.length - 1 - i) * 15, sealW - 16));
  };
  seal(MARGIN_X, t.sealIssuer, [view.issuingUnitName, `${t.handledBy}${t.colon}${view.createdBy}`, `${t.signDate}${t.colon}`]);
  seal(MARGIN_X + sealW + 14, t.sealCustomer, [view.customer.name, `${t.handledBy}${t.colon}`, `${t.signDate}${t.colon}`]);

  footers(doc, t, `${company} · ${t.quoteTitle} ${view.number}`);
  return toBuffer(doc);
}

// ─────────────────────────────────────────────────────────── rate card ──

/** Rows grouped by page/channel, in first-seen order (the caller's sort decides the order). */
function groupByPage(rows: RateCardDocumentRow[]): [string, RateCardDocumentRow[]][] {
  const groups = new Map<string, RateCardDocumentRow[]>();
  for (const row of rows) {
    const list = groups.get(row.page);
    if (list) list.push(row);
    else groups.set(row.page, [row]);
  }
  return [...groups.entries()];
}

const GROUP_COLOURS = ['#1f4e79', '#2e7d5b', '#b5651d', '#6a3d9a', '#0f7c8c', '#a23b5e'];

function rateCardColumns(t: DocumentText): Column[] {
  return [
    { key: 'code', title: t.colCode, w: 76, align: 'left' },
    { key: 'name', title: t.colName, w: 144, align: 'left' },
    { key: 'format', title: t.colFormat, w: 60, align: 'left' },
    { key: 'size', title: t.colSize, w: 58, align: 'left' },
    { key: 'unit', title: t.colPricingUnit, w: 60, align: 'center' },
    { key: 'exclusive', title: t.colExclusive, w: 46, align: 'center' },
    { key: 'price', title: t.colPrice, w: CONTENT_W - (76 + 144 + 60 + 58 + 60 + 46), align: 'right' },
  ];
}

function rateCardTitle(view: RateCardDocumentView, t: DocumentText): string {
  const [year, month] = view.month.split('-');
  return t.rateCardTitle(year, month);
}

function rateCardBanner(doc: Doc, view: RateCardDocumentView, t: DocumentText): number {
  const h = 92;
  doc.rect(0, 0, PAGE_W, h).fill(BRAND);
  doc.rect(0, h, PAGE_W, 4).fill(ACCENT);
  font(doc, false, 9, '#c9d8ea');
  cell(doc, companyOf(view), MARGIN_X, 20, CONTENT_W * 0.7);
  font(doc, true, view.lang === 'zh' ? 24 : 19, '#ffffff');
  cell(doc, rateCardTitle(view, t), MARGIN_X, 36, CONTENT_W * 0.74);
  font(doc, false, 8, '#c9d8ea');
  cell(doc, [t.rateCardSubtitle, view.issuingUnitName].filter(Boolean).join('  ·  '), MARGIN_X, 68, CONTENT_W * 0.55);
  if (view.revision > 1) {
    const label = t.rateCardRevision(view.revision);
    font(doc, true, 9, '#ffffff');
    const w = doc.widthOfString(label) + 16;
    doc.roundedRect(PAGE_W - MARGIN_X - w, 40, w, 20, 10).fill(ACCENT);
    font(doc, true, 9, '#ffffff');
    cell(doc, label, PAGE_W - MARGIN_X - w, 45, w, 'center');
  }
  // Who published it and when, so a printed copy can be checked against the current card.
  const published = [
    view.statusLabel,
    view.publishedAt ? `${t.publishedAt}${t.colon}${view.publishedAt}` : '',
    view.publishedBy ? `${t.publishedBy}${t.colon}${view.publishedBy}` : '',
  ]
    .filter(Boolean)
    .join('  ·  ');
  font(doc, false, 8, '#c9d8ea');
  cell(doc, published, MARGIN_X + CONTENT_W * 0.45, 68, CONTENT_W * 0.55, 'right');
  return h + 16;
}

function rateCardContinuation(doc: Doc, view: RateCardDocumentView, t: DocumentText): number {
  doc.rect(0, 0, PAGE_W, 30).fill(BRAND);
  doc.rect(0, 30, PAGE_W, 2).fill(ACCENT);
  font(doc, true, 10, '#ffffff');
  cell(doc, rateCardTitle(view, t) + (view.revision > 1 ? `  ${t.rateCardRevision(view.revision)}` : ''), MARGIN_X, 10, CONTENT_W * 0.75);
  font(doc, false, 8, '#c9d8ea');
  cell(doc, companyOf(view), MARGIN_X, 11, CONTENT_W, 'right');
  return 46;
}

function exclusiveBadge(doc: Doc, label: string, x: number, y: number, w: number, exclusive: boolean): void {
  font(doc, exclusive, 7.5, exclusive ? '#ffffff' : MUTED);
  const bw = Math.min(doc.widthOfString(label) + 10, w);
  const bx = x + (w - bw) / 2;
  if (exclusive) doc.roundedRect(bx, y - 2.5, bw, 13, 6.5).fill(ACCENT);
  else doc.roundedRect(bx, y - 2.5, bw, 13, 6.5).lineWidth(0.5).strokeColor(RULE).stroke();
  font(doc, exclusive, 7.5, exclusive ? '#ffffff' : MUTED);
  cell(doc, label, bx, y, bw, 'center');
}

export async function renderRateCardPdf(input: RateCardDocumentView): Promise<Buffer> {
  const view = forPrint(input);
  const t = documentText(view.lang);
  const company = companyOf(view);
  const title = rateCardTitle(view, t);
  const doc = newDocument(view.lang, title, view.issuingUnitName, company);
  if (view.status !== 'published') {
    watermark(doc, view.status === 'draft' ? t.draftMark : view.statusLabel);
    doc.on('pageAdded', () => watermark(doc, view.status === 'draft' ? t.draftMark : view.statusLabel));
  }
  let y = rateCardBanner(doc, view, t);
  const cols = rateCardColumns(t);
  const newPage = () => {
    doc.addPage();
    return rateCardContinuation(doc, view, t);
  };

  // Legend first: what 独占 means, and the card's note.
  font(doc, false, 8, MUTED);
  y += para(doc, t.exclusiveLegend, MARGIN_X, y, CONTENT_W) + 4;
  if (view.note) {
    font(doc, false, 8.5, INK);
    y += para(doc, view.note, MARGIN_X, y, CONTENT_W) + 4;
  }
  y += 6;

  // One column header per page; each page/channel is a coloured band above its rows.
  const columnHeader = (yy: number): number => {
    doc.rect(MARGIN_X, yy, CONTENT_W, 18).fill(BRAND);
    font(doc, true, 8, '#ffffff');
    let x = MARGIN_X;
    for (const c of cols) {
      cell(doc, c.title, x + PAD, yy + 5, c.w - 2 * PAD, c.align);
      x += c.w;
    }
    return yy + 18;
  };
  const bandH = 19;
  const band = (yy: number, page: string, count: number, colour: string, continued: boolean): number => {
    doc.rect(MARGIN_X, yy, CONTENT_W, bandH).fill(colour);
    font(doc, true, 9.5, '#ffffff');
    cell(doc, continued ? `${page}（${view.lang === 'zh' ? '续' : 'cont.'}）` : page, MARGIN_X + 8, yy + 4.5, CONTENT_W * 0.6);
    font(doc, false, 7.5, '#ffffff');
    cell(doc, t.slotCount(count), MARGIN_X, yy + 6, CONTENT_W - 8, 'right');
    return yy + bandH;
  };
  const width = (key: string) => cols.find((c) => c.key === key)!.w - 2 * PAD;
  // Name and format may wrap; everything else is one line.
  const rowHeight = (row: RateCardDocumentRow): number => {
    font(doc, true, 8.5);
    const nameH = doc.heightOfString(row.name, { width: width('name') });
    font(doc, false, 8);
    const formatH = doc.heightOfString(row.format, { width: width('format') });
    return Math.max(nameH, formatH, 11) + 10;
  };
  const newTablePage = () => columnHeader(newPage());

  y = columnHeader(y);
  groupByPage(view.rows).forEach(([page, rows], gi) => {
    const colour = GROUP_COLOURS[gi % GROUP_COLOURS.length];
    // A band is never left alone at the foot of a page.
    if (y + bandH + rowHeight(rows[0]) > BODY_BOTTOM) y = newTablePage();
    y = band(y, page, rows.length, colour, false);
    rows.forEach((row, i) => {
      const h = rowHeight(row);
      if (y + h > BODY_BOTTOM) y = band(newTablePage(), page, rows.length, colour, true);
      if (i % 2 === 1) doc.rect(MARGIN_X, y, CONTENT_W, h).fill(ZEBRA);
      let x = MARGIN_X;
      const top = y + 5;
      for (const c of cols) {
        const w = c.w - 2 * PAD;
        if (c.key === 'code') fitCell(doc, row.code, x + PAD, top + 1, w, 'left', false, 7.5, MUTED, 6);
        else if (c.key === 'name') {
          font(doc, true, 8.5, INK);
          para(doc, row.name, x + PAD, top, w);
        } else if (c.key === 'format') {
          font(doc, false, 8, INK);
          para(doc, row.format, x + PAD, top + 0.5, w);
        } else if (c.key === 'size') fitCell(doc, row.size, x + PAD, top + 0.5, w, 'left', false, 8, INK, 6.5);
        else if (c.key === 'unit') fitCell(doc, row.pricingUnitLabel, x + PAD, top + 0.5, w, 'center', false, 8, INK, 6);
        else if (c.key === 'exclusive') exclusiveBadge(doc, row.exclusive ? t.exclusiveMark : t.sharedMark, x + PAD, top + 1, w, row.exclusive);
        else if (c.key === 'price') {
          font(doc, true, 9.5, INK);
          cell(doc, formatFen(row.priceFen), x + PAD, top - 0.5, w, 'right');
        }
        x += c.w;
      }
      doc.moveTo(MARGIN_X, y + h).lineTo(MARGIN_X + CONTENT_W, y + h).lineWidth(0.4).strokeColor(RULE).stroke();
      y += h;
    });
  });

  footers(doc, t, `${company} · ${title}${view.revision > 1 ? ` ${t.rateCardRevision(view.revision)}` : ''}`);
  return toBuffer(doc);
}

/**
 * Renders one small quote and throws it away: reads and parses the shipped fonts and warms the
 * code paths, so the first real download does not pay ~0.5–1 s for it. Optional (e.g. at start-up).
 */
export async function warmUpDocumentRenderers(): Promise<void> {
  const { sampleQuoteView } = await import('./ad-documents.fixtures');
  await renderQuotePdf(sampleQuoteView({ lineCount: 2 }));
}
