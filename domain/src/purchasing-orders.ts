import { lineAmountFen, toMilli, fromMilli } from './quantities';
import type { Role } from './roles';
import { PLATFORM_LABELS, PLATFORMS, type Platform } from './supplier-prices';

/**
 * Online orders (网购订单, DOMAIN.md §2 steps 4–5): the buying unit's clerk records what was bought
 * on a mall against lines of an approved company plan, the department head confirms the printed
 * order (虚拟合同), goods are accepted on delivery, and the order is matched against its invoices
 * and payments. The rules a clerk could state in a sentence live here; the API enforces them.
 */

/** The malls an order may be placed on: the seven of DOMAIN.md §2 and 其他 with its name. */
export const ORDER_PLATFORMS = PLATFORMS;
export type OrderPlatform = Platform;

/** Who records orders and deliveries (their own buying unit only), who confirms, who reads all. */
export const ORDER_KEEPER_ROLES: readonly Role[] = ['purchasing_clerk'];
export const ORDER_READ_ALL_ROLES: readonly Role[] = ['company_leader', 'finance', 'auditor'];
/** The buying unit's head reads its orders, to confirm their virtual contracts. */
export const ORDER_READER_ROLES: readonly Role[] = ['purchasing_clerk', 'dept_head', 'company_leader', 'finance', 'auditor'];

/** Where an order comes from: a mall (with a plan and a platform) or a signed e-contract (issue 15). */
export const ORDER_SOURCES = ['mall', 'contract'] as const;
export type OrderSource = (typeof ORDER_SOURCES)[number];

/** What the platform column shows for a contract order, which has no platform. */
export const CONTRACT_PLATFORM_LABEL = { zh: '合同采购', en: 'Contract' } as const;

/** An order's platform as people read it: 其他 shows the name the clerk gave; a contract order has none. */
export function platformLabel(platform: OrderPlatform | null, name: string | null, lang: 'zh' | 'en'): string {
  if (platform === null) return CONTRACT_PLATFORM_LABEL[lang];
  if (platform === 'other' && name) return name;
  return PLATFORM_LABELS[platform][lang];
}

/** 其他 needs a name; a named mall must not carry one (the database holds the same rule). */
export function platformNameProblem(platform: OrderPlatform, name: string | null | undefined): 'required' | 'notAllowed' | null {
  const given = (name ?? '').trim().length > 0;
  if (platform === 'other' && !given) return 'required';
  if (platform !== 'other' && given) return 'notAllowed';
  return null;
}

// ---------------------------------------------------------------------------
// Price above the lowest (比价): a price more than the tolerance above the lowest eligible
// price of the price database needs a written reason, which the ledger shows.

/** 10%, in basis points; configurable (PRICE_TOLERANCE_BP in the API's config). */
export const DEFAULT_PRICE_TOLERANCE_BP = 1000;

/**
 * Whether `unitPriceFen` is more than `toleranceBp` above `lowestFen`. Integer arithmetic only:
 * price × 10000 > lowest × (10000 + tolerance), so 10.00% above does not need a reason and
 * 10.01% does, with no floating-point rounding in between. No lowest price known: no reason needed.
 */
export function priceNeedsReason(unitPriceFen: number, lowestFen: number | null, toleranceBp = DEFAULT_PRICE_TOLERANCE_BP): boolean {
  if (lowestFen === null || lowestFen <= 0) return false;
  return unitPriceFen * 10_000 > lowestFen * (10_000 + toleranceBp);
}

/** How far above the lowest a price is, in basis points rounded down (1001 = 10.01%); null without a lowest. */
export function aboveLowestBp(unitPriceFen: number, lowestFen: number | null): number | null {
  if (lowestFen === null || lowestFen <= 0) return null;
  return Math.floor(((unitPriceFen - lowestFen) * 10_000) / lowestFen);
}

// ---------------------------------------------------------------------------
// Totals

export interface OrderLineFigures {
  quantity: number;
  unitPriceFen: number;
}

/** A line's amount: quantity × unit price to the fen (half up), exactly. */
export const orderLineAmountFen = (l: OrderLineFigures): number => lineAmountFen(l.quantity, l.unitPriceFen);

/** What the order cost: goods (sum of line amounts) + freight − the platform's discount. */
export function orderTotals(lines: readonly OrderLineFigures[], freightFen: number, discountFen: number): { goodsFen: number; totalFen: number } {
  const goodsFen = lines.reduce((s, l) => s + orderLineAmountFen(l), 0);
  return { goodsFen, totalFen: goodsFen + freightFen - discountFen };
}

/** The discount cannot exceed goods + freight: nothing is paid below zero. */
export function totalProblem(goodsFen: number, freightFen: number, discountFen: number): 'discountTooLarge' | null {
  return discountFen > goodsFen + freightFen ? 'discountTooLarge' : null;
}

/** What of a plan line may still be ordered: approved − already ordered, never below zero (thousandths, exact). */
export function orderableQty(approved: number, alreadyOrdered: number): number {
  return fromMilli(Math.max(0, toMilli(approved) - toMilli(alreadyOrdered)));
}

