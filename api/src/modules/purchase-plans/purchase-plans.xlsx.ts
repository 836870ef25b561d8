import { PLAN_DECISION_LABELS } from '@portal/domain';
import { XlsxWorkbook, type SheetColumn } from '../../documents/xlsx';
import { PLAN_DOC_TEXT, type PlanDocumentView } from './purchase-plans.doc-view';

/** The company plan as a workbook: the lines by category with a column per department, then every request line and its decision. */

/** Row of the plan sheet's column headers (above it: title and summary). */
export const PLAN_HEADER_ROW = 3;

export async function renderPlanXlsx(view: PlanDocumentView): Promise<Buffer> {
  const t = PLAN_DOC_TEXT[view.lang];
  const wb = new XlsxWorkbook({ title: t.title, company: t.company });
  const columns: SheetColumn[] = [
    { header: t.colCategory, width: 14 },
    { header: t.colCode, width: 10 },
    { header: t.item, width: 16, wrap: true },
    { header: t.colSpec, width: 22, wrap: true },
    { header: t.uom, width: 6 },
    ...view.departments.map((d) => ({ header: d.name, width: 10 })),
    { header: t.requested, width: 10 },
    { header: t.stock, width: 8 },
    { header: t.proposed, width: 10 },
    { header: t.colReason, width: 20, wrap: true },
    { header: t.price, width: 12, format: 'money' },
    { header: t.amount, width: 14, format: 'money' },
  ];
  const ws = wb.sheet(t.sheetLines, { columns, frozenRows: PLAN_HEADER_ROW, orientation: 'landscape' });
  ws.title(`${t.company}  ${view.unitName}  ${t.title}  ${view.number}`, 14);
  ws.title([`${t.month}：${t.monthLabel(view.month)}`, `${t.status}：${view.statusLabel}`, `${t.createdBy}：${view.createdBy}`].join('　｜　'), 10, false);
  ws.header();
  for (const g of view.groups) {
    for (const l of g.lines) {
      const byDept = new Map(l.byDepartment.map((d) => [d.departmentId, d.quantity]));
      ws.row([
        g.category,
        l.item.code,
        l.item.name,
        l.item.spec,
        l.item.uom,
        ...view.departments.map((d) => byDept.get(d.id) ?? null),
        l.requestedQty,
        l.stockQty,
        l.proposedQty,
        l.proposedReason ?? '',
        l.estUnitPriceFen,
        l.amountFen,
      ]);
    }
  }
  ws.blank();
  for (const g of view.groups) ws.total(`${g.category} ${t.subtotal}`, g.subtotalFen);
  ws.total(t.total, view.totalFen, true);
  ws.blank();
  ws.text(`${t.chain}：${view.chain.map((c) => [c.step, c.who, c.at].filter(Boolean).join(' ')).join('；') || t.noChain}`, {});

  const src = wb.sheet(t.sheetSources, {
    columns: [
      { header: t.colRequest, width: 24 },
      { header: t.colDept, width: 14 },
      { header: t.item, width: 22, wrap: true },
      { header: t.colQty, width: 8 },
      { header: t.colLate, width: 6 },
      { header: t.colDecision, width: 14 },
      { header: t.colDecisionReason, width: 30, wrap: true },
    ],
    frozenRows: 1,
  });
  src.header();
  for (const s of view.sources) {
    src.row([
      `${s.requestNumber} #${s.lineNo}`,
      s.department.name,
      s.item ? `${s.item.name} ${s.item.spec}` : `${s.newItem?.name ?? ''} ${s.newItem?.spec ?? ''}`,
      s.quantity,
      s.late ? t.yes : '',
      PLAN_DECISION_LABELS[s.decision][view.lang],
      s.reason ?? '',
    ]);
  }
  return wb.finish();
}
