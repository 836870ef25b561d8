import type { Knex } from 'knex';
import { accountsView } from '../accounts/accounts.reads.repo';
import { agreementsView, instalmentsView } from '../ad-agreements/ad-agreements.reads.repo';
import { allocationsView } from '../collections/collections.reads.repo';
import { customersView } from '../customers/customers.reads.repo';
import { recognitionsView } from '../income-recognition/income-recognition.reads.repo';
import { journalLinesView } from '../journal/journal.reads.repo';
import { periodsView } from '../periods/periods.reads.repo';

/**
 * The reports own no table: every figure is read from the journal and the documents beside it
 * through the views their modules publish. A unit scope (`units`) is the list of line units a
 * reader may see, or null for all; a line with no unit is head office's bookkeeping and shows
 * only to those who see everything.
 */

export interface LineFilter {
  units: readonly number[] | null;
  customerId?: number;
}

function filtered(qb: Knex.QueryBuilder, alias: string, f: LineFilter): Knex.QueryBuilder {
  if (f.units) qb.whereIn(`${alias}.unit_id`, f.units);
  if (f.customerId !== undefined) qb.where(`${alias}.customer_id`, f.customerId);
  return qb;
}

/**
 * `whereNotExists(reversalOf(db, 'c.entry_id'))`: the entry has not been reversed. Its lines stand in
 * the ledger, but the document it posted (a collection, a recognition) no longer counts. Correlated,
 * so each row is one lookup on the unique reverses_id, however many reversals the ledger holds.
 */
const reversalOf = (db: Knex, entryColumn: string) => journalLinesView(db).clearSelect().select(db.raw('1')).where('e.reverses_id', db.ref(entryColumn));

export interface AccountRow {
  code: string;
  name: string;
  name_en: string | null;
  parent_code: string | null;
  normal_side: 'debit' | 'credit';
  leaf: boolean;
}

export async function listAccounts(db: Knex): Promise<AccountRow[]> {
  return db.from(accountsView(db).as('a')).select('*').orderBy('code');
}

export interface TrialSumRow {
  account_code: string;
  opening_fen: number;
  debit_fen: number;
  credit_fen: number;
}

/**
 * Where a trial balance of `period` takes its figures: the cumulative balances cached for `base`
 * (the last cached month before it, null if none), the lines of the months after it and before the
 * period (`gap`: every earlier month when there is no base), and the period itself from the cache
 * when `periodCached`, else from its lines.
 */
export interface TrialSources {
  base: string | null;
  gap: readonly string[];
  periodCached: boolean;
}

/** Per account posted to: the balance before the period (debit-positive) and the period's debits and credits. */
export async function trialSums(db: Knex, period: string, f: LineFilter, src: TrialSources): Promise<TrialSumRow[]> {
  const parts: Knex.QueryBuilder[] = [];
  const cached = (at: string, cols: Knex.Raw[]) => filtered(db('ledger_balances as b').where('b.period', at).select('b.account_code', ...cols), 'b', f);
  if (src.base) {
    // The base month's cumulative figures open the period; when the period is cached too, its own
    // movements are its cumulative figures less the base's.
    const undo = src.periodCached ? ['-b.debit_fen', '-b.credit_fen'] : ['0', '0'];
    parts.push(cached(src.base, [db.raw('b.debit_fen - b.credit_fen as opening_fen'), db.raw(`${undo[0]} as debit_fen`), db.raw(`${undo[1]} as credit_fen`)]));
  }
  if (src.periodCached) {
    parts.push(cached(period, [db.raw('0 as opening_fen'), db.raw('b.debit_fen'), db.raw('b.credit_fen')]));
  } else {
    const lines = db
      .from(journalLinesView(db).as('jl'))
      .whereIn('jl.period', [...src.gap, period])
      .select(
        'jl.account_code',
        db.raw('case when jl.period < ? then jl.debit_fen - jl.credit_fen else 0 end as opening_fen', [period]),
        db.raw('case when jl.period = ? then jl.debit_fen else 0 end as debit_fen', [period]),
        db.raw('case when jl.period = ? then jl.credit_fen else 0 end as credit_fen', [period]),
      );
    parts.push(filtered(lines, 'jl', f));
  }
  const [first, ...rest] = parts;
  const all = rest.length ? first.unionAll(rest, true) : first;
  return db
    .from(all.as('u'))
    .groupBy('u.account_code')
    .select(
      'u.account_code',
      db.raw('coalesce(sum(u.opening_fen), 0)::bigint as opening_fen'),
      db.raw('coalesce(sum(u.debit_fen), 0)::bigint as debit_fen'),
      db.raw('coalesce(sum(u.credit_fen), 0)::bigint as credit_fen'),
    );
}

