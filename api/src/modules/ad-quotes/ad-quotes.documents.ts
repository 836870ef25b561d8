import type { Knex } from 'knex';
import type { Response } from 'express';
import { AD_INTERNAL_COPY_ROLES, AD_PRICING_UNIT_NOUNS, AD_QUOTE_STATUS_LABELS, ROLE_LABELS } from '@portal/domain';
import { Forbidden } from '../../http/errors';
import { displayTime, PDF, sendAttachment, XLSX } from '../../http/download';
import type { Lang } from '../../http/lang';
import { t } from '../../http/messages';
import type { SessionUser } from '../../http/session';
import { renderQuotePdf } from '../ad-documents/quote.pdf';
import type { QuoteDocumentCopy, QuoteDocumentView } from '../ad-documents/ad-documents.views';
import { renderQuoteXlsx } from '../ad-documents/quote.xlsx';
import * as approvals from '../approvals/approvals.service';
import { customerRef, readCustomer } from '../customers/customers.service';
import { placeOf } from '../units/units.scope';
import { renderQuoteListXlsx } from '../ad-documents/quote-list.xlsx';
import { documentText } from '../ad-documents/ad-documents.messages';
import type { ExportQuotes } from './ad-quotes.schema';
import * as repo from './ad-quotes.repo';
import { browseQuotes, readQuote, today } from './ad-quotes.service';

/** The quote as the documents print it, read with the same unit scope as the screen (404 for another branch). */
export async function quoteDocumentView(db: Knex, viewer: SessionUser, lang: Lang, id: number, copy: QuoteDocumentCopy = 'customer'): Promise<QuoteDocumentView> {
  // Scope first (404 for another branch's quote), then the copy (403 for a marketer asking for the trail).
  const q = await readQuote(db, viewer, lang, id);
  if (copy === 'internal' && !viewer.roles.some((g) => AD_INTERNAL_COPY_ROLES.includes(g.role))) throw new Forbidden('adQuotes.internalCopy');
  const [row, lines] = await Promise.all([repo.findQuote(db, id), repo.linesOf(db, id)]);
  const c = await readCustomer(db, row!.customer_id);
  let approvalStatusText: string;
  let approvers: QuoteDocumentView['approvers'] = [];
  if (!q.approval) {
    approvalStatusText = t(q.status === 'draft' ? 'adQuotes.doc.notSubmitted' : 'adQuotes.doc.withinAuthority', lang);
  } else if (q.approval.status === 'pending') {
    const step = await approvals.waitingStep(db, q.approval.requestId);
    approvalStatusText = step
      ? t('adQuotes.doc.waiting', lang, { unit: step.unit, role: ROLE_LABELS[step.role] })
      : AD_QUOTE_STATUS_LABELS.pending_approval[lang];
  } else {
    const done = await approvals.approversOf(db, q.approval.requestId);
    approvers = done.map((a) => ({ name: `${a.name}（${ROLE_LABELS[a.role][lang]}）`, decidedAt: displayTime(a.at) }));
    approvalStatusText =
      q.approval.status === 'approved'
        ? t(done.length ? 'adQuotes.doc.approved' : 'adQuotes.doc.withinAuthority', lang)
        : t('adQuotes.doc.backToDraft', lang);
  }
  return {
    lang,
    copy,
    issuingUnitName: q.unit.name,
    number: q.number,
    status: q.status,
    statusLabel: AD_QUOTE_STATUS_LABELS[q.status][lang],
    approvalStatusText,
    approvers,
    customer: { name: c.name, contact: c.contact || null, phone: c.phone || null, address: c.address || null, uscc: c.uscc },
    validUntil: q.validUntil,
    createdAt: displayTime(row!.created_at),
    createdBy: q.createdBy?.name ?? '',
    note: q.note || null,
    lines: lines.map((l) => ({
      slotCode: l.slot_code,
      slotName: l.slot_name,
      page: l.page,
      format: l.format,
      size: l.size,
      pricingUnitLabel: AD_PRICING_UNIT_NOUNS[l.pricing_unit][lang],
      startsOn: l.starts_on,
      endsOn: l.ends_on,
      units: l.units,
      unitPriceFen: l.unit_price_fen,
      listFen: l.list_fen,
      shareBp: l.share_bp,
      netFen: l.net_fen,
    })),
    bundleShareBp: q.bundleShareBp,
    listFen: q.listFen,
    subtotalFen: lines.reduce((s, l) => s + l.net_fen, 0),
    netFen: q.netFen,
    paidShareBp: q.paidShareBp,
  };
}

