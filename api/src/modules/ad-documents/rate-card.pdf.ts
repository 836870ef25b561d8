import { formatFen } from '@portal/domain';
import {
  ACCENT,
  BAND_H,
  BRAND,
  CONTENT_W,
  INK,
  MARGIN_X,
  MUTED,
  PAGE_W,
  RULE,
  WHITE,
  PdfTable,
  cell,
  fitCell,
  font,
  footers,
  forPrint,
  groupRows,
  newPdfDocument,
  para,
  pdfBuffer,
  watermarkEveryPage,
  type Doc,
} from '../../documents/pdf';
import { documentText, type DocumentText } from './ad-documents.messages';
import { companyOf, type RateCardDocumentRow, type RateCardDocumentView } from './ad-documents.views';

/** The monthly rate card (《网上商城广告报价》) as advertisers receive it: one layout on the documents kit. */

type RateCardColumn = 'code' | 'name' | 'format' | 'size' | 'unit' | 'exclusive' | 'price';

const GROUP_COLOURS = ['#1f4e79', '#2e7d5b', '#b5651d', '#6a3d9a', '#0f7c8c', '#a23b5e'];
/** The light type on the brand-blue banner. */
const ON_BRAND = '#c9d8ea';

function rateCardTable(doc: Doc, t: DocumentText, newPage: () => number): PdfTable<RateCardColumn> {
  return new PdfTable<RateCardColumn>(
    doc,
    [
      { key: 'code', title: t.colCode, w: 76, align: 'left' },
      { key: 'name', title: t.colName, w: 144, align: 'left' },
      { key: 'format', title: t.colFormat, w: 60, align: 'left' },
      { key: 'size', title: t.colSize, w: 58, align: 'left' },
      { key: 'unit', title: t.colPricingUnit, w: 60, align: 'center' },
      { key: 'exclusive', title: t.colExclusive, w: 46, align: 'center' },
      { key: 'price', title: t.colPrice, align: 'right' },
    ],
    { header: { height: 18, size: 8, textY: 5 }, newPage },
  );
}

function rateCardTitle(view: RateCardDocumentView, t: DocumentText): string {
  const [year, month] = view.month.split('-');
  return t.rateCardTitle(year, month);
}

