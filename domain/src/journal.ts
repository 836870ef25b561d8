import type { Role } from './roles';

/**
 * The ad revenue ledger's roles and words (issue 14, DOMAIN.md §3 Accounting): the chart of
 * accounts (会计科目), accounting periods (会计期间) and the journal (记账凭证).
 */

/** Who posts, reverses, adds accounts and closes periods. */
export const LEDGER_WRITER_ROLES: readonly Role[] = ['finance'];
/** Who reads every entry, whatever unit they are granted in. */
export const LEDGER_READ_ALL_ROLES: readonly Role[] = ['finance', 'auditor', 'company_leader', 'hq_center_gm'];
/** Branch users: read the entries with a line on their own branch (or a unit under it). */
export const LEDGER_BRANCH_ROLES: readonly Role[] = ['branch_gm', 'branch_ecommerce_clerk', 'branch_marketer'];
export const JOURNAL_READER_ROLES: readonly Role[] = [...LEDGER_READ_ALL_ROLES, ...LEDGER_BRANCH_ROLES];
/** The chart of accounts and the periods are finance's books; audit and leadership read them. */
export const LEDGER_BOOK_READER_ROLES: readonly Role[] = LEDGER_READ_ALL_ROLES;

export const JOURNAL_KINDS = ['manual', 'recognition', 'collection', 'reversal'] as const;
export type JournalKind = (typeof JOURNAL_KINDS)[number];

export const PERIOD_STATUSES = ['open', 'closed', 'locked'] as const;
export type PeriodStatus = (typeof PERIOD_STATUSES)[number];

export const NORMAL_SIDES = ['debit', 'credit'] as const;
export type NormalSide = (typeof NORMAL_SIDES)[number];

/** An account code: four digits, then two-digit levels (6051.01.01). */
export const ACCOUNT_CODE = /^[0-9]{4}(\.[0-9]{2})*$/;

/** The moves a period may make: open → closed → locked, and closed → open (reopen). Locked is final. */
export function periodMoveAllowed(from: PeriodStatus, to: PeriodStatus): boolean {
  return (from === 'open' && to === 'closed') || (from === 'closed' && (to === 'open' || to === 'locked'));
}

/** The entry number 记-2026-11-0001: per period, four digits at least. */
export function journalNumber(period: string, seq: number): string {
  return `${journalNumberPrefix(period)}${String(seq).padStart(JOURNAL_NUMBER_DIGITS, '0')}`;
}

/** An entry number's parts, for a statement that numbers in SQL: the period's prefix, then the sequence padded to this many digits. */
export const JOURNAL_NUMBER_DIGITS = 4;
export const journalNumberPrefix = (period: string) => `记-${period.slice(0, 7)}-`;

/** 'YYYY-MM' or 'YYYY-MM-DD' → the first day of that month, as periods are kept. */
export function periodOf(day: string): string {
  return `${day.slice(0, 7)}-01`;
}
