import type { Knex } from 'knex';
import type { JournalKind } from '@portal/domain';
import { whereContains } from '../../db/like';
import { pageOf } from '../../db/paging';
import { accountsView } from '../accounts/accounts.reads.repo';
import { agreementsView } from '../ad-agreements/ad-agreements.reads.repo';
import { customersView } from '../customers/customers.reads.repo';
import { counterBump } from '../numbering/numbering.reads.repo';
import { periodsView } from '../periods/periods.reads.repo';
import { unitsView } from '../units/units.reads.repo';
import { usersView } from '../users/users.reads.repo';

export interface EntryValues {
  number: string;
  period: string;
  entry_date: string;
  kind: JournalKind;
  memo: string;
  source_type: string | null;
  source_id: number | null;
  reason: string | null;
  reverses_id: number | null;
  posted_by: number | null;
  request_key?: string | null;
}

export interface LineValues {
  line_no: number;
  account_code: string;
  debit_fen: number;
  credit_fen: number;
  unit_id: number | null;
  customer_id: number | null;
  agreement_id: number | null;
  memo: string;
}

export interface EntryRow extends EntryValues {
  id: number;
  posted_at: Date;
  posted_by_name: string | null;
  total_fen: number;
  reversed_by_id: number | null;
  reversed_by_number: string | null;
  reverses_number: string | null;
}

export interface LineRow extends LineValues {
  entry_id: number;
  account_name: string;
  account_name_en: string | null;
  unit_zh: string | null;
  unit_en: string | null;
  customer_name: string | null;
  agreement_number: string | null;
}

/** Inserts the entry and its lines; the database checks the rest (period open, leaf accounts, balanced at commit). */
export async function insertEntry(trx: Knex, entry: EntryValues, lines: LineValues[]): Promise<number> {
  const [row] = await trx('journal_entries').insert(entry).returning('id');
  const id = Number(row.id);
  // The period is the entry's (the database refuses any other); given, the lines' fill-in trigger has nothing to do.
  await trx('journal_lines').insert(lines.map((l) => ({ ...l, entry_id: id, period: entry.period })));
  return id;
}

/** jsonb_to_recordset's column list for the lines: one JSON parameter carries a whole batch. */
const LINE_RECORD = 'line_no int, account_code text, debit_fen bigint, credit_fen bigint, unit_id int, customer_id int, agreement_id int, memo text';

/**
 * Numbers an entry and inserts it with its lines in ONE statement: the voucher counter's row lock
 * (held until commit, so the series stays gapless) is taken by this statement and not before, so
 * concurrent posters queue only for it and the commit, not for the round trips before it. The
 * number is `prefix` and the sequence padded to `digits` (domain journalNumber). The database
 * checks the rest as for insertEntry.
 */
export async function insertNumberedEntry(
  trx: Knex,
  series: { type: string; unitId: number; period: string },
  format: { prefix: string; digits: number },
  entry: Omit<EntryValues, 'number'>,
  lines: LineValues[],
): Promise<{ id: number; number: string }> {
  const e = { request_key: null, ...entry };
  const { rows } = await trx.raw(
    `with c as (?),
     e as (
       insert into journal_entries (number, period, entry_date, kind, memo, source_type, source_id, reason, reverses_id, posted_by, request_key)
       select ? || lpad(c.last_seq::text, greatest(?, length(c.last_seq::text)), '0'), ?::date, ?::date, ?, ?, ?, ?, ?, ?, ?, ?
         from c
       returning id, number, period),
     l as (
       insert into journal_lines (entry_id, line_no, account_code, debit_fen, credit_fen, unit_id, customer_id, agreement_id, memo, period)
       select e.id, x.line_no, x.account_code, x.debit_fen, x.credit_fen, x.unit_id, x.customer_id, x.agreement_id, x.memo, e.period
         from e cross join jsonb_to_recordset(?::jsonb) as x(${LINE_RECORD}))
     select id, number from e`,
    [
      counterBump(trx, series),
      format.prefix,
      format.digits,
      e.period,
      e.entry_date,
      e.kind,
      e.memo,
      e.source_type,
      e.source_id,
      e.reason,
      e.reverses_id,
      e.posted_by,
      e.request_key,
      JSON.stringify(lines),
    ],
  );
  return { id: Number(rows[0].id), number: rows[0].number };
}

/**
 * Inserts many entries and then all their lines, each batch as ONE JSON parameter unpacked by
 * jsonb_to_recordset (five thousand entries, then their lines, a statement): the month-end run's
 * ten thousand vouchers in four statements, with no statement of twenty thousand bound values to
 * build, send and plan. The database's triggers check every row as for a single entry (the line
 * checks once per statement). Returns the ids in input order.
 */
