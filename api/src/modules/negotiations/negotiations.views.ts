import {
  contractTotals,
  fromMilli,
  lineAmountFen,
  negotiationState,
  toMilli,
  versionChanges,
  type NegotiationLineFigures,
  type NegotiationTerms,
} from '@portal/domain';
import type { NegotiationComment, NegotiationLine, NegotiationRow, NegotiationVersion } from '@portal/domain/contracts';
import type { Lang } from '../../http/lang';
import type * as repo from './negotiations.repo';

/** Rows of the negotiations tables as the API answers them. */

const iso = (d: Date | string) => new Date(d).toISOString();
const qty = (q: string | number) => fromMilli(toMilli(Number(q)));

export function termsOf(v: repo.VersionRow): NegotiationTerms {
  return {
    qualityRequirements: v.quality_requirements,
    inspectionMethod: v.inspection_method,
    deliveryPlace: v.delivery_place,
    deliveryDate: v.delivery_date,
    paymentMethod: v.payment_method,
  };
}

export function figuresOf(l: repo.LineRow): NegotiationLineFigures {
  return { lineNo: l.line_no, name: l.name, spec: l.spec, uom: l.uom, quantity: qty(l.quantity), unitPriceFen: Number(l.unit_price_fen), taxRateBp: l.tax_rate_bp };
}

export function toLine(l: repo.LineRow): NegotiationLine {
  const f = figuresOf(l);
  return { ...f, inquiryLineId: l.inquiry_line_id, itemId: l.item_id, amountFen: lineAmountFen(f.quantity, f.unitPriceFen) };
}

/** Each version with its lines and what changed from the one before it. */
export function toVersions(versions: readonly repo.VersionRow[], lines: readonly repo.LineRow[]): NegotiationVersion[] {
  const byVersion = new Map<number, repo.LineRow[]>();
  for (const l of lines) byVersion.set(l.version_id, [...(byVersion.get(l.version_id) ?? []), l]);
  let previous: { terms: NegotiationTerms; lines: NegotiationLineFigures[] } | null = null;
  const out: NegotiationVersion[] = [];
  for (const v of versions) {
    const own = byVersion.get(v.id) ?? [];
    const content = { terms: termsOf(v), lines: own.map(figuresOf) };
    const totals = contractTotals(content.lines);
    out.push({
      versionNo: v.version_no,
      side: v.side,
      author: v.author_id === null ? null : { id: v.author_id, name: v.author_name ?? '' },
      createdAt: iso(v.created_at),
      note: v.note,
      terms: content.terms,
      lines: own.map(toLine),
      totalFen: totals.totalFen,
      taxFen: totals.taxFen,
      totalInWords: totals.totalInWords,
      changes: previous ? versionChanges(previous, content) : null,
    });
    previous = content;
  }
  return out;
}

export function toComment(c: repo.CommentRow): NegotiationComment {
  return {
    id: c.id,
    versionNo: c.version_no,
    side: c.side,
    author: c.author_id === null ? null : { id: c.author_id, name: c.author_name ?? '' },
    body: c.body,
    createdAt: iso(c.created_at),
  };
}

export function toRow(r: repo.NegotiationRow, lang: Lang, extra: { inquiryNumber: string; totalFen: number; contractId: number | null }): NegotiationRow {
  return {
    id: r.id,
    number: r.number,
    title: r.title,
    inquiry: { id: r.inquiry_id, number: extra.inquiryNumber },
    supplier: { id: r.supplier_id, name: r.supplier_name },
    unit: { id: r.unit_id, name: lang === 'zh' ? r.unit_name_zh : r.unit_name_en },
    currentVersion: r.current_version,
    buyerAgreedVersion: r.buyer_agreed_version,
    supplierAgreedVersion: r.supplier_agreed_version,
    state: negotiationState(pinsOf(r)),
    totalFen: extra.totalFen,
    contractId: extra.contractId,
    updatedAt: iso(r.updated_at),
  };
}

export const pinsOf = (r: repo.NegotiationRow) => ({
  currentVersion: r.current_version,
  buyerAgreedVersion: r.buyer_agreed_version,
  supplierAgreedVersion: r.supplier_agreed_version,
});
