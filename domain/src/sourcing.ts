import type { Role } from './roles';

/**
 * B2B sourcing (issue 15, DOMAIN.md §4): supplier contacts, inquiries (询价单) and sealed quotes (报价).
 * The rules a clerk could state in a sentence; the API and the web both apply them.
 */

/** Who invites a supplier's contacts: the buying units' clerks, and the administrator. */
export const SUPPLIER_CONTACT_KEEPER_ROLES: readonly Role[] = ['purchasing_clerk', 'admin'];
/** Who sees a supplier's contacts on its page. */
export const SUPPLIER_CONTACT_READER_ROLES: readonly Role[] = ['purchasing_clerk', 'dept_head', 'company_leader', 'auditor', 'admin'];

/** A one-time link to set one's password lasts this long. */
export const INVITE_VALID_HOURS = 72;

/** A clerk sends inquiries for its own buying unit. */
export const INQUIRY_EDITOR_ROLES: readonly Role[] = ['purchasing_clerk'];
/** Read inquiries of every unit. */
export const INQUIRY_READ_ALL_ROLES: readonly Role[] = ['company_leader', 'finance', 'auditor'];
/** Internal readers: the clerk and the head of the buying unit see their unit's; the rest read all. */
export const INQUIRY_INTERNAL_ROLES: readonly Role[] = ['purchasing_clerk', 'dept_head', ...INQUIRY_READ_ALL_ROLES];
/** Everyone who opens the inquiries section: a supplier contact sees only its own company's. */
export const INQUIRY_READER_ROLES: readonly Role[] = [...INQUIRY_INTERNAL_ROLES, 'supplier_contact'];

export const INQUIRY_STATUSES = ['inquiring', 'quoting', 'closed'] as const;
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number];

export const INQUIRY_STATUS_LABELS: Record<InquiryStatus, { zh: string; en: string }> = {
  inquiring: { zh: '询价', en: 'Inquiring' },
  quoting: { zh: '报价中', en: 'Quoting' },
  closed: { zh: '已关闭', en: 'Closed' },
};

/** Common VAT rates a quote may carry (basis points: 1300 = 13%); another rate is allowed, 0–100%. */
export const COMMON_TAX_RATES_BP = [1300, 900, 600, 300, 100, 0] as const;

/** The earliest deadline is this far after sending: suppliers need time to price (the API's MIN_QUOTE_WINDOW_SECONDS, by default). */
export const MIN_QUOTE_WINDOW_MINUTES = 10;

/**
 * Sealed bids: before the deadline nobody on the buyer's side sees a price (only who has
 * quoted), so no price can leak to a competitor; at the deadline every quote opens at once.
 */
export function quotesOpen(deadline: Date | string, now: Date | string): boolean {
  return new Date(now).getTime() >= new Date(deadline).getTime();
}

/** What is wrong with a quote deadline set at `now`, or null; `windowSeconds` is the shortest time suppliers get. */
export function deadlineProblem(deadline: Date | string, now: Date | string, windowSeconds = MIN_QUOTE_WINDOW_MINUTES * 60): 'deadlineTooSoon' | null {
  return new Date(deadline).getTime() - new Date(now).getTime() < windowSeconds * 1000 ? 'deadlineTooSoon' : null;
}

/**
 * The lowest unit price per inquiry line across suppliers' quotes (ties all count as lowest):
 * line id → the supplier ids that offered it. A line nobody priced has no entry.
 */
export function lowestPerLine(quotes: readonly { supplierId: number; lines: readonly { inquiryLineId: number; unitPriceFen: number }[] }[]): Map<number, number[]> {
  const best = new Map<number, { price: number; suppliers: number[] }>();
  for (const q of quotes) {
    for (const l of q.lines) {
      const b = best.get(l.inquiryLineId);
      if (!b || l.unitPriceFen < b.price) best.set(l.inquiryLineId, { price: l.unitPriceFen, suppliers: [q.supplierId] });
      else if (l.unitPriceFen === b.price && !b.suppliers.includes(q.supplierId)) b.suppliers.push(q.supplierId);
    }
  }
  return new Map([...best].map(([line, b]) => [line, b.suppliers]));
}
