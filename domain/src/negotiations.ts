import { fenInChineseWords } from './amount-in-words';
import { lineAmountFen } from './quantities';
import type { Role } from './roles';

/**
 * The negotiation sheet (洽谈单, DOMAIN.md §4): the buyer and one supplier edit the terms and lines
 * of what was quoted until both agree. Every edit is a new, immutable version; agreeing pins the
 * version a side agreed to, so "both agreed" can only mean both agreed the same words.
 */

export const NEGOTIATION_SIDES = ['buyer', 'supplier'] as const;
export type NegotiationSide = (typeof NEGOTIATION_SIDES)[number];

export const NEGOTIATION_SIDE_LABELS: Record<NegotiationSide, { zh: string; en: string }> = {
  buyer: { zh: '采购方', en: 'Buyer' },
  supplier: { zh: '供应商', en: 'Supplier' },
};

/** 双方不同意 → 一方同意 → 双方同意. */
export const NEGOTIATION_STATES = ['none', 'one', 'both'] as const;
export type NegotiationState = (typeof NEGOTIATION_STATES)[number];

export const NEGOTIATION_STATE_LABELS: Record<NegotiationState, { zh: string; en: string }> = {
  none: { zh: '双方不同意', en: 'Neither agreed' },
  one: { zh: '一方同意', en: 'One side agreed' },
  both: { zh: '双方同意', en: 'Both agreed' },
};

/** Who edits and agrees for the buyer; a supplier contact acts for its company. */
export const NEGOTIATION_BUYER_ROLES: readonly Role[] = ['purchasing_clerk'];
/** Who reads every unit's negotiations and contracts (and changes none). */
export const NEGOTIATION_READ_ALL_ROLES: readonly Role[] = ['company_leader', 'finance', 'auditor'];
/** Internal readers scoped to their unit, besides the clerk: the head approves the contract. */
export const NEGOTIATION_UNIT_READER_ROLES: readonly Role[] = ['purchasing_clerk', 'dept_head'];

/** Who opens the 洽谈单 and 电子合同 screens: staff who read them, and a supplier's contact for its own. */
export const NEGOTIATION_READER_ROLES: readonly Role[] = [...NEGOTIATION_UNIT_READER_ROLES, ...NEGOTIATION_READ_ALL_ROLES, 'supplier_contact'];

export interface AgreementPins {
  currentVersion: number;
  buyerAgreedVersion: number | null;
  supplierAgreedVersion: number | null;
}

/** Whether a side's agreement stands: it pinned the version now on the table. */
export function sideAgrees(pins: AgreementPins, side: NegotiationSide): boolean {
  const pinned = side === 'buyer' ? pins.buyerAgreedVersion : pins.supplierAgreedVersion;
  return pinned !== null && pinned === pins.currentVersion;
}

/**
 * 双方同意 only when both sides pinned the same version and it is the current one; an agreement
 * to an older version is history, not agreement.
 */
export function negotiationState(pins: AgreementPins): NegotiationState {
  const n = NEGOTIATION_SIDES.filter((s) => sideAgrees(pins, s)).length;
  return n === 2 ? 'both' : n === 1 ? 'one' : 'none';
}

export const otherSide = (side: NegotiationSide): NegotiationSide => (side === 'buyer' ? 'supplier' : 'buyer');

/**
 * The pins after `side` saves a new version: the other side's agreement is cleared (it agreed to
 * words that are no longer on the table); the editor's own pin stays where it was, on the older
 * version, so it no longer counts until the editor agrees again.
 */
export function pinsAfterEdit(pins: AgreementPins, side: NegotiationSide, newVersion: number): AgreementPins {
  return {
    currentVersion: newVersion,
    buyerAgreedVersion: side === 'supplier' ? null : pins.buyerAgreedVersion,
    supplierAgreedVersion: side === 'buyer' ? null : pins.supplierAgreedVersion,
  };
}

export type AgreeProblem = 'staleVersion' | 'alreadyAgreed' | 'closed';

/** Why `side` may not agree to `version` now, or null. */
export function agreeProblem(pins: AgreementPins, side: NegotiationSide, version: number): AgreeProblem | null {
  if (negotiationState(pins) === 'both') return 'closed';
  if (version !== pins.currentVersion) return 'staleVersion';
  if (sideAgrees(pins, side)) return 'alreadyAgreed';
  return null;
}

export type EditProblem = 'staleVersion' | 'closed';

/** Why a new version based on `baseVersion` may not be saved, or null. Agreed terms are final. */
export function editProblem(pins: AgreementPins, baseVersion: number): EditProblem | null {
  if (negotiationState(pins) === 'both') return 'closed';
  if (baseVersion !== pins.currentVersion) return 'staleVersion';
  return null;
}

/** The terms of a version, besides its lines (质量要求, 检验方法, 交货地点, 交货日期, 付款方式). */
export const NEGOTIATION_TERMS = ['qualityRequirements', 'inspectionMethod', 'deliveryPlace', 'deliveryDate', 'paymentMethod'] as const;
export type NegotiationTerm = (typeof NEGOTIATION_TERMS)[number];
export type NegotiationTerms = Record<NegotiationTerm, string>;

