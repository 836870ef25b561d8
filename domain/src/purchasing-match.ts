/**
 * Three-way match (三单匹配, issue 13 §6): for every order, what was ordered, accepted, invoiced and
 * paid side by side, with a status and the mismatches a clerk or auditor works through.
 *
 * This is the ONE rule: the order's match (GET /purchase-orders/:id/match) and the electronic
 * purchasing ledger (网络采购电子台帐) both derive the status here from the same figures. Where the
 * ledger must filter by status inside SQL, its SQL is checked against this function case by case
 * (api/src/modules/purchase-ledgers/purchase-ledgers.match.test.ts), so the two cannot drift.
 *
 * What "awaiting goods" means for a partial delivery (the decision, and why):
 * - The status says what is outstanding for the goods that have ARRIVED. On the malls an invoice
 *   and a payment follow each shipment, so once something was accepted, the match judges that
 *   part: awaiting its invoice, awaiting its payment, or complete. `partial` (and the ledger's
 *   delivery column) says the rest of the order is still expected.
 * - So "awaiting goods" is: nothing usable has arrived yet (nothing accepted and not everything
 *   delivered) — there is nothing to invoice or pay for. A partially delivered order whose
 *   delivered part is invoiced and paid is "complete for the delivered part" (complete, partial).
 * - Calling every partly delivered order "awaiting goods" (the ledger's former rule) hid the
 *   invoice or payment missing for the part that had arrived, which is what a clerk must chase.
 * - The freight less the platform's discount belongs to the whole order, so it is due (and
 *   matched) only once everything has arrived.
 */

export const MATCH_STATUSES = ['awaiting_goods', 'awaiting_invoice', 'awaiting_payment', 'complete', 'mismatch', 'cancelled'] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];

export const MATCH_STATUS_LABELS: Record<MatchStatus, { zh: string; en: string }> = {
  awaiting_goods: { zh: '待到货', en: 'Awaiting goods' },
  awaiting_invoice: { zh: '待开票', en: 'Awaiting invoice' },
  awaiting_payment: { zh: '待付款', en: 'Awaiting payment' },
  complete: { zh: '已完成', en: 'Complete' },
  mismatch: { zh: '不符', en: 'Mismatch' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
};

/** Why an order does not match, most serious first; the ledger shows the first. */
export const MATCH_MISMATCHES = ['over_invoiced', 'over_paid', 'paid_nothing_accepted'] as const;
export type MatchMismatch = (typeof MATCH_MISMATCHES)[number];

export const MATCH_MISMATCH_LABELS: Record<MatchMismatch, { zh: string; en: string }> = {
  over_invoiced: { zh: '开票金额超过订单应付金额', en: 'Invoiced beyond what the order is worth' },
  over_paid: { zh: '付款金额超过订单应付金额', en: 'Paid beyond what the order is worth' },
  paid_nothing_accepted: { zh: '货物全部拒收却已付款', en: 'Paid although every delivered unit was rejected' },
};

export interface MatchFigures {
  /** The order's total: goods + freight − discount. */
  totalFen: number;
  freightFen: number;
  discountFen: number;
  /** Accepted goods at the order's unit prices. */
  acceptedFen: number;
  /** Refunds expected on rejected goods. */
  refundFen: number;
  /** Every line received in full (accepted or rejected). */
  fullyDelivered: boolean;
  invoicedFen: number;
  paidFen: number;
  /** The order was cancelled (nothing was delivered, invoiced or paid against it). */
  cancelled: boolean;
}

/** What the order can ever cost: its total less the refunds expected on returns. */
export const worthFen = (f: MatchFigures): number => f.totalFen - f.refundFen;

/**
 * What is due so far: the accepted goods, plus freight − discount once everything has arrived
 * (before that the freight is not yet matched against anything). Fully delivered, this is the
 * order's total less the refunds of rejected goods.
 */
export function dueFen(f: MatchFigures): number {
  return Math.max(0, f.acceptedFen + (f.fullyDelivered ? f.freightFen - f.discountFen : 0));
}

/**
 * Every reason the order does not match: invoiced or paid beyond what it is worth after refunds,
 * or paid once everything arrived and all of it was rejected. A payment before anything arrived is
 * a prepayment, not a mismatch.
 */
export function matchMismatches(f: MatchFigures): MatchMismatch[] {
  const worth = worthFen(f);
  const out: MatchMismatch[] = [];
  if (f.invoicedFen > worth) out.push('over_invoiced');
  if (f.paidFen > worth) out.push('over_paid');
  if (f.fullyDelivered && f.acceptedFen === 0 && f.paidFen > 0) out.push('paid_nothing_accepted');
  return out;
}

export interface OrderMatchResult {
  status: MatchStatus;
  mismatches: MatchMismatch[];
  dueFen: number;
  /** Goods still to come: the status speaks for the delivered part. */
  partial: boolean;
}

/**
 * The match of one order. Cancelled wins (a cancelled order is out of the cycle); then a mismatch
 * someone must clear; then the first thing outstanding for what has arrived (see the file's note).
 * The order of the tests below is the rule; the ledger's SQL follows it line by line.
 */
export function matchOrder(f: MatchFigures): OrderMatchResult {
  const mismatches = matchMismatches(f);
  const due = dueFen(f);
  const partial = !f.fullyDelivered;
  const status: MatchStatus = f.cancelled
    ? 'cancelled'
    : mismatches.length
      ? 'mismatch'
      : f.acceptedFen === 0 && !f.fullyDelivered
        ? 'awaiting_goods'
        : f.invoicedFen < due
          ? 'awaiting_invoice'
          : f.paidFen < due
            ? 'awaiting_payment'
            : 'complete';
  return { status, mismatches, dueFen: due, partial };
}
