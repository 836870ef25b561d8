import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import {
  addPeriods,
  AGEING_BUCKETS,
  ageingBucket,
  calendarDay,
  daysPastDue,
  hasAnyRole,
  LEDGER_REPORT_BRANCH_ROLES,
  LEDGER_REPORT_READ_ALL_ROLES,
  monthEnd,
  trialBalance as rollUp,
  type AgeingBucket,
} from '@portal/domain';
import type {
  AgeingBuckets,
  AgreementsReport,
  GeneralLedger,
  IncomeReport,
  LedgerLine,
  ReceivableCustomer,
  ReportOptions,
  Receivables,
  TrialBalance,
} from '@portal/domain/contracts';
import { Invalid } from '../../http/errors';
import type { Lang } from '../../http/lang';
import type { SessionUser } from '../../http/session';
import { loadUnitTree, type PlacedUnit } from '../units/units.scope';
import type { UnitTree } from '@portal/domain';
import * as repo from './ledger-reports.repo';
import type { AgreementsQuery, GeneralLedgerQuery, IncomeQuery, ReceivablesQuery, TrialBalanceQuery } from './ledger-reports.schema';

/** The most months one income report spans: three years of charts is already more than a screen shows. */
export const MAX_INCOME_MONTHS = 36;

/**
 * What a reader may see and what the filters ask for, as the line units to keep (null: all).
 * Finance, leaders, the HQ centre GM and audit read every unit; a branch's people read the lines
 * whose unit lies in their branch (the branch or a department under it), nothing else.
 */
export interface ReportScope {
  tree: UnitTree<PlacedUnit>;
  units: readonly number[] | null;
  customerId?: number;
}

export async function reportScope(db: Knex, user: SessionUser, f: { unit?: number; customer?: number }): Promise<ReportScope> {
  // The unit tree and the customer's check at once: one round trip less per report than one after the other.
  const [tree, customerKnown] = await Promise.all([loadUnitTree(db), f.customer === undefined ? true : repo.customerName(db, f.customer).then((n) => n !== undefined)]);
  let units: number[] | null = null;
  if (!hasAnyRole(user.roles, LEDGER_REPORT_READ_ALL_ROLES)) {
    const branches = tree.placeScope(user.roles, LEDGER_REPORT_BRANCH_ROLES);
    if (branches !== null) units = branches.flatMap((b) => tree.subtree(b).map((u) => u.id));
  }
  if (f.unit !== undefined) {
    const unit = tree.get(f.unit);
    if (!unit) throw Invalid.field('unit', 'ledgerReports.unknownUnit');
    // HQ or a branch stands for everything it owns (HQ's centres, not the branches under the root).
    const wanted =
      unit.kind === 'hq' || unit.kind === 'branch'
        ? tree.units.filter((u) => tree.owningUnit(u.id)?.id === unit.id).map((u) => u.id)
        : tree.subtree(unit.id).map((u) => u.id);
    units = units === null ? wanted : units.filter((id) => wanted.includes(id));
  }
  if (!customerKnown) throw Invalid.field('customer', 'ledgerReports.unknownCustomer');
  return { tree, units, customerId: f.customer };
}

const unitName = (tree: UnitTree<PlacedUnit>, id: number, lang: Lang) => {
  const u = tree.get(id);
  return u ? (lang === 'en' ? u.name_en || u.name_zh : u.name_zh) : '';
};

/** 科目余额表 for a period: opening, the period's debits and credits, closing, parents rolled up. */
export async function trialBalance(db: Knex, user: SessionUser, f: TrialBalanceQuery): Promise<TrialBalance> {
  const [scope, sources, accounts] = await Promise.all([reportScope(db, user, f), trialSources(db, f.period), repo.listAccounts(db)]);
  const sums = await repo.trialSums(db, f.period, scope, sources);
  const leaves = new Map(sums.map((s) => [s.account_code, { openingFen: Number(s.opening_fen), debitFen: Number(s.debit_fen), creditFen: Number(s.credit_fen) }]));
  const { lines, totals } = rollUp(
    accounts.map((a) => ({ code: a.code, parentCode: a.parent_code, name: a.name, nameEn: a.name_en, normalSide: a.normal_side })),
    leaves,
  );
  return { period: f.period, lines, totals };
}

