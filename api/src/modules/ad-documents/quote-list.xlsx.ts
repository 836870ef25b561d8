import { formatZhe } from '@portal/domain';
import { XlsxWorkbook } from '../../documents/xlsx';
import { documentText } from './ad-documents.messages';
import { companyOf, type QuoteListDocumentView } from './ad-documents.views';

/** The quote list as finance and marketers see it on screen (filters applied), one row per quotation. */

/** Row of the column headers (above it: the title, then the filters and the count). */
export const QUOTE_LIST_HEADER_ROW = 3;

export async function renderQuoteListXlsx(view: QuoteListDocumentView): Promise<Buffer> {
  const t = documentText(view.lang);
  const company = companyOf(view);
  const wb = new XlsxWorkbook({ title: t.quoteListTitle, company });
  const ws = wb.sheet(t.quoteListSheet, {
    columns: [
      { header: t.number, width: 18 },
      { header: t.colUnit, width: 16 },
      { header: t.colCustomer, width: 32 },
      { header: t.colStatus, width: 12 },
      { header: t.colListTotal, width: 16, format: 'money' },
      { header: t.colNetTotal, width: 16, format: 'money' },
      { header: t.colPaidShare, width: 10, format: 'percent' },
      // The 折 as the screen shows it (text), beside the share as a number Excel can sum and sort.
      { header: t.colZhe, width: 10 },
      { header: t.validUntil, width: 12, format: 'date' },
      { header: t.createdBy, width: 12 },
    ],
    frozenRows: QUOTE_LIST_HEADER_ROW,
    orientation: 'landscape',
  });
  const sep = view.lang === 'zh' ? '　｜　' : '  |  ';
  ws.title(`${company}  ${t.quoteListTitle}`, 14);
  ws.title(
    [
      view.filters ? `${t.filtersLabel}${t.colon}${view.filters}` : t.noFilters,
      t.rowCount(view.rows.length, view.total),
      `${t.exportedAt}${t.colon}${view.exportedAt}`,
    ].join(sep),
    10,
    false,
  );
  ws.filter(ws.header());
  for (const r of view.rows) {
    ws.row([r.number, r.unitName, r.customerName, r.statusLabel, r.listFen, r.netFen, r.paidShareBp, r.paidShareBp >= 10000 ? t.noDiscount : formatZhe(r.paidShareBp), r.validUntil, r.createdBy]);
  }
  return wb.finish();
}
