import { ACCENT, BRAND, BRAND_LIGHT, CONTENT_W, INK, MARGIN_X, MUTED, PAD, RULE, TOP, type Doc } from './pdf-style';
import { newPdfDocument, rule, watermarkEveryPage, type PdfDocumentInfo } from './pdf-page';
import { cell, font, para } from './pdf-text';

/**
 * The blocks a business document is made of: the title block of the first page, the running
 * header of the others, labelled boxes of key–value rows, the totals box with the amount in
 * words, and the boxes a signature and a seal go in. Each returns the y below it (or its height).
 */

export interface TitleBlock {
  /** the issuing company, large at the left beside a brand bar */
  company: string;
  /** the issuing unit, under the company */
  unit: string;
  /** the document's kind, large at the right: 广告报价单 */
  title: string;
  titleSize: number;
  /** under the title at the right: its number (and an English subtitle) */
  reference: string;
}

/** The first page's heading; returns the y where the body begins. */
export function titleBlock(doc: Doc, block: TitleBlock): number {
  font(doc, true, block.titleSize, BRAND);
  const titleW = doc.widthOfString(block.title);
  cell(doc, block.title, MARGIN_X, TOP - 1, CONTENT_W, 'right');
  // The company name gets what the title leaves, in a smaller size if it must.
  const nameW = CONTENT_W - titleW - 32;
  let size = 14;
  font(doc, true, size, INK);
  while (size > 10 && doc.widthOfString(block.company) > nameW) font(doc, true, (size -= 0.5), INK);
  doc.rect(MARGIN_X, TOP, 5, 34).fill(BRAND);
  font(doc, true, size, INK);
  cell(doc, block.company, MARGIN_X + 12, TOP + 1 + (14 - size) / 2, nameW);
  font(doc, false, 8.5, MUTED);
  cell(doc, block.unit, MARGIN_X + 12, TOP + 22, nameW);
  font(doc, false, 8, MUTED);
  cell(doc, block.reference, MARGIN_X, TOP + 25, CONTENT_W, 'right');
  const y = TOP + 44;
  rule(doc, y, 1.5, BRAND);
  return y + 12;
}

/** How a business document begins: its PDF info, a watermark if any, and the running header of its later pages. */
export interface DocumentStart extends PdfDocumentInfo {
  /** across every page, e.g. 草稿/DRAFT on a copy that is not final; none when null or left out */
  watermark?: string | null;
  /** the running header of the pages after the first: what the document is, and its number */
  running: [what: string, reference: string];
}

/**
 * A new document and how it turns a page: `newPage()` adds one under the running header and returns
 * the y where its body begins. The first page's heading (titleBlock, a banner) is the layout's.
 */
export function startDocument(start: DocumentStart): { doc: Doc; newPage: () => number } {
  const doc = newPdfDocument(start);
  if (start.watermark) watermarkEveryPage(doc, start.watermark);
  const newPage = (): number => {
    doc.addPage();
    return runningHeader(doc, ...start.running);
  };
  return { doc, newPage };
}

/** The heading of pages after the first: what the document is (left) and its number (right). */
export function runningHeader(doc: Doc, what: string, reference: string): number {
  font(doc, true, 10, INK);
  cell(doc, what, MARGIN_X, TOP, CONTENT_W * 0.7);
  font(doc, false, 8.5, MUTED);
  cell(doc, reference, MARGIN_X, TOP + 1.5, CONTENT_W, 'right');
  const y = TOP + 18;
  rule(doc, y, 1, BRAND);
  return y + 8;
}

/** A bordered box of label–value rows under a heading; the first row is the prominent one. */
export interface KeyValueBox {
  heading: string;
  rows: [label: string, value: string][];
  x: number;
  w: number;
  labelW: number;
}

/** The box's height; drawn (stretched to `drawHeight`) only when drawHeight is given. */
function keyValueBox(doc: Doc, box: KeyValueBox, y: number, drawHeight?: number): number {
  const { heading, rows, x, w, labelW } = box;
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

/** Key–value boxes side by side at y, measured first and drawn to the tallest so they line up; returns their height. */
export function keyValueBoxes(doc: Doc, y: number, boxes: KeyValueBox[]): number {
  const h = Math.max(...boxes.map((box) => keyValueBox(doc, box, y)));
  for (const box of boxes) keyValueBox(doc, box, y, h);
  return h;
}

/** A line of the totals box; the strong one (the amount payable) is ruled off and large. */
export type TotalLine = [label: string, value: string, strong: boolean];

const TOTAL_LINE_H = 17;

export function totalsHeight(lines: TotalLine[]): number {
  return lines.length * TOTAL_LINE_H + 12;
}

/**
 * The totals in a shaded box `w` wide at the right margin; `inWords`, when given, is printed under
 * it (the amount in Chinese capitals, domain's fenInChineseWords, with its label).
 */
export function totalsBox(doc: Doc, lines: TotalLine[], y: number, w: number, inWords?: string): void {
  const h = totalsHeight(lines);
  const tx = MARGIN_X + CONTENT_W - w;
  doc.rect(tx, y, w, h).fill(BRAND_LIGHT);
  let ty = y + 6;
  for (const [label, value, strong] of lines) {
    if (strong) {
      doc.moveTo(tx + 8, ty - 2).lineTo(tx + w - 8, ty - 2).lineWidth(0.6).strokeColor(BRAND).stroke();
      font(doc, true, 10, INK);
      cell(doc, label, tx + 10, ty + 2, 100);
      font(doc, true, 13, ACCENT);
      cell(doc, value, tx + 10, ty, w - 20, 'right');
    } else {
      font(doc, false, 8.5, MUTED);
      cell(doc, label, tx + 10, ty + 1, w * 0.48);
      font(doc, false, 9, INK);
      cell(doc, value, tx + w * 0.4, ty, w * 0.6 - 10, 'right');
    }
    ty += TOTAL_LINE_H;
  }
  if (inWords !== undefined) {
    font(doc, false, 8, MUTED);
    cell(doc, inWords, tx - 100, y + h + 6, w + 100, 'right');
  }
}

/** A box to sign and seal in: its title at the top, the lines to fill in at the bottom. */
export interface SignBox {
  title: string;
  lines: string[];
}

export const SIGN_BOX_H = 70;

/** Sign/seal boxes side by side across the content width at y. */
export function signBoxes(doc: Doc, y: number, boxes: SignBox[]): void {
  const gap = 14;
  const w = (CONTENT_W - gap * (boxes.length - 1)) / boxes.length;
  boxes.forEach(({ title, lines }, i) => {
    const x = MARGIN_X + i * (w + gap);
    doc.rect(x, y, w, SIGN_BOX_H).lineWidth(0.6).strokeColor(RULE).stroke();
    font(doc, true, 9, INK);
    cell(doc, title, x + 8, y + 7, w - 16);
    font(doc, false, 8.5, MUTED);
    lines.forEach((l, j) => cell(doc, l, x + 8, y + SIGN_BOX_H - 18 - (lines.length - 1 - j) * 15, w - 16));
  });
}