/**
 * The closed months the balance cache holds, bringing it up to date first: the run of closed (or
 * locked) months at the start of the ledger, each stamped with a digest of its own and every earlier
 * month's closing time. A month reopened, or closed again since it was cached, breaks the run of
 * matching stamps there, and the cache is rebuilt from that month on; a month with no closing time
 * is never cached. The cache only saves adding up old lines: the figures are the journal's either way.
 */
export async function cachedRun(db: Knex): Promise<{ periods: string[]; cached: string[] }> {
  const [periods, have] = await Promise.all([repo.listPeriods(db), repo.cachedPeriods(db)]);
  const expected: { period: string; stamp: string }[] = [];
  let chain = '';
  for (const p of periods) {
    if ((p.status !== 'closed' && p.status !== 'locked') || !p.closed_at) break;
    chain = createHash('sha256').update(`${chain}|${p.period}@${new Date(p.closed_at).toISOString()}`).digest('hex');
    expected.push({ period: p.period, stamp: chain });
  }
  const matching = (have: { period: string; stamp: string }[]) => {
    let n = 0;
    while (n < expected.length && have[n]?.period === expected[n].period && have[n].stamp === expected[n].stamp) n++;
    return n;
  };
  if (matching(have) < expected.length || have.length > expected.length) {
    await db.transaction(async (trx) => {
      await repo.lockCache(trx);
      // Another reader may have rebuilt it while this one waited for the lock.
      const now = await repo.cachedPeriods(trx);
      const keep = matching(now);
      if (keep === expected.length && now.length === keep) return;
      const from = expected[keep]?.period ?? now[keep].period;
      await repo.dropCacheFrom(trx, from);
      for (let i = keep; i < expected.length; i++) await repo.cachePeriod(trx, expected[i].period, i > 0 ? expected[i - 1].period : null, expected[i].stamp);
    });
  }
  return { periods: periods.map((p) => p.period), cached: expected.map((e) => e.period) };
}

/** Where a trial balance of `period` reads: the last cached month before it, the months after that, the period itself. */
export async function trialSources(db: Knex, period: string): Promise<repo.TrialSources> {
  const { periods, cached } = await cachedRun(db);
  const base = cached.filter((p) => p < period).at(-1) ?? null;
  return { base, gap: periods.filter((p) => p < period && (base === null || p > base)), periodCached: cached.includes(period) };
}

/** The account and every account under it: a parent's ledger is its children's lines. */
async function accountWithChildren(db: Knex, code: string) {
  const accounts = await repo.listAccounts(db);
  const account = accounts.find((a) => a.code === code);
  if (!account) throw Invalid.field('account', 'ledgerReports.unknownAccount', { code });
  const codes = accounts.filter((a) => a.code === code || a.code.startsWith(`${code}.`)).map((a) => a.code);
  return { account, codes };
}

export interface LedgerRange {
  account: GeneralLedger['account'];
  filter: repo.LedgerFilter;
  /** +1 for a debit account, −1 for a credit one: balances read on the account's own side */
  sign: number;
  openingFen: number;
  scope: ReportScope;
}

export async function ledgerRange(db: Knex, user: SessionUser, f: GeneralLedgerQuery): Promise<LedgerRange> {
  if (f.to < f.from) throw Invalid.field('to', 'ledgerReports.rangeReversed');
  const scope = await reportScope(db, user, f);
  const { account, codes } = await accountWithChildren(db, f.account);
  const filter: repo.LedgerFilter = { units: scope.units, customerId: scope.customerId, codes, from: f.from, to: f.to };
  const before = await repo.ledgerBefore(db, filter);
  const sign = account.normal_side === 'debit' ? 1 : -1;
  return {
    account: { code: account.code, name: account.name, nameEn: account.name_en, normalSide: account.normal_side },
    filter,
    sign,
    openingFen: sign * (Number(before.debit_fen) - Number(before.credit_fen)),
    scope,
  };
}

