import type { Role } from './roles';

/**
 * Ad income and collections (DOMAIN.md §3 Accounting, issue 14 §4): how much of an agreement's
 * tax-inclusive amount a month earns, how that splits into income and 6% output VAT, and how a
 * customer's payment settles the collection schedule. Pure rules, in integer fen.
 */

/** Finance runs month-end and records collections; company leaders, HQ centre GM and audit read everything. */
export const REVENUE_WRITER_ROLES: readonly Role[] = ['finance'];
export const COLLECTION_READER_ROLES: readonly Role[] = ['finance', 'company_leader', 'hq_center_gm', 'auditor', 'branch_gm', 'branch_ecommerce_clerk', 'ecommerce_staff'];
/** Roles that see every unit's collections whatever unit they are granted in. */
export const COLLECTION_READ_ALL_ROLES: readonly Role[] = ['finance', 'company_leader', 'hq_center_gm', 'auditor'];
export const MONTH_END_ROLES: readonly Role[] = ['finance'];

export const COLLECTION_METHODS = ['bank_transfer', 'acceptance_bill', 'cash', 'other'] as const;
export type CollectionMethod = (typeof COLLECTION_METHODS)[number];
export const COLLECTION_METHOD_LABELS: Record<CollectionMethod, { zh: string; en: string }> = {
  bank_transfer: { zh: '银行转账', en: 'Bank transfer' },
  acceptance_bill: { zh: '承兑汇票', en: 'Acceptance bill' },
  cash: { zh: '现金', en: 'Cash' },
  other: { zh: '其他', en: 'Other' },
};

/** The accounts the postings use (the chart is seeded by the accounts module). */
export const REVENUE_ACCOUNTS = {
  bank: '1002',
  receivable: '1122',
  advance: '2203',
  outputVat: '2221.01',
  adIncome: '6051.01.01',
} as const;

/** Ad services carry 6% VAT (DOMAIN.md §3), in basis points. */
export const AD_VAT_RATE_BP = 600;

/**
 * A tax-inclusive amount split into income and output VAT: net = round(gross ÷ (1 + rate)),
 * half away from zero, VAT = gross − net, so the two always add back to the gross to the fen.
 * Integer arithmetic throughout (a float ÷ 1.06 misrounds amounts like 1.59 yuan).
 */
export function splitVat(grossFen: number, rateBp: number = AD_VAT_RATE_BP): { netFen: number; vatFen: number } {
  if (!Number.isSafeInteger(grossFen)) throw new RangeError('gross must be whole fen');
  if (grossFen < 0) {
    const { netFen, vatFen } = splitVat(-grossFen, rateBp);
    return { netFen: -netFen, vatFen: -vatFen };
  }
  const num = BigInt(grossFen) * 10000n;
  const den = BigInt(10000 + rateBp);
  const q = num / den;
  const netFen = Number((num % den) * 2n >= den ? q + 1n : q);
  return { netFen, vatFen: grossFen - netFen };
}

/** A flight (投放) of an agreement: the days it runs and its share of the amount. */
export interface Flight {
  startsOn: string;
  endsOn: string;
  amountFen: number;
}

export interface RecognitionBasis {
  /** The agreement's tax-inclusive amount: what all its months sum to. */
  amountFen: number;
  startsOn: string;
  endsOn: string;
  flights: readonly Flight[];
  /** Terminated early: the last day that earns; nothing after it is recognised. */
  terminatedOn?: string | null;
}

const DAY_MS = 86_400_000;
const dayNo = (d: string): number => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / DAY_MS;
const fromDayNo = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** The first day of the month a day falls in: '2026-11-15' → '2026-11-01'. */
function monthOf(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

/** The last day of a period (a month's first day). */
export function periodEnd(period: string): string {
  const y = Number(period.slice(0, 4));
  const m = Number(period.slice(5, 7));
  return fromDayNo(Date.UTC(y, m, 1) / DAY_MS - 1);
}

/** The period after (or before, with a negative step) the given one. */
export function shiftPeriod(period: string, step: number): string {
  const y = Number(period.slice(0, 4));
  const m = Number(period.slice(5, 7)) - 1 + step;
  return fromDayNo(Date.UTC(y, m, 1) / DAY_MS);
}

/** Is this a valid period, the first day of a month (YYYY-MM-01)? */
export function isPeriod(s: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])-01$/.test(s) && !s.startsWith('0000');
}

/**
 * Splits `total` over `weights` exactly (largest remainder, ties to the earlier one): the
 * parts always sum to the total. All-zero weights share equally.
 */
export function allocateByWeight(total: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  const w = weights.every((x) => x <= 0) ? weights.map(() => 1) : weights.map((x) => Math.max(0, x));
  const sum = BigInt(w.reduce((a, b) => a + b, 0));
  const T = BigInt(total);
  const parts = w.map((x) => (T * BigInt(x)) / sum);
  const rems = w.map((x, i) => ({ i, r: (T * BigInt(x)) % sum }));
  let left = T - parts.reduce((a, b) => a + b, 0n);
  rems.sort((a, b) => (b.r === a.r ? a.i - b.i : b.r > a.r ? 1 : -1));
  for (let k = 0; left > 0n; k = (k + 1) % rems.length, left--) parts[rems[k].i] += 1n;
  return parts.map(Number);
}

/** The days of [startsOn, endsOn] on or before `through` (0 if it has not started by then). */
function daysRunThrough(startsOn: string, endsOn: string, through: string): number {
  const last = Math.min(dayNo(endsOn), dayNo(through));
  return Math.max(0, last - dayNo(startsOn) + 1);
}