export const NEGOTIATION_TERM_LABELS: Record<NegotiationTerm, { zh: string; en: string }> = {
  qualityRequirements: { zh: '质量要求', en: 'Quality requirements' },
  inspectionMethod: { zh: '检验方法', en: 'Inspection method' },
  deliveryPlace: { zh: '交货地点', en: 'Delivery place' },
  deliveryDate: { zh: '交货日期', en: 'Delivery date' },
  paymentMethod: { zh: '付款方式', en: 'Payment method' },
};

/** A line of a version: what is bought, how many, at what tax-inclusive unit price. */
export interface NegotiationLineFigures {
  /** Stable across versions: the line's number on the sheet. */
  lineNo: number;
  name: string;
  spec: string;
  uom: string;
  quantity: number;
  unitPriceFen: number;
  /** VAT rate in basis points (1300 = 13%); the price includes it. */
  taxRateBp: number;
}

export type LineField = 'quantity' | 'unitPriceFen' | 'taxRateBp' | 'name' | 'spec' | 'uom';
const LINE_FIELDS: readonly LineField[] = ['name', 'spec', 'uom', 'quantity', 'unitPriceFen', 'taxRateBp'];

export interface TermChange {
  term: NegotiationTerm;
  before: string;
  after: string;
}
export interface LineChange {
  lineNo: number;
  name: string;
  kind: 'added' | 'removed' | 'changed';
  fields: { field: LineField; before: string | number | null; after: string | number | null }[];
}
export interface VersionChanges {
  terms: TermChange[];
  lines: LineChange[];
}

export interface VersionContent {
  terms: NegotiationTerms;
  lines: readonly NegotiationLineFigures[];
}

/** What changed from `before` to `after`, for the screen ("付款方式: 月结30天 → 货到付款"). */
export function versionChanges(before: VersionContent, after: VersionContent): VersionChanges {
  const terms = NEGOTIATION_TERMS.filter((t) => before.terms[t] !== after.terms[t]).map((term) => ({
    term,
    before: before.terms[term],
    after: after.terms[term],
  }));
  const old = new Map(before.lines.map((l) => [l.lineNo, l]));
  const now = new Map(after.lines.map((l) => [l.lineNo, l]));
  const lines: LineChange[] = [];
  const numbers = [...new Set([...old.keys(), ...now.keys()])].sort((a, b) => a - b);
  for (const lineNo of numbers) {
    const b = old.get(lineNo);
    const a = now.get(lineNo);
    if (b && a) {
      const fields = LINE_FIELDS.filter((f) => b[f] !== a[f]).map((field) => ({ field, before: b[field], after: a[field] }));
      if (fields.length) lines.push({ lineNo, name: a.name, kind: 'changed', fields });
    } else if (a) {
      lines.push({ lineNo, name: a.name, kind: 'added', fields: LINE_FIELDS.map((field) => ({ field, before: null, after: a[field] })) });
    } else if (b) {
      lines.push({ lineNo, name: b.name, kind: 'removed', fields: LINE_FIELDS.map((field) => ({ field, before: b[field], after: null })) });
    }
  }
  return { terms, lines };
}

export const hasChanges = (c: VersionChanges): boolean => c.terms.length > 0 || c.lines.length > 0;

/** The tax a tax-inclusive amount carries at `rateBp`, rounded half up to the fen. */
export function includedTaxFen(amountFen: number, rateBp: number): number {
  if (rateBp <= 0) return 0;
  // amount × rate / (1 + rate), in integers: amount × bp / (10000 + bp).
  const num = amountFen * rateBp;
  const den = 10000 + rateBp;
  return Math.sign(num) * Math.floor((2 * Math.abs(num) + den) / (2 * den));
}

export interface ContractTotals {
  /** Σ quantity × unit price, tax included: the contract price. */
  totalFen: number;
  taxFen: number;
  /** totalFen − taxFen */
  netFen: number;
  /** 大写 of totalFen, as the contract prints it. */
  totalInWords: string;
  lines: { lineNo: number; amountFen: number; taxFen: number }[];
}

/** The contract's figures from its lines; the tax is worked out per line, then added up. */
export function contractTotals(lines: readonly NegotiationLineFigures[]): ContractTotals {
  const per = lines.map((l) => {
    const amountFen = lineAmountFen(l.quantity, l.unitPriceFen);
    return { lineNo: l.lineNo, amountFen, taxFen: includedTaxFen(amountFen, l.taxRateBp) };
  });
  const totalFen = per.reduce((s, l) => s + l.amountFen, 0);
  const taxFen = per.reduce((s, l) => s + l.taxFen, 0);
  return { totalFen, taxFen, netFen: totalFen - taxFen, totalInWords: fenInChineseWords(totalFen), lines: per };
}

/** The tax rates a B2B line may carry (VAT: 13% goods, 9%, 6% services, 3% and 1% small-scale, 0). */
export const B2B_TAX_RATES_BP: readonly number[] = [1300, 900, 600, 300, 100, 0];