export interface PeriodRow {
  period: string;
  status: string;
  closed_at: Date | null;
}

export async function listPeriods(db: Knex): Promise<PeriodRow[]> {
  return db.from(periodsView(db).as('p')).select('p.period', 'p.status', 'p.closed_at').orderBy('p.period');
}

export async function cachedPeriods(db: Knex): Promise<{ period: string; stamp: string }[]> {
  return db('ledger_balance_periods').select('period', 'stamp').orderBy('period');
}

/** One builder at a time: a second reader waits, then finds the cache built. */
export async function lockCache(trx: Knex): Promise<void> {
  await trx.raw(`select pg_advisory_xact_lock(hashtext('ledger_balances'))`);
}

/** Forgets the cached months from `period` on (their balances go with them). */
export async function dropCacheFrom(trx: Knex, period: string): Promise<void> {
  await trx('ledger_balance_periods').where('period', '>=', period).del();
}

/** Caches `period`'s cumulative balances: the month before's (if cached) plus the month's own lines. */
export async function cachePeriod(trx: Knex, period: string, previous: string | null, stamp: string): Promise<void> {
  await trx('ledger_balance_periods').insert({ period, stamp });
  const lines = trx
    .from(journalLinesView(trx).as('jl'))
    .where('jl.period', period)
    .select('jl.account_code', 'jl.unit_id', 'jl.customer_id', 'jl.debit_fen', 'jl.credit_fen');
  const source = previous
    ? trx('ledger_balances as p').where('p.period', previous).select('p.account_code', 'p.unit_id', 'p.customer_id', 'p.debit_fen', 'p.credit_fen').unionAll(lines, true)
    : lines;
  const grouped = trx
    .from(source.as('s'))
    .groupBy('s.account_code', 's.unit_id', 's.customer_id')
    .select(trx.raw('?::date', [period]), 's.account_code', 's.unit_id', 's.customer_id', trx.raw('sum(s.debit_fen)::bigint'), trx.raw('sum(s.credit_fen)::bigint'));
  await trx.raw('insert into ledger_balances (period, account_code, unit_id, customer_id, debit_fen, credit_fen) ?', [grouped]);
}

export interface LedgerFilter extends LineFilter {
  codes: readonly string[];
  from: string;
  to: string;
}

/** Debits and credits of the accounts before `from`: the ledger's opening. */
export async function ledgerBefore(db: Knex, f: LedgerFilter): Promise<{ debit_fen: number; credit_fen: number }> {
  const q = db
    .from(journalLinesView(db).as('jl'))
    .whereIn('jl.account_code', f.codes)
    .where('jl.entry_date', '<', f.from)
    .first(db.raw('coalesce(sum(jl.debit_fen), 0)::bigint as debit_fen'), db.raw('coalesce(sum(jl.credit_fen), 0)::bigint as credit_fen'));
  return filtered(q, 'jl', f);
}

export interface LedgerLineRow {
  entry_id: number;
  entry_number: string;
  entry_date: string;
  period: string;
  entry_kind: string;
  line_no: number;
  account_code: string;
  memo: string;
  debit_fen: number;
  credit_fen: number;
  /** debit − credit from the first line in range through this one */
  running_fen: number;
  unit_id: number | null;
  customer_id: number | null;
  customer_name: string | null;
}

function ledgerRange(db: Knex, f: LedgerFilter): Knex.QueryBuilder {
  const q = db
    .from(journalLinesView(db).as('jl'))
    .whereIn('jl.account_code', f.codes)
    .whereBetween('jl.entry_date', [f.from, f.to]);
  return filtered(q, 'jl', f);
}

/** The range's debits, credits and line count. */
export async function ledgerTotals(db: Knex, f: LedgerFilter): Promise<{ n: number; debit_fen: number; credit_fen: number }> {
  return ledgerRange(db, f).first(
    db.raw('count(*)::int as n'),
    db.raw('coalesce(sum(jl.debit_fen), 0)::bigint as debit_fen'),
    db.raw('coalesce(sum(jl.credit_fen), 0)::bigint as credit_fen'),
  );
}

