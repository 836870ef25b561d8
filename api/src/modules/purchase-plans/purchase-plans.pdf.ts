import { fenInChineseWords, formatFen } from '@portal/domain';
import {
  BODY_BOTTOM,
  BRAND,
  CONTENT_W,
  INK,
  MARGIN_X,
  MUTED,
  PAD,
  PdfTable,
  cell,
  font,
  footers,
  forPrint,
  keyValueBoxes,
  para,
  pdfBuffer,
  startDocument,
  titleBlock,
  totalsBox,
  totalsHeight,
  type Doc,
  type TotalLine,
} from '../../documents/pdf';
import { PLAN_DOC_TEXT, type PlanDocText, type PlanDocumentView } from './purchase-plans.doc-view';

/** The company purchase plan (公司采购计划) as leadership files it: A4, lines by category, totals in words, the approval chain. */

type Column = 'no' | 'item' | 'uom' | 'byDept' | 'stock' | 'proposed' | 'price' | 'amount';
type Line = PlanDocumentView['groups'][number]['lines'][number];

const qty = (n: number) => String(n);

function planTable(doc: Doc, t: PlanDocText, newPage: () => number): PdfTable<Column> {
  return new PdfTable<Column>(
    doc,
    [
      { key: 'no', title: t.no, w: 30, align: 'center' },
      { key: 'item', title: t.item, w: 128, align: 'left' },
      { key: 'uom', title: t.uom, w: 28, align: 'center' },
      { key: 'byDept', title: t.byDept, w: 124, align: 'left' },
      { key: 'stock', title: t.stock, w: 36, align: 'right' },
      { key: 'proposed', title: t.proposed, w: 46, align: 'right' },
      { key: 'price', title: t.price, w: 54, align: 'right' },
      { key: 'amount', title: t.amount, align: 'right' },
    ],
    { header: { height: 20, size: 8, textY: 6 }, newPage },
  );
}

function deptText(view: PlanDocumentView, line: Line): string {
  const names = new Map(view.departments.map((d) => [d.id, d.name]));
  return line.byDepartment.map((d) => `${names.get(d.departmentId) ?? ''} ${qty(d.quantity)}`).join(view.lang === 'zh' ? '；' : '; ');
}

function rowHeight(doc: Doc, view: PlanDocumentView, table: PdfTable<Column>, line: Line): number {
  font(doc, false, 8.5);
  const nameH = doc.heightOfString(line.item.name, { width: table.w('item') });
  font(doc, false, 7);
  const specH = doc.heightOfString(line.item.spec || '—', { width: table.w('item') });
  const deptH = doc.heightOfString(deptText(view, line), { width: table.w('byDept') });
  const reasonH = line.proposedReason ? doc.heightOfString(line.proposedReason, { width: table.w('byDept') }) + 2 : 0;
  return Math.max(nameH + specH + 1, deptH + reasonH, 20) + 2 * PAD;
}

function lineCells(doc: Doc, view: PlanDocumentView, table: PdfTable<Column>, line: Line, n: number, top: number): void {
  font(doc, false, 8.5);
  table.cell('no', String(n), top);
  const nameH = table.para('item', line.item.name, top);
  font(doc, false, 7, MUTED);
  table.para('item', line.item.spec || '—', top + nameH + 1);
  font(doc, false, 8.5);
  table.cell('uom', line.item.uom, top);
  font(doc, false, 7, INK);
  const deptH = table.para('byDept', deptText(view, line), top);
  if (line.proposedReason) {
    font(doc, false, 7, MUTED);
    table.para('byDept', `※ ${line.proposedReason}`, top + deptH + 2);
  }
  font(doc, false, 8.5);
  table.cell('stock', qty(line.stockQty), top);
  font(doc, true, 8.5);
  table.cell('proposed', qty(line.proposedQty), top);
  font(doc, false, 8.5);
  table.cell('price', line.estUnitPriceFen === null ? '—' : formatFen(line.estUnitPriceFen), top);
  font(doc, true, 8.5);
  table.cell('amount', formatFen(line.amountFen), top);
}