/** Whether ordering `quantity` more of a plan line stays within what was approved. */
export function withinApproved(approved: number, alreadyOrdered: number, quantity: number): boolean {
  return toMilli(alreadyOrdered) + toMilli(quantity) <= toMilli(approved);
}

// ---------------------------------------------------------------------------
// Acceptance (到货验收)

export interface DeliveryLineInput {
  received: number;
  accepted: number;
  rejected: number;
  rejectionReason?: string | null;
}

export type DeliveryProblem = 'notReceived' | 'sumMismatch' | 'reasonRequired' | 'overDelivered';

/**
 * What is wrong with one line of a delivery, given what the order line asked for and what earlier
 * deliveries brought: received = accepted + rejected; a rejection says why; all deliveries together
 * bring no more than was ordered (a rejected unit was still delivered, so it counts).
 */
export function deliveryLineProblem(ordered: number, receivedBefore: number, line: DeliveryLineInput): DeliveryProblem | null {
  if (!(line.received > 0) || line.accepted < 0 || line.rejected < 0) return 'notReceived';
  if (toMilli(line.accepted) + toMilli(line.rejected) !== toMilli(line.received)) return 'sumMismatch';
  if (line.rejected > 0 && !(line.rejectionReason ?? '').trim()) return 'reasonRequired';
  if (toMilli(receivedBefore) + toMilli(line.received) > toMilli(ordered)) return 'overDelivered';
  return null;
}

/** What the supplier should refund for rejected goods: the rejected quantity at the order's unit price. */
export const refundFen = (rejected: number, unitPriceFen: number): number => lineAmountFen(rejected, unitPriceFen);

// The three-way match (三单匹配) is its own rule, in purchasing-match.ts.

// ---------------------------------------------------------------------------
// Virtual contract (虚拟合同)

export const VC_STATUSES = ['draft', 'submitted', 'confirmed', 'returned', 'cancelled'] as const;
export type VcStatus = (typeof VC_STATUSES)[number];

export const VC_STATUS_LABELS: Record<VcStatus, { zh: string; en: string }> = {
  draft: { zh: '待上传', en: 'No order page yet' },
  submitted: { zh: '待确认', en: 'Awaiting confirmation' },
  confirmed: { zh: '已确认', en: 'Confirmed' },
  returned: { zh: '已退回', en: 'Returned' },
  cancelled: { zh: '已作废', en: 'Void' },
};

/** A new order page may be attached while the contract is not yet confirmed. */
export const vcAcceptsAttachment = (status: VcStatus | null): boolean => status !== 'confirmed' && status !== 'submitted' && status !== 'cancelled';

// ---------------------------------------------------------------------------
// Cancelling an order (取消订单)

/** Why an order cannot be cancelled, in the order they are checked (the first found is named). */
export const CANCEL_BLOCKERS = ['alreadyCancelled', 'delivered', 'invoiced', 'paid', 'paymentRequested'] as const;
export type CancelBlocker = (typeof CANCEL_BLOCKERS)[number];

export interface CancelFacts {
  cancelled: boolean;
  /** Deliveries recorded against the order (accepted or rejected, goods arrived either way). */
  deliveries: number;
  invoicedFen: number;
  paidFen: number;
  /** Payment requests for the order that are not rejected: a draft, one in approval, approved, or paid. */
  liveRequests: number;
}

/**
 * A clerk may cancel an order only while it is still just a promise: nothing arrived (goods that
 * arrived are returned through acceptance, not by cancelling), no invoice recorded, nothing paid,
 * and no payment request alive for it — a draft or returned request too, since it would otherwise
 * be left asking payment for an order that no longer exists.
 */
export function cancelBlocker(f: CancelFacts): CancelBlocker | null {
  if (f.cancelled) return 'alreadyCancelled';
  if (f.deliveries > 0) return 'delivered';
  if (f.invoicedFen > 0) return 'invoiced';
  if (f.paidFen > 0) return 'paid';
  if (f.liveRequests > 0) return 'paymentRequested';
  return null;
}

// ---------------------------------------------------------------------------
// Review (审核) of a contract order's delivery: 受理 → 确认 → 入库 are the delivery as recorded;
// the buying unit's head then reviews it, and only reviewed goods may be settled.

export type DeliveryReviewState = 'none' | 'awaiting' | 'reviewed';

/** A mall delivery needs no review (issue 13's flow); a contract order's waits for the head's. */
export function deliveryReviewState(source: OrderSource, reviewedAt: unknown): DeliveryReviewState {
  if (source === 'mall') return 'none';
  return reviewedAt ? 'reviewed' : 'awaiting';
}

/**
 * Why this reviewer may not review the delivery now, or null: only a contract order's delivery is
 * reviewed, once, and not by the person who recorded it (four eyes).
 */
export function reviewProblem(
  d: { source: OrderSource; reviewedAt: unknown; recordedBy: number | null; orderCancelled: boolean },
  reviewerId: number,
): 'notContract' | 'alreadyReviewed' | 'ownDelivery' | 'orderCancelled' | null {
  if (d.source !== 'contract') return 'notContract';
  if (d.reviewedAt) return 'alreadyReviewed';
  if (d.orderCancelled) return 'orderCancelled';
  if (d.recordedBy === reviewerId) return 'ownDelivery';
  return null;
}