/**
 * What an agreement has earned by the end of a day (tax-inclusive, fen), the cumulative method:
 * the amount is first shared among its flights by their amounts, and each flight earns its share
 * in proportion to the days it has run, rounded once on the cumulative figure. A month's income
 * is then cumulative(month end) − what was recognised before, so the months of an agreement sum
 * to its amount to the fen whatever the rounding. A terminated agreement earns nothing after its
 * termination day. Without flights the agreement's own dates are its one flight.
 */
export function earnedThrough(basis: RecognitionBasis, through: string): number {
  const flights = basis.flights.length ? basis.flights : [{ startsOn: basis.startsOn, endsOn: basis.endsOn, amountFen: basis.amountFen }];
  const until = basis.terminatedOn && basis.terminatedOn < through ? basis.terminatedOn : through;
  const shares = allocateByWeight(basis.amountFen, flights.map((f) => f.amountFen));
  let earned = 0;
  flights.forEach((f, i) => {
    const days = dayNo(f.endsOn) - dayNo(f.startsOn) + 1;
    const run = daysRunThrough(f.startsOn, f.endsOn, until);
    if (days <= 0 || run <= 0) return;
    // share × run ÷ days, half up, in integers: exact for any safe amount.
    const num = BigInt(shares[i]) * BigInt(run);
    const q = num / BigInt(days);
    earned += Number((num % BigInt(days)) * 2n >= BigInt(days) ? q + 1n : q);
  });
  return earned;
}

/**
 * The gross income to recognise for a period: earned by the period's end less what earlier
 * recognitions already booked (a month skipped is caught up here; a later month already run
 * leaves nothing). Never negative.
 */
export function grossToRecognise(basis: RecognitionBasis, period: string, alreadyRecognisedFen: number): number {
  return Math.max(0, earnedThrough(basis, periodEnd(period)) - alreadyRecognisedFen);
}

/** The months an agreement earns in, with each month's gross, assuming every month is run in order. */
export function recognitionSchedule(basis: RecognitionBasis): { period: string; grossFen: number }[] {
  const out: { period: string; grossFen: number }[] = [];
  const last = basis.terminatedOn && basis.terminatedOn < basis.endsOn ? basis.terminatedOn : basis.endsOn;
  const firstStart = basis.flights.reduce((m, f) => (f.startsOn < m ? f.startsOn : m), basis.startsOn);
  const lastEnd = basis.flights.reduce((m, f) => (f.endsOn > m ? f.endsOn : m), last);
  let booked = 0;
  for (let p = monthOf(firstStart); p <= monthOf(lastEnd); p = shiftPeriod(p, 1)) {
    const gross = grossToRecognise(basis, p, booked);
    booked += gross;
    if (gross > 0) out.push({ period: p, grossFen: gross });
  }
  return out;
}

/** An instalment of the collection schedule with what is still owed on it. */
export interface OpenInstalment {
  id: number;
  dueOn: string;
  seq: number;
  owedFen: number;
}

export type AllocationProblem =
  | { kind: 'unknownInstalment'; index: number }
  | { kind: 'overInstalment'; index: number; owedFen: number }
  | { kind: 'duplicate'; index: number }
  | { kind: 'notPositive'; index: number }
  | { kind: 'overAmount'; allocatedFen: number };

export interface Allocation {
  allocations: { instalmentId: number; amountFen: number }[];
  /** More than owed: goes to 预收账款 (2203) and is applied at the next recognition. */
  advanceFen: number;
}

/**
 * Settles a collection against open instalments: oldest due first (then by agreement order)
 * unless the user allocated it by hand. By hand, each amount must be positive and at most what
 * the instalment owes, and together no more than the collection. Whatever is left is an advance.
 */
export function allocateCollection(
  amountFen: number,
  open: readonly OpenInstalment[],
  explicit?: readonly { instalmentId: number; amountFen: number }[],
): Allocation | { problem: AllocationProblem } {
  if (explicit) {
    const seen = new Set<number>();
    let sum = 0;
    for (const [index, a] of explicit.entries()) {
      const inst = open.find((o) => o.id === a.instalmentId);
      if (!inst) return { problem: { kind: 'unknownInstalment', index } };
      if (seen.has(a.instalmentId)) return { problem: { kind: 'duplicate', index } };
      if (a.amountFen <= 0) return { problem: { kind: 'notPositive', index } };
      if (a.amountFen > inst.owedFen) return { problem: { kind: 'overInstalment', index, owedFen: inst.owedFen } };
      seen.add(a.instalmentId);
      sum += a.amountFen;
    }
    if (sum > amountFen) return { problem: { kind: 'overAmount', allocatedFen: sum } };
    return { allocations: explicit.map((a) => ({ ...a })), advanceFen: amountFen - sum };
  }
  const sorted = [...open].sort((a, b) => (a.dueOn === b.dueOn ? a.seq - b.seq || a.id - b.id : a.dueOn < b.dueOn ? -1 : 1));
  let left = amountFen;
  const allocations: { instalmentId: number; amountFen: number }[] = [];
  for (const o of sorted) {
    if (left <= 0) break;
    const take = Math.min(left, o.owedFen);
    if (take <= 0) continue;
    allocations.push({ instalmentId: o.id, amountFen: take });
    left -= take;
  }
  return { allocations, advanceFen: left };
}