export function toLedgerLine(r: repo.LedgerLineRow, range: LedgerRange, lang: Lang): LedgerLine {
  return {
    entryId: Number(r.entry_id),
    entryNumber: r.entry_number,
    entryDate: r.entry_date,
    period: r.period,
    kind: r.entry_kind,
    lineNo: r.line_no,
    accountCode: r.account_code,
    memo: r.memo,
    debitFen: Number(r.debit_fen),
    creditFen: Number(r.credit_fen),
    balanceFen: range.openingFen + range.sign * Number(r.running_fen),
    unit: r.unit_id === null ? null : { id: r.unit_id, name: unitName(range.scope.tree, r.unit_id, lang) },
    customer: r.customer_id === null ? null : { id: r.customer_id, name: r.customer_name ?? '' },
  };
}

/** 明细账: the account's lines from `from` to `to` with the balance each leaves, one page at a time. */
export async function generalLedger(db: Knex, user: SessionUser, lang: Lang, f: GeneralLedgerQuery): Promise<GeneralLedger> {
  const range = await ledgerRange(db, user, f);
  const [totals, rows] = await Promise.all([
    repo.ledgerTotals(db, range.filter),
    repo.ledgerLines(db, range.filter, { offset: (f.page - 1) * f.pageSize, limit: f.pageSize }),
  ]);
  const debitFen = Number(totals.debit_fen);
  const creditFen = Number(totals.credit_fen);
  return {
    account: range.account,
    from: f.from,
    to: f.to,
    openingFen: range.openingFen,
    debitFen,
    creditFen,
    closingFen: range.openingFen + range.sign * (debitFen - creditFen),
    items: rows.map((r) => toLedgerLine(r, range, lang)),
    total: totals.n,
  };
}

const noBuckets = (): AgeingBuckets => Object.fromEntries(AGEING_BUCKETS.map((b) => [b, 0])) as Record<AgeingBucket, number>;

/** 应收账款账龄: per customer, each instalment's amount less what was collected by the as-of date, aged from its due date. */
export async function receivables(db: Knex, user: SessionUser, f: ReceivablesQuery): Promise<Receivables> {
  const scope = await reportScope(db, user, f);
  const asOf = f.asOf ?? calendarDay(new Date());
  const rows = await repo.instalmentsOwed(db, asOf, scope);
  const customers = new Map<number, ReceivableCustomer>();
  const totals = { owedFen: 0, buckets: noBuckets() };
  for (const r of rows) {
    const owedFen = Number(r.amount_fen) - Number(r.collected_fen);
    const days = daysPastDue(r.due_on, asOf);
    const bucket = ageingBucket(days);
    let c = customers.get(r.customer_id);
    if (!c) customers.set(r.customer_id, (c = { customer: { id: r.customer_id, name: r.customer_name }, owedFen: 0, buckets: noBuckets(), instalments: [] }));
    c.instalments.push({
      instalmentId: r.instalment_id,
      agreementId: r.agreement_id,
      agreementNumber: r.agreement_number,
      seq: r.seq,
      dueOn: r.due_on,
      amountFen: Number(r.amount_fen),
      collectedFen: Number(r.collected_fen),
      owedFen,
      daysPastDue: days,
      bucket,
    });
    c.owedFen += owedFen;
    c.buckets[bucket] += owedFen;
    totals.owedFen += owedFen;
    totals.buckets[bucket] += owedFen;
  }
  return { asOf, customers: [...customers.values()], totals };
}