/**
 * One page of the range's lines in posting order (date, entry, line), each with the running sum
 * of debit − credit since the range began: the window runs over the whole range, so a later page
 * carries the balance the earlier ones left.
 */
export async function ledgerLines(db: Knex, f: LedgerFilter, page: { offset: number; limit: number }): Promise<LedgerLineRow[]> {
  const ranged = ledgerRange(db, f).select(
    'jl.entry_id',
    'jl.entry_number',
    'jl.entry_date',
    'jl.period',
    'jl.entry_kind',
    'jl.line_no',
    'jl.account_code',
    'jl.memo',
    'jl.debit_fen',
    'jl.credit_fen',
    'jl.unit_id',
    'jl.customer_id',
    db.raw('sum(jl.debit_fen - jl.credit_fen) over (order by jl.entry_date, jl.entry_id, jl.line_no rows unbounded preceding)::bigint as running_fen'),
  );
  return db
    .from(ranged.as('r'))
    .leftJoin(customersView(db).as('c'), 'c.id', 'r.customer_id')
    .select('r.*', 'c.name as customer_name')
    .orderBy([{ column: 'r.entry_date' }, { column: 'r.entry_id' }, { column: 'r.line_no' }])
    .offset(page.offset)
    .limit(page.limit);
}

export interface InstalmentOwedRow {
  instalment_id: number;
  agreement_id: number;
  agreement_number: string;
  seq: number;
  due_on: string;
  amount_fen: number;
  collected_fen: number;
  customer_id: number;
  customer_name: string;
}

/**
 * Instalments of signed agreements (a draft owes nothing yet) with what collections received by
 * `asOf` settled of them, a reversed collection not counted; only those still owed.
 */
export async function instalmentsOwed(db: Knex, asOf: string, f: { units: readonly number[] | null; customerId?: number }): Promise<InstalmentOwedRow[]> {
  const allocations = allocationsView(db)
    .where('c.received_on', '<=', asOf)
    .whereNotExists(reversalOf(db, 'c.entry_id'));
  const q = db
    .from(instalmentsView(db).as('i'))
    .join(customersView(db).as('cu'), 'cu.id', 'i.customer_id')
    .leftJoin(allocations.as('al'), 'al.instalment_id', 'i.id')
    .whereNot('i.agreement_status', 'draft')
    .groupBy('i.id', 'i.agreement_id', 'i.agreement_number', 'i.seq', 'i.due_on', 'i.amount_fen', 'i.customer_id', 'cu.name')
    .havingRaw('i.amount_fen > coalesce(sum(al.amount_fen), 0)')
    .select(
      'i.id as instalment_id',
      'i.agreement_id',
      'i.agreement_number',
      'i.seq',
      'i.due_on',
      'i.amount_fen',
      'i.customer_id',
      'cu.name as customer_name',
      db.raw('coalesce(sum(al.amount_fen), 0)::bigint as collected_fen'),
    )
    .orderBy([{ column: 'cu.name' }, { column: 'i.customer_id' }, { column: 'i.due_on' }, { column: 'i.id' }]);
  if (f.units) q.whereIn('i.unit_id', f.units);
  if (f.customerId !== undefined) q.where('i.customer_id', f.customerId);
  return q;
}

export interface AgreementFiguresRow {
  id: number;
  number: string;
  status: string;
  unit_id: number;
  customer_id: number;
  customer_name: string;
  starts_on: string;
  ends_on: string;
  amount_fen: number;
  recognised_fen: number;
  collected_fen: number;
}

export interface AgreementFilter {
  units: readonly number[] | null;
  customerId?: number;
  status?: string;
  q?: string;
}

function agreementsFiltered(db: Knex, f: AgreementFilter): Knex.QueryBuilder {
  const q = db.from(agreementsView(db).as('a')).join(customersView(db).as('cu'), 'cu.id', 'a.customer_id');
  if (f.units) q.whereIn('a.unit_id', f.units);
  if (f.customerId !== undefined) q.where('a.customer_id', f.customerId);
  if (f.status) q.where('a.status', f.status);
  if (f.q) q.where((w) => w.whereILike('a.number', `%${f.q}%`).orWhereILike('cu.name', `%${f.q}%`));
  return q;
}