/** The approval chain at the left of the totals: each step with who approved it and when, or who it waits for. */
function chainBlock(doc: Doc, view: PlanDocumentView, t: PlanDocText, y: number, w: number): void {
  font(doc, true, 9, BRAND);
  cell(doc, t.chain, MARGIN_X, y, w);
  let ly = y + 15;
  const rows = view.chain.length ? view.chain : [{ step: t.noChain, who: '', at: '' }];
  for (const r of rows) {
    font(doc, false, 8.5, INK);
    ly += para(doc, [r.step, r.who, r.at].filter(Boolean).join('　'), MARGIN_X + PAD, ly, w - PAD) + 3;
  }
}

export async function renderPlanPdf(input: PlanDocumentView): Promise<Buffer> {
  const view = forPrint(input);
  const t = PLAN_DOC_TEXT[view.lang];
  const { doc, newPage } = startDocument({
    lang: view.lang,
    title: `${t.title} ${view.number}`,
    subject: `${view.unitName} ${view.month}`,
    company: t.company,
    watermark: view.final ? null : t.draftMark,
    running: [`${t.company}  ${t.title}`, `${t.number} ${view.number}`],
  });
  let y = titleBlock(doc, { company: t.company, unit: view.unitName, title: t.title, titleSize: view.lang === 'zh' ? 22 : 18, reference: `${view.number}  ${t.monthLabel(view.month)}` });
  const leftW = CONTENT_W * 0.55;
  y +=
    keyValueBoxes(doc, y, [
      {
        heading: t.planBlock,
        rows: [[t.unit, view.unitName], [t.month, t.monthLabel(view.month)], [t.number, view.number], [t.status, view.statusLabel]],
        x: MARGIN_X,
        w: leftW,
        labelW: view.lang === 'zh' ? 56 : 70,
      },
      {
        heading: t.summaryBlock,
        rows: [
          [t.total, `¥${formatFen(view.totalFen)}`],
          [t.departments, String(view.departments.length)],
          [t.items, String(view.groups.reduce((s, g) => s + g.lines.length, 0))],
          [t.createdBy, view.createdBy],
          [t.printedAt, view.printedAt],
        ],
        x: MARGIN_X + leftW + 10,
        w: CONTENT_W - leftW - 10,
        labelW: view.lang === 'zh' ? 56 : 70,
      },
    ]) + 14;

  const table = planTable(doc, t, newPage);
  y = table.header(y);
  let n = 0;
  for (const group of view.groups) {
    const band = (top: number) => table.band(top, group.category, `${t.subtotal} ¥${formatFen(group.subtotalFen)}`, BRAND);
    y = band(table.room(y, 19 + 30));
    y = table.rows(
      y,
      group.lines,
      (line) => rowHeight(doc, view, table, line),
      (line, _i, top) => lineCells(doc, view, table, line, (n += 1), top),
      band,
    );
  }

  const totals: TotalLine[] = [[t.total, `¥${formatFen(view.totalFen)}`, true]];
  const totalsW = 230;
  const chainW = CONTENT_W - totalsW - 14;
  font(doc, false, 8.5);
  const chainH = 20 + Math.max(1, view.chain.length) * 16;
  const blockH = Math.max(totalsHeight(totals) + 24, chainH);
  y += 12;
  if (y + blockH > BODY_BOTTOM) y = newPage();
  totalsBox(doc, totals, y, totalsW, view.lang === 'zh' ? `${t.inWords}：${fenInChineseWords(view.totalFen)}` : undefined);
  chainBlock(doc, view, t, y, chainW);

  footers(doc, t.page, `${t.company} · ${view.unitName} · ${t.title} ${view.number}`);
  return pdfBuffer(doc);
}
