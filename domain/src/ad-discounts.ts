import type { Role } from './roles';
import { applyBasisPoints } from './money';
import { sumFen } from './money-bounds';

/**
 * 广告费折扣权限 (DOMAIN.md §3). Discounts are stored as the share of list price
 * the customer pays, in basis points: 4500 = 4.5折 = 45% of list.
 */
export const FULL_PRICE_BP = 10000;

/** The lowest paid share each quoting or approving role may grant on its own. */
export type DiscountAuthority = Partial<Record<Role, number>>;

/** As the regulation states it; admin may change it (stored as a policy), this is the seed. */
export const DEFAULT_DISCOUNT_AUTHORITY: DiscountAuthority = {
  ecommerce_staff: 5000,
  branch_ecommerce_clerk: 5000,
  branch_gm: 4000,
  hq_center_gm: 3000,
};

/** Nothing below 3折, whoever asks. */
export const DISCOUNT_FLOOR_BP = 3000;

export type QuoteScope = 'hq' | 'branch';

/**
 * Who stands above whom, per scope. A step is needed when the share is below
 * what the level beneath it may give: a branch quote under the clerk's 5折 goes
 * to the branch GM, under the GM's 4折 also to the HQ centre GM; an HQ quote
 * under E-commerce's 5折 goes to the HQ centre GM.
 */
const LADDERS: Record<QuoteScope, { role: Role; above: Role }[]> = {
  branch: [
    { role: 'branch_gm', above: 'branch_ecommerce_clerk' },
    { role: 'hq_center_gm', above: 'branch_gm' },
  ],
  hq: [{ role: 'hq_center_gm', above: 'ecommerce_staff' }],
};

export interface ApprovalStep {
  role: Role;
  /** Whose unit the approver acts for: the quote's branch, or HQ. */
  unit: 'branch' | 'hq';
}

export type DiscountDecision =
  | { outcome: 'approved'; steps: [] }
  | { outcome: 'needs_approval'; steps: ApprovalStep[] }
  | { outcome: 'refused'; steps: []; floorBp: number }
  | { outcome: 'not_allowed'; steps: [] };

/** The lowest share any of these roles may give alone; undefined if none of them may quote. */
export function ownAuthority(roles: readonly Role[], authority: DiscountAuthority = DEFAULT_DISCOUNT_AUTHORITY): number | undefined {
  const shares = roles.map((r) => authority[r]).filter((x): x is number => x !== undefined);
  return shares.length ? Math.min(...shares) : undefined;
}

/**
 * What happens when a quote with this paid share is submitted by someone with
 * these roles: approved at once within their authority; otherwise escalated to
 * each level above them that the share reaches (never to a level the quoter
 * already holds: that would be approving their own discount); refused below the floor.
 */
export function decideDiscount(input: {
  scope: QuoteScope;
  paidShareBp: number;
  quoterRoles: readonly Role[];
  authority?: DiscountAuthority;
  floorBp?: number;
}): DiscountDecision {
  const authority = input.authority ?? DEFAULT_DISCOUNT_AUTHORITY;
  const floorBp = input.floorBp ?? DISCOUNT_FLOOR_BP;
  const own = ownAuthority(input.quoterRoles, authority);
  if (own === undefined) return { outcome: 'not_allowed', steps: [] };
  if (input.paidShareBp < floorBp) return { outcome: 'refused', steps: [], floorBp };
  if (input.paidShareBp >= own) return { outcome: 'approved', steps: [] };
  const steps = LADDERS[input.scope]
    .filter(({ role, above }) => input.paidShareBp < (authority[above] ?? FULL_PRICE_BP) && (authority[role] ?? FULL_PRICE_BP) < own)
    .map(({ role }) => ({ role, unit: role === 'branch_gm' ? ('branch' as const) : ('hq' as const) }));
  return { outcome: 'needs_approval', steps };
}

export interface QuoteLineInput {
  /** List price of the whole line: card price per unit × units. */
  listFen: number;
  /** The line's own paid share; FULL_PRICE_BP when the line has no discount. */
  shareBp: number;
}

export interface QuoteTotals {
  listFen: number;
  lineNetFen: number[];
  /** After line discounts, before the bundle discount. */
  subtotalFen: number;
  netFen: number;
  /** net ÷ list, floored to the basis point (so 4.99…折 never shows as 5.0折). */
  paidShareBp: number;
}

/**
 * Line discounts first, then the bundle discount once on their sum — never on
 * each line again, so a document-level discount cannot count twice.
 */
export function quoteTotals(lines: readonly QuoteLineInput[], bundleShareBp = FULL_PRICE_BP): QuoteTotals {
  const listFen = sumFen(lines.map((l) => l.listFen));
  const lineNetFen = lines.map((l) => applyBasisPoints(l.listFen, l.shareBp));
  const subtotalFen = sumFen(lineNetFen);
  const netFen = applyBasisPoints(subtotalFen, bundleShareBp);
  const paidShareBp = listFen === 0 ? FULL_PRICE_BP : Number((BigInt(netFen) * 10000n) / BigInt(listFen));
  return { listFen, lineNetFen, subtotalFen, netFen, paidShareBp };
}

/**
 * The paid share in tenths of 折, to the nearest tenth, half up (issue 11): 6380 bp (63.8% of
 * list) is 64, i.e. 6.4折 — truncating said 6.3折, which customers read as a deeper discount
 * than the one they get. Integer arithmetic, so the half (6350 → 6.4折) never meets a float's 6.3499….
 */
export function zheTenths(bp: number): number {
  return Math.floor((bp + 50) / 100);
}

/** 6380 → '6.4折'; the one spelling of 折 on screens, messages, PDFs and workbooks (10000 → '无折扣' is the screen's business). */
export function formatZhe(bp: number): string {
  return `${(zheTenths(bp) / 10).toFixed(1)}折`;
}

/**
 * 折 as a reader of the language sees it (issue 11): '4.5折' in Chinese; in English
 * '4.5折 — pays 45% of list', since 折 (the share paid, not the share taken off) is the
 * word English readers most often misread. Screens, messages and documents all say it this way.
 */
export function explainZhe(bp: number, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? formatZhe(bp) : `${formatZhe(bp)} — pays ${Math.floor(bp / 10) / 10}% of list`;
}

/** 4567 → '45.6%'. */
export function formatSharePercent(bp: number): string {
  return `${(Math.floor(bp / 10) / 10).toFixed(1)}%`;
}
