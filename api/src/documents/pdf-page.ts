import PDFDocument from 'pdfkit';
import { useDocumentFonts } from './fonts';
import { ACCENT, CONTENT_W, MARGIN_X, MUTED, PAGE_H, PAGE_W, RULE, TOP, type Doc } from './pdf-style';
import { cell, font } from './pdf-text';

/**
 * The A4 page every printed document shares: the document itself, the footer
 * with page numbers and the watermark. A layout (quote, rate card, purchase plan, voucher) draws
 * its body between TOP and BODY_BOTTOM and leaves the rest to this file.
 */

export interface PdfDocumentInfo {
  lang: 'zh' | 'en';
  title: string;
  subject: string;
  /** the issuing company: author and creator of the file */
  company: string;
  /**
   * The file's creation date. pdfkit stamps the current time (and derives the file ID from it)
   * unless told; a document whose bytes are hashed and signed passes its own fixed date, so the
   * same contents always give the same bytes.
   */
  createdAt?: Date;
}

/** A buffered A4 document (pages stay open so the footers can count them) with the shipped fonts. */
export function newPdfDocument(info: PdfDocumentInfo): Doc {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: TOP, bottom: 20, left: MARGIN_X, right: MARGIN_X },
    bufferPages: true,
    autoFirstPage: true,
    lang: info.lang === 'zh' ? 'zh-CN' : 'en',
    displayTitle: true,
    // No Helvetica: every glyph comes from the shipped font, and the AFM parse is skipped.
    font: null as unknown as string,
    info: {
      Title: info.title,
      Subject: info.subject,
      Author: info.company,
      Creator: info.company,
      Producer: 'portal',
      ...(info.createdAt ? { CreationDate: info.createdAt } : {}),
    },
  });
  useDocumentFonts(doc);
  return doc;
}

/** Ends the document and collects its bytes. */
export function pdfBuffer(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
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

/**
 * 草稿/DRAFT (or a status such as 已作废) across this page and every page added after it, so no
 * page of a copy that is not final can pass for a final one.
 */
export function watermarkEveryPage(doc: Doc, text: string): void {
  watermark(doc, text);
  doc.on('pageAdded', () => watermark(doc, text));
}

/**
 * Page numbers and the document's identity at the foot of every page, drawn once all pages exist
 * (call it last, just before pdfBuffer).
 */
export function footers(doc: Doc, pageLabel: (n: number, total: number) => string, left: string): void {
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const y = PAGE_H - 40;
    doc.moveTo(MARGIN_X, y - 6).lineTo(PAGE_W - MARGIN_X, y - 6).lineWidth(0.5).strokeColor(RULE).stroke();
    font(doc, false, 7.5, MUTED);
    const page = pageLabel(i + 1, range.count);
    cell(doc, page, MARGIN_X, y, CONTENT_W, 'right');
    cell(doc, left, MARGIN_X, y, CONTENT_W - doc.widthOfString(page) - 16);
  }
}

/** A horizontal rule across the content width. */
export function rule(doc: Doc, y: number, width: number, colour: string): void {
  doc.moveTo(MARGIN_X, y).lineTo(PAGE_W - MARGIN_X, y).lineWidth(width).strokeColor(colour).stroke();
}