/**
 * Per agreement: its amount, the gross income recognised (recognitions whose entry was not
 * reversed) and what collections (not reversed) settled of its instalments.
 */
function agreementFigures(db: Knex, f: AgreementFilter): Knex.QueryBuilder {
  const recognised = db
    .from(recognitionsView(db).as('r'))
    .whereNotExists(reversalOf(db, 'r.entry_id'))
    .groupBy('r.agreement_id')
    .select('r.agreement_id', db.raw('sum(r.gross_fen)::bigint as fen'));
  const collected = db
    .from(allocationsView(db).as('al'))
    .join(instalmentsView(db).as('i'), 'i.id', 'al.instalment_id')
    .whereNotExists(reversalOf(db, 'al.entry_id'))
    .groupBy('i.agreement_id')
    .select('i.agreement_id', db.raw('sum(al.amount_fen)::bigint as fen'));
  return agreementsFiltered(db, f)
    .leftJoin(recognised.as('rec'), 'rec.agreement_id', 'a.id')
    .leftJoin(collected.as('col'), 'col.agreement_id', 'a.id')
    .select(
      'a.id',
      'a.number',
      'a.status',
      'a.unit_id',
      'a.customer_id',
      'cu.name as customer_name',
      'a.starts_on',
      'a.ends_on',
      'a.amount_fen',
      db.raw('coalesce(rec.fen, 0)::bigint as recognised_fen'),
      db.raw('coalesce(col.fen, 0)::bigint as collected_fen'),
    );
}

export async function agreementsPage(db: Knex, f: AgreementFilter, page: { offset: number; limit: number }): Promise<AgreementFiguresRow[]> {
  return agreementFigures(db, f).orderBy([{ column: 'a.starts_on', order: 'desc' }, { column: 'a.id', order: 'desc' }]).offset(page.offset).limit(page.limit);
}

export async function agreementsTotals(db: Knex, f: AgreementFilter): Promise<{ n: number; amount_fen: number; recognised_fen: number; collected_fen: number }> {
  return db
    .from(agreementFigures(db, f).as('x'))
    .first(
      db.raw('count(*)::int as n'),
      db.raw('coalesce(sum(x.amount_fen), 0)::bigint as amount_fen'),
      db.raw('coalesce(sum(x.recognised_fen), 0)::bigint as recognised_fen'),
      db.raw('coalesce(sum(x.collected_fen), 0)::bigint as collected_fen'),
    );
}

export interface IncomeRow {
  period: string;
  unit_id: number | null;
  customer_id: number | null;
  customer_name: string | null;
  net_fen: number;
}

/** Credits less debits of the income accounts per month, line unit and customer (a reversal nets its original out). */
export async function incomeSums(db: Knex, codes: readonly string[], from: string, to: string, f: LineFilter): Promise<IncomeRow[]> {
  const q = db
    .from(journalLinesView(db).as('jl'))
    .leftJoin(customersView(db).as('cu'), 'cu.id', 'jl.customer_id')
    .whereIn('jl.account_code', codes)
    .whereBetween('jl.period', [from, to])
    .groupBy('jl.period', 'jl.unit_id', 'jl.customer_id', 'cu.name')
    .select('jl.period', 'jl.unit_id', 'jl.customer_id', 'cu.name as customer_name', db.raw('sum(jl.credit_fen - jl.debit_fen)::bigint as net_fen'));
  return filtered(q, 'jl', f);
}

export async function customerName(db: Knex, id: number): Promise<string | undefined> {
  const row = await db.from(customersView(db).as('c')).where('c.id', id).first('c.name');
  return row?.name;
}

/** The customers of the agreements in scope, by name: what the customer filter offers. */
export async function agreementCustomers(db: Knex, units: readonly number[] | null): Promise<{ id: number; name: string }[]> {
  const q = db
    .from(agreementsView(db).as('a'))
    .join(customersView(db).as('cu'), 'cu.id', 'a.customer_id')
    .distinct('cu.id', 'cu.name')
    .orderBy([{ column: 'cu.name' }, { column: 'cu.id' }]);
  if (units) q.whereIn('a.unit_id', units);
  return q;
}
