import { addDays, isCalendarDay } from './supplier-prices';

/**
 * Ad quotations (DOMAIN.md §3): how many units a flight is charged for, the
 * quote's states and who may move it where. Used by the API and by the quote form.
 */

export const AD_PRICING_UNITS = ['day', 'week', 'month', 'placement'] as const;
export type AdPricingUnit = (typeof AD_PRICING_UNITS)[number];

export const AD_PRICING_UNIT_LABELS: Record<AdPricingUnit, { zh: string; en: string }> = {
  day: { zh: '按天', en: 'per day' },
  week: { zh: '按周', en: 'per week' },
  month: { zh: '按月', en: 'per month' },
  placement: { zh: '按次（整档）', en: 'per placement' },
};

/** The unit's short name after a quantity: '3 天', '3 days'. */
export const AD_PRICING_UNIT_NOUNS: Record<AdPricingUnit, { zh: string; en: string }> = {
  day: { zh: '天', en: 'day(s)' },
  week: { zh: '周', en: 'week(s)' },
  month: { zh: '月', en: 'month(s)' },
  placement: { zh: '次', en: 'placement(s)' },
};

/** Days from start to end, both included; 0 when the end is before the start. */
export function flightDays(startsOn: string, endsOn: string): number {
  const ms = Date.parse(endsOn + 'T00:00:00Z') - Date.parse(startsOn + 'T00:00:00Z');
  return ms < 0 ? 0 : ms / 86_400_000 + 1;
}

/** The same day n months on, clamped to the month's end (01-31 + 1 month = 02-28/29). */
export function addMonthsToDay(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const idx = y * 12 + (m - 1) + n;
  const year = Math.floor(idx / 12);
  const month = (idx % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * Units charged for a flight (start and end days both included):
 * - day: every day counts;
 * - week: started weeks, ceil(days / 7) — 8 days are 2 weeks;
 * - month: started calendar months counted from the start day — 12-01…12-31 and
 *   12-15…01-14 are 1 month, 12-01…01-05 is 2 (a month is "same day next month",
 *   not 30 days, so a whole calendar month is never charged as two);
 * - placement: a flat price for the whole flight, 1.
 * 0 when the end is before the start (the caller refuses such a line).
 */
export function flightUnits(startsOn: string, endsOn: string, pricingUnit: AdPricingUnit): number {
  const days = flightDays(startsOn, endsOn);
  if (days === 0) return 0;
  switch (pricingUnit) {
    case 'day':
      return days;
    case 'week':
      return Math.ceil(days / 7);
    case 'month': {
      const after = addDays(endsOn, 1);
      let n = 1;
      while (addMonthsToDay(startsOn, n) < after) n++;
      return n;
    }
    case 'placement':
      return 1;
  }
}

/** The rate card a line is priced from: the month its flight starts in. */
export function quoteMonth(startsOn: string): string {
  return startsOn.slice(0, 7);
}

/** 'YYYY-MM' for a real month. */
export function isMonth(s: string): boolean {
  return /^\d{4}-\d{2}$/.test(s) && isCalendarDay(s + '-01');
}

/** Two flights overlap when each starts on or before the other ends (days inclusive). */
export function flightsOverlap(a: { startsOn: string; endsOn: string }, b: { startsOn: string; endsOn: string }): boolean {
  return a.startsOn <= b.endsOn && b.startsOn <= a.endsOn;
}

// ---------------------------------------------------------------------------
// Quote states

export const AD_QUOTE_STATUSES = ['draft', 'pending_approval', 'approved', 'sent', 'accepted', 'declined', 'expired', 'cancelled'] as const;
export type AdQuoteStatus = (typeof AD_QUOTE_STATUSES)[number];

/** What is stored: 'expired' is never stored, it follows from the valid-until date. */
export type StoredAdQuoteStatus = Exclude<AdQuoteStatus, 'expired'>;

export const AD_QUOTE_STATUS_LABELS: Record<AdQuoteStatus, { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'Draft' },
  pending_approval: { zh: '待审批', en: 'Pending approval' },
  approved: { zh: '已批准', en: 'Approved' },
  sent: { zh: '已发送客户', en: 'Sent' },
  accepted: { zh: '客户已接受', en: 'Accepted' },
  declined: { zh: '客户已拒绝', en: 'Declined' },
  expired: { zh: '已过期', en: 'Expired' },
  cancelled: { zh: '已作废', en: 'Cancelled' },
};

export const AD_QUOTE_ACTIONS = ['edit', 'submit', 'send', 'accept', 'decline', 'cancel'] as const;
export type AdQuoteAction = (typeof AD_QUOTE_ACTIONS)[number];

/**
 * From which (derived) states each action may be taken. Editing an approved or
 * sent quote is allowed but takes it back to draft (the approval no longer covers
 * it); a quote waiting for approval is read-only until the approver acts or the
 * quoter withdraws it in the approvals inbox. An expired quote may be edited
 * (a new valid-until date) or cancelled, nothing else.
 */
const ALLOWED: Record<AdQuoteAction, readonly AdQuoteStatus[]> = {
  edit: ['draft', 'approved', 'sent', 'expired'],
  submit: ['draft'],
  send: ['approved'],
  accept: ['sent'],
  decline: ['sent'],
  cancel: ['draft', 'approved', 'sent', 'expired'],
};

export function canDoQuoteAction(status: AdQuoteStatus, action: AdQuoteAction): boolean {
  return ALLOWED[action].includes(status);
}

export function quoteActionsFor(status: AdQuoteStatus): AdQuoteAction[] {
  return AD_QUOTE_ACTIONS.filter((a) => canDoQuoteAction(status, a));
}

/** The stored status after a plain action (submit's outcome depends on the discount decision). */
export const AD_QUOTE_ACTION_RESULT: Record<Exclude<AdQuoteAction, 'submit'>, StoredAdQuoteStatus> = {
  edit: 'draft',
  send: 'sent',
  accept: 'accepted',
  decline: 'declined',
  cancel: 'cancelled',
};

/** An approved or sent quote whose valid-until day has passed is expired; no job is needed. */
export function effectiveQuoteStatus(stored: StoredAdQuoteStatus, validUntil: string, today: string): AdQuoteStatus {
  return (stored === 'approved' || stored === 'sent') && validUntil < today ? 'expired' : stored;
}

/** Quote number per owner unit and month: BJ-202611-0007. */
export function formatQuoteNumber(unitCode: string, month: string, seq: number): string {
  return `${unitCode}-${month.replace('-', '')}-${String(seq).padStart(4, '0')}`;
}