export async function downloadQuote(
  db: Knex,
  res: Response,
  viewer: SessionUser,
  lang: Lang,
  id: number,
  kind: 'pdf' | 'xlsx',
  copy: QuoteDocumentCopy = 'customer',
): Promise<void> {
  const view = await quoteDocumentView(db, viewer, lang, id, copy);
  const body = kind === 'pdf' ? await renderQuotePdf(view) : await renderQuoteXlsx(view);
  // The internal copy's file name says so too, so it is not mailed out by mistake.
  const internal = copy === 'internal' ? (lang === 'zh' ? '-内部' : '-internal') : '';
  const base = lang === 'zh' ? `广告报价单-${view.number}${internal}` : `ad-quote-${view.number}${internal}`;
  sendAttachment(res, body, `${base}.${kind}`, `ad-quote-${view.number}${copy === 'internal' ? '-internal' : ''}.${kind}`, kind === 'pdf' ? PDF : XLSX);
}

/** At most this many quotations in one export; the workbook's second line says when the filters matched more. */
export const QUOTE_EXPORT_MAX_ROWS = 5000;

/** The filters of an export in words, so a printed sheet says what it is a list of. */
async function filtersInWords(db: Knex, lang: Lang, f: ExportQuotes): Promise<string> {
  const t = documentText(lang);
  const parts: string[] = [];
  if (f.status) parts.push(`${t.colStatus}${t.colon}${AD_QUOTE_STATUS_LABELS[f.status][lang]}`);
  if (f.unitId) {
    const unit = (await placeOf(db, f.unitId))?.unit;
    if (unit) parts.push(`${t.colUnit}${t.colon}${lang === 'zh' ? unit.name_zh : unit.name_en}`);
  }
  if (f.customerId) {
    const customer = await customerRef(db, f.customerId);
    if (customer) parts.push(`${t.colCustomer}${t.colon}${customer.name}`);
  }
  if (f.q) parts.push(lang === 'zh' ? `搜索${t.colon}“${f.q}”` : `Search${t.colon}"${f.q}"`);
  return parts.join(lang === 'zh' ? '；' : '; ');
}

/** The quote list as the reader sees it (same scope, filters and sort as GET /ad-quotes), every page, as XLSX. */
export async function exportQuotes(db: Knex, res: Response, viewer: SessionUser, lang: Lang, f: ExportQuotes): Promise<void> {
  const [{ items, total }, filters] = await Promise.all([
    browseQuotes(db, viewer, lang, { ...f, page: 1, pageSize: QUOTE_EXPORT_MAX_ROWS }),
    filtersInWords(db, lang, f),
  ]);
  const body = await renderQuoteListXlsx({
    lang,
    filters,
    exportedAt: displayTime(new Date()),
    total,
    rows: items.map((q) => ({
      number: q.number,
      unitName: q.unit.name,
      customerName: q.customer.name,
      statusLabel: AD_QUOTE_STATUS_LABELS[q.status][lang],
      listFen: q.listFen,
      netFen: q.netFen,
      paidShareBp: q.paidShareBp,
      validUntil: q.validUntil,
      createdBy: q.createdBy?.name ?? '',
    })),
  });
  const day = today();
  sendAttachment(res, body, lang === 'zh' ? `广告报价单列表-${day}.xlsx` : `ad-quotes-${day}.xlsx`, `ad-quotes-${day}.xlsx`, XLSX);
}
