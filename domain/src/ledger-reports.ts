import type { Role } from './roles';

/**
 * The ledger's reports (财务报表, issue 14 §6): the rules a finance clerk could state in a
 * sentence — who reads which rows, how a receivable ages, how a trial balance rolls leaf
 * accounts up into their parents and proves that debits equal credits.
 */

/** Read every unit's rows: finance, company leaders, the HQ centre GM and audit. */
export const LEDGER_REPORT_READ_ALL_ROLES: readonly Role[] = ['finance', 'company_leader', 'hq_center_gm', 'auditor'];
/** Read only rows whose unit lies in their own branch. */
export const LEDGER_REPORT_BRANCH_ROLES: readonly Role[] = ['branch_gm', 'branch_ecommerce_clerk', 'branch_marketer'];
export const LEDGER_REPORT_ROLES: readonly Role[] = [...LEDGER_REPORT_READ_ALL_ROLES, ...LEDGER_REPORT_BRANCH_ROLES];

/** Ageing buckets by days past the instalment's due date: not yet due (≤ 0), 1–30, 31–60, 61–90, over 90. */
export const AGEING_BUCKETS = ['current', 'd1_30', 'd31_60', 'd61_90', 'over90'] as const;
export type AgeingBucket = (typeof AGEING_BUCKETS)[number];

export const AGEING_BUCKET_LABELS: Record<AgeingBucket, { zh: string; en: string }> = {
  current: { zh: '未到期', en: 'Not yet due' },
  d1_30: { zh: '逾期1–30天', en: '1–30 days' },
  d31_60: { zh: '逾期31–60天', en: '31–60 days' },
  d61_90: { zh: '逾期61–90天', en: '61–90 days' },
  over90: { zh: '逾期90天以上', en: 'Over 90 days' },
};

const DAY_MS = 86_400_000;

function utcDay(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

/** Whole days from the due date to the as-of date: 0 on the due day, negative before it. */
export function daysPastDue(dueOn: string, asOf: string): number {
  return Math.round((utcDay(asOf) - utcDay(dueOn)) / DAY_MS);
}

/** The bucket of an amount that is `days` past due: the due day itself is not yet overdue. */
export function ageingBucket(days: number): AgeingBucket {
  if (days <= 0) return 'current';
  if (days <= 30) return 'd1_30';
  if (days <= 60) return 'd31_60';
  if (days <= 90) return 'd61_90';
  return 'over90';
}


/** The first day of the month `n` months after `period` (n may be negative): periods, where supplier-prices' addMonths works in YYYY-MM. */
export function addPeriods(period: string, n: number): string {
  const [y, m] = period.split('-').map(Number);
  const idx = y * 12 + (m - 1) + n;
  return `${String(Math.floor(idx / 12)).padStart(4, '0')}-${String((idx % 12) + 1).padStart(2, '0')}-01`;
}

/** The last day of the month of `period`. */
export function monthEnd(period: string): string {
  return new Date(utcDay(addPeriods(period, 1)) - DAY_MS).toISOString().slice(0, 10);
}

export interface TrialAccount {
  code: string;
  parentCode: string | null;
  name: string;
  nameEn: string | null;
  normalSide: 'debit' | 'credit';
}

/** A leaf account's figures for the period: the opening balance signed debit-positive, the period's debits and credits. */
export interface LeafFigures {
  openingFen: number;
  debitFen: number;
  creditFen: number;
}

export interface TrialBalanceLine {
  code: string;
  name: string;
  nameEn: string | null;
  parentCode: string | null;
  level: number;
  leaf: boolean;
  normalSide: 'debit' | 'credit';
  openingDebitFen: number;
  openingCreditFen: number;
  debitFen: number;
  creditFen: number;
  closingDebitFen: number;
  closingCreditFen: number;
}

export interface TrialBalanceTotals {
  openingDebitFen: number;
  openingCreditFen: number;
  debitFen: number;
  creditFen: number;
  closingDebitFen: number;
  closingCreditFen: number;
  balanced: boolean;
}

/** A net balance shown on the side it lies on, as a 科目余额表 prints it. */
function sides(net: number): [number, number] {
  return net >= 0 ? [net, 0] : [0, -net];
}

/**
 * The trial balance (科目余额表): every account of the chart in code order, a parent holding the
 * sum of the accounts under it, each balance shown on the side it lies on. The totals add the
 * top-level accounts (each leaf counted once), and `balanced` says whether debits equal credits
 * at the opening, in the period and at the close — what a ledger balanced at every commit proves.
 */
export function trialBalance(accounts: readonly TrialAccount[], leaves: ReadonlyMap<string, LeafFigures>): { lines: TrialBalanceLine[]; totals: TrialBalanceTotals } {
  const byCode = new Map(accounts.map((a) => [a.code, a]));
  const children = new Set(accounts.map((a) => a.parentCode).filter((c): c is string => c !== null));
  const sum = new Map<string, LeafFigures>();
  for (const a of accounts) sum.set(a.code, { openingFen: 0, debitFen: 0, creditFen: 0 });
  for (const [code, f] of leaves) {
    // Walk up from the account the lines were posted to; each ancestor holds its descendants' sum.
    let at = byCode.get(code);
    for (let depth = 0; at && depth < 20; depth++) {
      const s = sum.get(at.code)!;
      s.openingFen += f.openingFen;
      s.debitFen += f.debitFen;
      s.creditFen += f.creditFen;
      at = at.parentCode === null ? undefined : byCode.get(at.parentCode);
    }
  }
  const levelOf = (a: TrialAccount): number => {
    let level = 1;
    for (let p = a.parentCode; p !== null && level < 20; level++) p = byCode.get(p)?.parentCode ?? null;
    return level;
  };
  const lines = [...accounts]
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((a): TrialBalanceLine => {
      const s = sum.get(a.code)!;
      const [openingDebitFen, openingCreditFen] = sides(s.openingFen);
      const [closingDebitFen, closingCreditFen] = sides(s.openingFen + s.debitFen - s.creditFen);
      return {
        code: a.code,
        name: a.name,
        nameEn: a.nameEn,
        parentCode: a.parentCode,
        level: levelOf(a),
        leaf: !children.has(a.code),
        normalSide: a.normalSide,
        openingDebitFen,
        openingCreditFen,
        debitFen: s.debitFen,
        creditFen: s.creditFen,
        closingDebitFen,
        closingCreditFen,
      };
    });
  const top = lines.filter((l) => l.parentCode === null || !byCode.has(l.parentCode));
  const add = (k: keyof Pick<TrialBalanceLine, 'openingDebitFen' | 'openingCreditFen' | 'debitFen' | 'creditFen' | 'closingDebitFen' | 'closingCreditFen'>) =>
    top.reduce((n, l) => n + l[k], 0);
  const t = {
    openingDebitFen: add('openingDebitFen'),
    openingCreditFen: add('openingCreditFen'),
    debitFen: add('debitFen'),
    creditFen: add('creditFen'),
    closingDebitFen: add('closingDebitFen'),
    closingCreditFen: add('closingCreditFen'),
  };
  const balanced = t.openingDebitFen === t.openingCreditFen && t.debitFen === t.creditFen && t.closingDebitFen === t.closingCreditFen;
  return { lines, totals: { ...t, balanced } };
}
