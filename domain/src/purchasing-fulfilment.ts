import { fromMilli, toMilli } from './quantities';

/**
 * What the orders placed against a company plan line mean for each department's request line
 * consolidated into it (issue 13 item 8): the budget's "spent", and the requester's line status
 * (ordered, partly received, received). A plan line sums several departments' request lines, and
 * an order buys for the plan line; each request line takes its share in proportion to the
 * quantity it asked for (the same share the ledgers' spend by department uses).
 */

/** A plan line with what open orders placed against it (cancelled orders take nothing). */
export interface PlanLineOrders {
  /** The quantity the approved plan buys. */
  approvedQty: number;
  /** What the request lines consolidated into it asked for, together. */
  lineRequestedQty: number;
  orderedQty: number;
  /** Accepted on delivery (rejected goods go back and are not received). */
  acceptedQty: number;
  /** Goods ordered at the orders' prices (freight and discounts are the order's, not an item's). */
  orderedFen: number;
  /** Refunds expected on goods rejected at acceptance. */
  refundFen: number;
}

/** This request line's share of the plan line, as a fraction [numerator, denominator] of thousandths. */
function share(requestedQty: number, p: PlanLineOrders): [number, number] {
  const whole = toMilli(p.lineRequestedQty);
  return whole > 0 ? [Math.min(toMilli(requestedQty), whole), whole] : [1, 1];
}

/**
 * A request line against its department's budget once orders are placed:
 * - spent is its share of what the open orders placed against the plan line commit — the goods
 *   ordered less the refunds expected on rejected goods. Ordered, not paid: once an order is placed
 *   the money is promised to a supplier, and waiting for the payment would let new requests spend it
 *   again in between. A cancelled order is no longer open, so cancelling lowers spent; a refund
 *   returns money, so it does too.
 * - committed keeps the estimate of the part of the plan line not yet ordered (all of it before
 *   the first order, nothing once the approved quantity is ordered), so an amount is never counted
 *   both as committed and as spent.
 */
export function requestLineSpend(estAmountFen: number, requestedQty: number, p: PlanLineOrders): { committedFen: number; spentFen: number } {
  const [num, den] = share(requestedQty, p);
  const spentFen = Math.round(((p.orderedFen - p.refundFen) * num) / den);
  const approved = toMilli(p.approvedQty);
  const ordered = toMilli(p.orderedQty);
  const open = approved > 0 ? Math.max(0, approved - ordered) / approved : ordered > 0 ? 0 : 1;
  return { committedFen: Math.round(estAmountFen * open), spentFen };
}

export const FULFILMENT_STATUSES = ['ordered', 'part_received', 'received'] as const;
export type FulfilmentStatus = (typeof FULFILMENT_STATUSES)[number];

/**
 * How far the orders have got with a request line: nothing ordered yet (null), ordered, partly
 * received, or received — received once what was accepted for the plan line reaches what its
 * departments asked for, or what the plan buys when it cut that (judged over the whole plan line,
 * so the shares never round one department short; a unit bought beyond the requests, for stock,
 * is not theirs to wait for). The quantities are this line's share: to the thousandth, or to the
 * whole unit when the line asked for whole units (no one reads "13.333 packs ordered").
 */
export function requestLineFulfilment(requestedQty: number, p: PlanLineOrders): { status: FulfilmentStatus | null; orderedQty: number; receivedQty: number } {
  const [num, den] = share(requestedQty, p);
  const whole = Number.isInteger(requestedQty);
  const part = (qty: number) => {
    const milli = Math.round((toMilli(qty) * num) / den);
    return whole ? Math.round(milli / 1000) : fromMilli(milli);
  };
  const accepted = toMilli(p.acceptedQty);
  const wanted = Math.min(toMilli(p.approvedQty), toMilli(p.lineRequestedQty));
  const status: FulfilmentStatus | null =
    accepted > 0 && accepted >= wanted ? 'received' : accepted > 0 ? 'part_received' : toMilli(p.orderedQty) > 0 ? 'ordered' : null;
  return { status, orderedQty: part(p.orderedQty), receivedQty: part(p.acceptedQty) };
}
