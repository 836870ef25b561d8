import { ACCENT_ARGB, MUTED_ARGB, XlsxWorkbook } from '../../documents/xlsx';
import { documentText } from './ad-documents.messages';
import { companyOf, type RateCardDocumentView } from './ad-documents.views';

/** The rate card as a workbook: every slot with its list price, grouped by page like the PDF, filterable. */

export const RATE_CARD_HEADER_ROW = 3;

export async function renderRateCardXlsx(view: RateCardDocumentView): Promise<Buffer> {
  const t = documentText(view.lang);
  const company = companyOf(view);
  const wb = new XlsxWorkbook({ title: view.lang === 'zh' ? '广告报价' : 'Advertising', company });
  const ws = wb.sheet(`${t.sheetRateCard} ${view.month}`, {
    columns: [
      { header: t.page_, width: 14 },
      { header: t.colCode, width: 16 },
      { header: t.colName, width: 32 },
      { header: t.colFormat, width: 12 },
      { header: t.colSize, width: 12 },
      { header: t.colPricingUnit, width: 10 },
      { header: t.colExclusive, width: 9 },
      { header: t.colPrice, width: 16, format: 'money' },
    ],
    frozenRows: RATE_CARD_HEADER_ROW,
    orientation: 'portrait',
  });
  const [year, month] = view.month.split('-');
  ws.title(`${t.rateCardTitle(year, month)}${view.revision > 1 ? `  ${t.rateCardRevision(view.revision)}` : ''}`, 14);
  ws.title(
    [
      company,
      view.issuingUnitName,
      view.statusLabel,
      view.publishedAt ? `${t.publishedAt}${t.colon}${view.publishedAt}` : '',
      view.publishedBy ? `${t.publishedBy}${t.colon}${view.publishedBy}` : '',
    ]
      .filter(Boolean)
      .join(view.lang === 'zh' ? '　｜　' : '  |  '),
    10,
    false,
  );
  ws.filter(ws.header());
  // Grouped by page/channel like the PDF, in the order the pages first appear.
  const pages = [...new Set(view.rows.map((r) => r.page))];
  for (const page of pages) {
    for (const r of view.rows.filter((x) => x.page === page)) {
      const row = ws.row([r.page, r.code, r.name, r.format, r.size, r.pricingUnitLabel, r.exclusive ? t.exclusiveMark : t.sharedMark, r.priceFen]);
      if (r.exclusive) row.getCell(7).font = { bold: true, color: { argb: ACCENT_ARGB } };
    }
  }
  ws.blank();
  ws.text(t.exclusiveLegend, { font: { italic: true, color: { argb: MUTED_ARGB } } });
  if (view.note) ws.text(view.note, { alignment: { wrapText: true } });
  return wb.finish();
}