export async function insertEntries(trx: Knex, entries: readonly { entry: EntryValues; lines: LineValues[] }[]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < entries.length; i += 5000) {
    const chunk = entries.slice(i, i + 5000);
    const { rows }: { rows: { id: string | number; number: string }[] } = await trx.raw(
      `insert into journal_entries (number, period, entry_date, kind, memo, source_type, source_id, reason, reverses_id, posted_by, request_key)
       select x.number, x.period, x.entry_date, x.kind, x.memo, x.source_type, x.source_id, x.reason, x.reverses_id, x.posted_by, x.request_key
         from jsonb_to_recordset(?::jsonb) as x(number text, period date, entry_date date, kind text, memo text, source_type text,
                                                 source_id bigint, reason text, reverses_id bigint, posted_by int, request_key text)
       returning id, number`,
      [JSON.stringify(chunk.map((e) => ({ request_key: null, ...e.entry })))],
    );
    const idOf = new Map(rows.map((r) => [r.number, Number(r.id)]));
    const chunkIds = chunk.map((e) => idOf.get(e.entry.number)!);
    ids.push(...chunkIds);
    const lines = chunk.flatMap((e, k) => e.lines.map((l) => ({ ...l, entry_id: chunkIds[k], period: e.entry.period })));
    await trx.raw(
      `insert into journal_lines (entry_id, line_no, account_code, debit_fen, credit_fen, unit_id, customer_id, agreement_id, memo, period)
       select x.entry_id, x.line_no, x.account_code, x.debit_fen, x.credit_fen, x.unit_id, x.customer_id, x.agreement_id, x.memo, x.period
         from jsonb_to_recordset(?::jsonb) as x(entry_id bigint, ${LINE_RECORD}, period date)`,
      [JSON.stringify(lines)],
    );
  }
  return ids;
}

/** The period's status, locked FOR SHARE: a close waits until this posting commits. */
export async function periodStatus(trx: Knex, period: string): Promise<string | undefined> {
  const row = await trx.from(periodsView(trx).as('p')).where('p.period', period).forShare().first('p.status');
  return row?.status;
}

/** The root of the unit tree (head office): the whole company's voucher series is kept on its counter. */
export async function rootUnitId(db: Knex): Promise<number> {
  const row = await db.from(unitsView(db).as('u')).whereNull('u.parent_id').orderBy('u.id').first('u.id');
  if (!row) throw new Error('the unit tree has no root');
  return row.id;
}

export interface AccountInfo {
  code: string;
  active: boolean;
  leaf: boolean;
}

export async function accountsByCode(db: Knex, codes: string[]): Promise<AccountInfo[]> {
  return db.from(accountsView(db).as('a')).whereIn('a.code', codes).select('a.code', 'a.active', 'a.leaf');
}

const entryColumns = (db: Knex) => [
  'e.id',
  'e.number',
  'e.period',
  'e.entry_date',
  'e.kind',
  'e.memo',
  'e.source_type',
  'e.source_id',
  'e.reason',
  'e.reverses_id',
  'e.posted_by',
  'e.posted_at',
  'pb.display_name as posted_by_name',
  'rv.id as reversed_by_id',
  'rv.number as reversed_by_number',
  'og.number as reverses_number',
  db.raw('(select coalesce(sum(l.debit_fen), 0) from journal_lines l where l.entry_id = e.id)::bigint as total_fen'),
];

function entries(db: Knex): Knex.QueryBuilder {
  return db('journal_entries as e')
    .leftJoin(usersView(db).as('pb'), 'pb.id', 'e.posted_by')
    .leftJoin('journal_entries as rv', 'rv.reverses_id', 'e.id')
    .leftJoin('journal_entries as og', 'og.id', 'e.reverses_id');
}

/** The entry a request (user id : Idempotency-Key) posted, if it did. */
export async function entryOfRequest(db: Knex, requestKey: string): Promise<number | undefined> {
  const row = await db('journal_entries').where({ request_key: requestKey }).first('id');
  return row ? Number(row.id) : undefined;
}

/** Locks the entry's row (a row lock, not an update: the immutability trigger does not fire), so two reversals queue. */
export async function lockEntry(trx: Knex, id: number): Promise<void> {
  await trx('journal_entries').where({ id }).forUpdate().first('id');
}

export async function findEntry(db: Knex, id: number): Promise<EntryRow | undefined> {
  return entries(db).where('e.id', id).first(entryColumns(db));
}