/** Agreements with their amount, income recognised, collected and what is still to collect. */
export async function agreements(db: Knex, user: SessionUser, lang: Lang, f: AgreementsQuery, page = { offset: (f.page - 1) * f.pageSize, limit: f.pageSize }): Promise<AgreementsReport> {
  const scope = await reportScope(db, user, f);
  const filter: repo.AgreementFilter = { units: scope.units, customerId: scope.customerId, status: f.status, q: f.q };
  const [totals, rows] = await Promise.all([repo.agreementsTotals(db, filter), repo.agreementsPage(db, filter, page)]);
  const n = (v: number) => Number(v);
  return {
    items: rows.map((r) => ({
      id: r.id,
      number: r.number,
      status: r.status,
      unit: { id: r.unit_id, name: unitName(scope.tree, r.unit_id, lang) },
      customer: { id: r.customer_id, name: r.customer_name },
      startsOn: r.starts_on,
      endsOn: r.ends_on,
      amountFen: n(r.amount_fen),
      recognisedFen: n(r.recognised_fen),
      collectedFen: n(r.collected_fen),
      outstandingFen: n(r.amount_fen) - n(r.collected_fen),
    })),
    total: totals.n,
    totals: {
      amountFen: n(totals.amount_fen),
      recognisedFen: n(totals.recognised_fen),
      collectedFen: n(totals.collected_fen),
      outstandingFen: n(totals.amount_fen) - n(totals.collected_fen),
    },
  };
}

/** Income net of VAT (the 6051 accounts) by month × our unit (HQ or the branch) and by customer. */
export async function income(db: Knex, user: SessionUser, lang: Lang, f: IncomeQuery): Promise<IncomeReport> {
  if (f.to < f.from) throw Invalid.field('to', 'ledgerReports.rangeReversed');
  if (f.to > addPeriods(f.from, MAX_INCOME_MONTHS - 1)) throw Invalid.field('to', 'ledgerReports.rangeTooLong', { max: MAX_INCOME_MONTHS });
  const scope = await reportScope(db, user, f);
  const accounts = await repo.listAccounts(db);
  const codes = accounts.filter((a) => a.code === '6051' || a.code.startsWith('6051.')).map((a) => a.code);
  const rows = codes.length ? await repo.incomeSums(db, codes, f.from, f.to, scope) : [];
  const root = scope.tree.units.find((u) => u.parentId === null);
  const cells = new Map<string, { period: string; unitId: number; netFen: number }>();
  const byCustomer = new Map<number, { customer: { id: number; name: string }; netFen: number }>();
  let totalFen = 0;
  for (const r of rows) {
    const net = Number(r.net_fen);
    totalFen += net;
    // A line's unit may be a department: income counts for the HQ or branch that owns it.
    const owner = (r.unit_id === null ? null : scope.tree.owningUnit(r.unit_id)) ?? root;
    const unitId = owner?.id ?? 0;
    const key = `${r.period}|${unitId}`;
    const cell = cells.get(key) ?? { period: r.period, unitId, netFen: 0 };
    cell.netFen += net;
    cells.set(key, cell);
    if (r.customer_id !== null) {
      const c = byCustomer.get(r.customer_id) ?? { customer: { id: r.customer_id, name: r.customer_name ?? '' }, netFen: 0 };
      c.netFen += net;
      byCustomer.set(r.customer_id, c);
    }
  }
  const months: string[] = [];
  for (let m = f.from; m <= f.to; m = addPeriods(m, 1)) months.push(m);
  const unitIds = new Set([...cells.values()].map((c) => c.unitId));
  const order = new Map(scope.tree.units.map((u, i) => [u.id, i]));
  return {
    from: f.from,
    to: monthEnd(f.to),
    months,
    units: [...unitIds].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)).map((id) => ({ id, name: unitName(scope.tree, id, lang) })),
    byMonthUnit: [...cells.values()].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0))),
    byCustomer: [...byCustomer.values()].sort((a, b) => b.netFen - a.netFen || a.customer.id - b.customer.id),
    totalFen,
  };
}

/** The filters' choices: HQ and every branch for those who read all, a branch's people their own branch. */
export async function options(db: Knex, user: SessionUser, lang: Lang): Promise<ReportOptions> {
  const scope = await reportScope(db, user, {});
  const places = scope.tree.units.filter((u) => (u.kind === 'hq' || u.kind === 'branch') && (scope.units === null || scope.units.includes(u.id)));
  const [customers, accounts] = await Promise.all([repo.agreementCustomers(db, scope.units), repo.listAccounts(db)]);
  return {
    units: places.map((u) => ({ id: u.id, name: unitName(scope.tree, u.id, lang) })),
    customers,
    accounts: accounts.map((a) => ({ code: a.code, name: a.name, nameEn: a.name_en, leaf: a.leaf })),
  };
}