/** The first page's full-width banner: company, title, revision badge, who published it. */
function banner(doc: Doc, view: RateCardDocumentView, t: DocumentText): number {
  const h = 92;
  doc.rect(0, 0, PAGE_W, h).fill(BRAND);
  doc.rect(0, h, PAGE_W, 4).fill(ACCENT);
  font(doc, false, 9, ON_BRAND);
  cell(doc, companyOf(view), MARGIN_X, 20, CONTENT_W * 0.7);
  font(doc, true, view.lang === 'zh' ? 24 : 19, WHITE);
  cell(doc, rateCardTitle(view, t), MARGIN_X, 36, CONTENT_W * 0.74);
  font(doc, false, 8, ON_BRAND);
  cell(doc, [t.rateCardSubtitle, view.issuingUnitName].filter(Boolean).join('  ·  '), MARGIN_X, 68, CONTENT_W * 0.55);
  if (view.revision > 1) {
    const label = t.rateCardRevision(view.revision);
    font(doc, true, 9, WHITE);
    const w = doc.widthOfString(label) + 16;
    doc.roundedRect(PAGE_W - MARGIN_X - w, 40, w, 20, 10).fill(ACCENT);
    font(doc, true, 9, WHITE);
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
  font(doc, false, 8, ON_BRAND);
  cell(doc, published, MARGIN_X + CONTENT_W * 0.45, 68, CONTENT_W * 0.55, 'right');
  return h + 16;
}

/** The slim banner of pages after the first. */
function continuationBanner(doc: Doc, view: RateCardDocumentView, t: DocumentText): number {
  doc.rect(0, 0, PAGE_W, 30).fill(BRAND);
  doc.rect(0, 30, PAGE_W, 2).fill(ACCENT);
  font(doc, true, 10, WHITE);
  cell(doc, rateCardTitle(view, t) + (view.revision > 1 ? `  ${t.rateCardRevision(view.revision)}` : ''), MARGIN_X, 10, CONTENT_W * 0.75);
  font(doc, false, 8, ON_BRAND);
  cell(doc, companyOf(view), MARGIN_X, 11, CONTENT_W, 'right');
  return 46;
}

function exclusiveBadge(doc: Doc, label: string, x: number, y: number, w: number, exclusive: boolean): void {
  font(doc, exclusive, 7.5, exclusive ? WHITE : MUTED);
  const bw = Math.min(doc.widthOfString(label) + 10, w);
  const bx = x + (w - bw) / 2;
  if (exclusive) doc.roundedRect(bx, y - 2.5, bw, 13, 6.5).fill(ACCENT);
  else doc.roundedRect(bx, y - 2.5, bw, 13, 6.5).lineWidth(0.5).strokeColor(RULE).stroke();
  font(doc, exclusive, 7.5, exclusive ? WHITE : MUTED);
  cell(doc, label, bx, y, bw, 'center');
}

/** Name and format may wrap; everything else is one line. */
function rowHeight(doc: Doc, table: PdfTable<RateCardColumn>, row: RateCardDocumentRow): number {
  font(doc, true, 8.5);
  const nameH = doc.heightOfString(row.name, { width: table.w('name') });
  font(doc, false, 8);
  const formatH = doc.heightOfString(row.format, { width: table.w('format') });
  return Math.max(nameH, formatH, 11) + 10;
}

function rowCells(doc: Doc, t: DocumentText, table: PdfTable<RateCardColumn>, row: RateCardDocumentRow, top: number): void {
  const x = (k: RateCardColumn) => table.x(k);
  const w = (k: RateCardColumn) => table.w(k);
  fitCell(doc, row.code, x('code'), top + 1, w('code'), 'left', false, 7.5, MUTED, 6);
  font(doc, true, 8.5, INK);
  table.para('name', row.name, top);
  font(doc, false, 8, INK);
  table.para('format', row.format, top + 0.5);
  fitCell(doc, row.size, x('size'), top + 0.5, w('size'), 'left', false, 8, INK, 6.5);
  fitCell(doc, row.pricingUnitLabel, x('unit'), top + 0.5, w('unit'), 'center', false, 8, INK, 6);
  exclusiveBadge(doc, row.exclusive ? t.exclusiveMark : t.sharedMark, x('exclusive'), top + 1, w('exclusive'), row.exclusive);
  font(doc, true, 9.5, INK);
  table.cell('price', formatFen(row.priceFen), top - 0.5);
}

export async function renderRateCardPdf(input: RateCardDocumentView): Promise<Buffer> {
  const view = forPrint(input);
  const t = documentText(view.lang);
  const company = companyOf(view);
  const title = rateCardTitle(view, t);
  const doc = newPdfDocument({ lang: view.lang, title, subject: view.issuingUnitName, company });
  if (view.status !== 'published') watermarkEveryPage(doc, view.status === 'draft' ? t.draftMark : view.statusLabel);
  let y = banner(doc, view, t);
  const table = rateCardTable(doc, t, () => {
    doc.addPage();
    return continuationBanner(doc, view, t);
  });

  // Legend first: what 独占 means, and the card's note.
  font(doc, false, 8, MUTED);
  y += para(doc, t.exclusiveLegend, MARGIN_X, y, CONTENT_W) + 4;
  if (view.note) {
    font(doc, false, 8.5, INK);
    y += para(doc, view.note, MARGIN_X, y, CONTENT_W) + 4;
  }
  y += 6;

  // One column header per page; each page/channel is a coloured band above its rows.
  y = table.header(y);
  groupRows(view.rows, (row) => row.page).forEach(([page, rows], gi) => {
    const colour = GROUP_COLOURS[gi % GROUP_COLOURS.length];
    const band = (top: number, continued: boolean) =>
      table.band(top, continued ? `${page}（${view.lang === 'zh' ? '续' : 'cont.'}）` : page, t.slotCount(rows.length), colour);
    // A band is never left alone at the foot of a page.
    y = band(table.room(y, BAND_H + rowHeight(doc, table, rows[0])), false);
    y = table.rows(
      y,
      rows,
      (row) => rowHeight(doc, table, row),
      (row, _i, top) => rowCells(doc, t, table, row, top),
      (yy) => band(yy, true),
    );
  });

  footers(doc, t.page, `${company} · ${title}${view.revision > 1 ? ` ${t.rateCardRevision(view.revision)}` : ''}`);
  return pdfBuffer(doc);
}