export async function findEntryBySource(db: Knex, sourceType: string, sourceId: number): Promise<EntryRow[]> {
  return entries(db).where({ 'e.source_type': sourceType, 'e.source_id': sourceId }).orderBy('e.id').select(entryColumns(db));
}

export async function linesOf(db: Knex, entryId: number): Promise<LineRow[]> {
  return db('journal_lines as l')
    .join(accountsView(db).as('a'), 'a.code', 'l.account_code')
    .leftJoin(unitsView(db).as('u'), 'u.id', 'l.unit_id')
    .leftJoin(customersView(db).as('c'), 'c.id', 'l.customer_id')
    .leftJoin(agreementsView(db).as('ag'), 'ag.id', 'l.agreement_id')
    .where('l.entry_id', entryId)
    .orderBy('l.line_no')
    .select(
      'l.entry_id',
      'l.line_no',
      'l.account_code',
      'l.debit_fen',
      'l.credit_fen',
      'l.unit_id',
      'l.customer_id',
      'l.agreement_id',
      'l.memo',
      'a.name as account_name',
      'a.name_en as account_name_en',
      'u.name_zh as unit_zh',
      'u.name_en as unit_en',
      'c.name as customer_name',
      'ag.number as agreement_number',
    );
}

/** The units the entry's lines name (a branch user reads an entry with a line on their branch). */
export async function unitsOfEntry(db: Knex, entryId: number): Promise<number[]> {
  const rows = await db('journal_lines').where({ entry_id: entryId }).whereNotNull('unit_id').distinct('unit_id');
  return rows.map((r) => r.unit_id);
}

export interface JournalFilter {
  page: number;
  pageSize: number;
  period?: string;
  account?: string;
  unit?: number;
  customer?: number;
  agreement?: number;
  kind?: JournalKind;
  q?: string;
  /** Only entries with a line on one of these units; null for all. */
  units: readonly number[] | null;
}

export async function listEntries(db: Knex, f: JournalFilter) {
  const q = db('journal_entries as e');
  if (f.period) q.where('e.period', f.period);
  if (f.kind) q.where('e.kind', f.kind);
  whereContains(q, f.q, ['e.number', 'e.memo']);
  const lineFilter = (column: string, value: unknown) =>
    q.whereExists(db('journal_lines as fl').whereRaw('fl.entry_id = e.id').where(column, value as never).select(db.raw('1')));
  if (f.account) {
    // An account names itself and its sub-accounts: 6051 finds the lines on 6051.01.01.
    const account = f.account;
    q.whereExists(
      db('journal_lines as fl')
        .whereRaw('fl.entry_id = e.id')
        .where((w) => w.where('fl.account_code', account).orWhereLike('fl.account_code', `${account}.%`))
        .select(db.raw('1')),
    );
  }
  if (f.unit !== undefined) lineFilter('fl.unit_id', f.unit);
  if (f.customer !== undefined) lineFilter('fl.customer_id', f.customer);
  if (f.agreement !== undefined) lineFilter('fl.agreement_id', f.agreement);
  if (f.units !== null) {
    const units = f.units;
    q.whereExists(db('journal_lines as sl').whereRaw('sl.entry_id = e.id').whereIn('sl.unit_id', units).select(db.raw('1')));
  }
  return pageOf<EntryRow>(q, f, (qb) =>
    qb
      .leftJoin(usersView(db).as('pb'), 'pb.id', 'e.posted_by')
      .leftJoin('journal_entries as rv', 'rv.reverses_id', 'e.id')
      .leftJoin('journal_entries as og', 'og.id', 'e.reverses_id')
      .orderBy([
        { column: 'e.period', order: 'desc' },
        { column: 'e.id', order: 'desc' },
      ])
      .select(entryColumns(db)),
  );
}

/** Entries per period, for the periods screen; one period when named. */
export async function entryCounts(db: Knex, period?: string): Promise<Map<string, number>> {
  const q = db('journal_entries').groupBy('period').select('period', db.raw('count(*)::int as n'));
  if (period) q.where({ period });
  const rows = await q;
  return new Map(rows.map((r) => [r.period, Number(r.n)]));
}

/** Whether any line is posted to the account (then it can get no sub-accounts). */
export async function postedAccounts(db: Knex, codes: readonly string[]): Promise<Set<string>> {
  // One index probe per account (journal_lines (account_code, entry_id)), not a scan of every line.
  const { rows } = await db.raw(
    `select c.code from unnest(?::text[]) as c(code) where exists (select 1 from journal_lines l where l.account_code = c.code)`,
    [codes as string[]],
  );
  return new Set(rows.map((r: { code: string }) => r.code));
}
