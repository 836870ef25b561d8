import type { PlacedGrant } from './ad-roles';
import type { Role } from './roles';

/**
 * Ad agreements (广告协议, DOMAIN.md §3): an agreement is made from an accepted quote and
 * states the fee standard, the amount, and when and how it is collected (收取时间, 收取方式),
 * before any income is booked. Who drafts, signs and receives the branch's copies, the
 * states an agreement passes through, and the arithmetic of its schedule live here.
 */

/** Stored: draft, signed, terminated. running and completed follow from the flight dates (effectiveAgreementStatus). */
export const AD_AGREEMENT_STATUSES = ['draft', 'signed', 'running', 'completed', 'terminated'] as const;
export type AdAgreementStatus = (typeof AD_AGREEMENT_STATUSES)[number];
export type StoredAdAgreementStatus = 'draft' | 'signed' | 'terminated';

export const AD_AGREEMENT_STATUS_LABELS: Record<AdAgreementStatus, { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'Draft' },
  signed: { zh: '已签署', en: 'Signed' },
  running: { zh: '执行中', en: 'Running' },
  completed: { zh: '已完成', en: 'Completed' },
  terminated: { zh: '已终止', en: 'Terminated' },
};

/** 收取方式. */
export const INSTALMENT_METHODS = ['bank_transfer', 'acceptance_bill', 'cash', 'other'] as const;
export type InstalmentMethod = (typeof INSTALMENT_METHODS)[number];

export const INSTALMENT_METHOD_LABELS: Record<InstalmentMethod, { zh: string; en: string }> = {
  bank_transfer: { zh: '银行转账', en: 'Bank transfer' },
  acceptance_bill: { zh: '承兑汇票', en: 'Acceptance bill' },
  cash: { zh: '现金', en: 'Cash' },
  other: { zh: '其他', en: 'Other' },
};

/** The signed scan, and the three copies a branch sends HQ 电子商务部 (DOMAIN.md §3, branch flow). */
export const AGREEMENT_DOCUMENT_KINDS = ['signed_copy', 'contract_copy', 'invoice_copy', 'ad_materials'] as const;
export type AgreementDocumentKind = (typeof AGREEMENT_DOCUMENT_KINDS)[number];
/** What the branch clerk attaches and HQ marks received: the checklist of a branch agreement. */
export const BRANCH_COPY_KINDS = ['contract_copy', 'invoice_copy', 'ad_materials'] as const satisfies readonly AgreementDocumentKind[];
export type BranchCopyKind = (typeof BRANCH_COPY_KINDS)[number];

export const AGREEMENT_DOCUMENT_LABELS: Record<AgreementDocumentKind, { zh: string; en: string }> = {
  signed_copy: { zh: '签署件扫描', en: 'Signed copy (scan)' },
  contract_copy: { zh: '合同复印件', en: 'Contract copy' },
  invoice_copy: { zh: '发票复印件', en: 'Invoice copy' },
  ad_materials: { zh: '广告素材', en: 'Ad materials' },
};

/** HQ e-commerce and the branch clerks draft agreements and attach copies. */
export const AD_AGREEMENT_DRAFTER_ROLES: readonly Role[] = ['ecommerce_staff', 'branch_ecommerce_clerk'];
/** A branch agreement is signed by its branch GM, an HQ one by 电子商务部. */
export const AD_AGREEMENT_SIGNER_ROLES: readonly Role[] = ['branch_gm', 'ecommerce_staff'];
/** Everyone who reads agreements: those who make them, the branch marketers, finance, leadership and audit. */
export const AD_AGREEMENT_READER_ROLES: readonly Role[] = [
  'ecommerce_staff',
  'branch_ecommerce_clerk',
  'branch_gm',
  'branch_marketer',
  'finance',
  'company_leader',
  'hq_center_gm',
  'auditor',
];

/**
 * The status a reader sees: a signed agreement runs from the first day of its flights and
 * is completed after the last; nothing but the calendar moves it, so it is computed, not
 * stored (no nightly job to forget). Draft and terminated are what is stored.
 */
export function effectiveAgreementStatus(stored: StoredAdAgreementStatus, startsOn: string, endsOn: string, today: string): AdAgreementStatus {
  if (stored !== 'signed') return stored;
  if (today > endsOn) return 'completed';
  if (today >= startsOn) return 'running';
  return 'signed';
}

export type AgreementAction = 'edit' | 'sign' | 'terminate' | 'attach' | 'receive';

/** What these grants may do to an agreement owned by HQ or by a branch, whatever its state. */
export function agreementRoles(grants: readonly PlacedGrant[], owner: { kind: string; id: number }): { draft: boolean; sign: boolean; receive: boolean } {
  const atBranch = (role: Role) => grants.some((g) => g.role === role && g.branchId === owner.id);
  const atHq = (role: Role) => grants.some((g) => g.role === role && g.branchId === null);
  if (owner.kind === 'branch') {
    return { draft: atBranch('branch_ecommerce_clerk'), sign: atBranch('branch_gm'), receive: atHq('ecommerce_staff') };
  }
  if (owner.kind === 'hq') {
    const ecom = atHq('ecommerce_staff');
    // HQ keeps its own copies: there is no branch checklist to receive.
    return { draft: ecom, sign: ecom, receive: false };
  }
  return { draft: false, sign: false, receive: false };
}

/** The actions open now: edit a draft, sign it, terminate a signed one early, attach and receive the branch's copies. */
export function agreementActions(status: AdAgreementStatus, may: { draft: boolean; sign: boolean; receive: boolean }, isBranch: boolean): AgreementAction[] {
  const out: AgreementAction[] = [];
  if (status === 'draft' && may.draft) out.push('edit');
  if (status === 'draft' && may.sign) out.push('sign');
  if ((status === 'signed' || status === 'running') && may.sign) out.push('terminate');
  if (isBranch && status !== 'terminated' && may.draft) out.push('attach');
  if (isBranch && may.receive) out.push('receive');
  return out;
}

/** 协-BJ-202611-0001: the agreement series restarts each month per signing unit. */
export function formatAgreementNumber(unitCode: string, month: string, seq: number): string {
  return `协-${unitCode}-${month.replace('-', '')}-${String(seq).padStart(4, '0')}`;
}

/** What is left to schedule: positive while the instalments fall short of the amount, negative when over. */
export function instalmentsRemaining(amountFen: number, instalments: readonly { amountFen: number }[]): number {
  return amountFen - instalments.reduce((s, i) => s + i.amountFen, 0);
}

/**
 * Splits a total over weights to the fen (largest remainder): the shares sum exactly to the
 * total, so the flights of an agreement carry the whole amount, bundle discount included.
 * Ties go to the earlier weight. All weights zero: equal shares.
 */
export function allocateFen(totalFen: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  const w = weights.every((x) => x === 0) ? weights.map(() => 1) : weights;
  const sum = BigInt(w.reduce((s, x) => s + x, 0));
  const total = BigInt(totalFen);
  const base = w.map((x) => (total * BigInt(x)) / sum);
  const rest = w.map((x, i) => ({ i, r: (total * BigInt(x)) % sum }));
  let left = Number(total - base.reduce((s, x) => s + x, 0n));
  rest.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  const out = base.map(Number);
  for (const { i } of rest) {
    if (left <= 0) break;
    out[i] += 1;
    left -= 1;
  }
  return out;
}
