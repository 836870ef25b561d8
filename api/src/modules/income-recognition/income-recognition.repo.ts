import type { Knex } from 'knex';
import { agreementLinesView, agreementsView } from '../ad-agreements/ad-agreements.reads.repo';
import { customersView } from '../customers/customers.reads.repo';
import { journalLinesView } from '../journal/journal.reads.repo';
import { periodsView } from '../periods/periods.reads.repo';
import { unitsView } from '../units/units.reads.repo';

/** An agreement that may earn in a month, with what earlier months booked and what this one did. */
export interface CandidateRow {
  id: number;
  number: string;
  unit_id: number;
  unit_zh: string;
  unit_en: string;
  customer_id: number;
  customer_name: string;
  status: string;
  amount_fen: number;
  starts_on: string;
  ends_on: string;
  terminated_on: string | null;
  /** Gross booked for months before the period. */
  recognised_before_fen: number;
  /** This period's recognition, if it was posted. */
  posted_gross_fen: number | null;
  posted_net_fen: number | null;
  posted_vat_fen: number | null;
  posted_from_advance_fen: number | null;
  posted_entry_id: number | null;
}

export interface FlightRow {
  agreement_id: number;
  starts_on: string;
  ends_on: string;
  amount_fen: number;
}

const day = (db: Knex, column: string, as: string) => db.raw(`to_char(${column}, 'YYYY-MM-DD') as ${as}`);

/**
 * Every signed (not draft) agreement that has started by the period's end and is not wholly
 * booked, or that has a recognition in the period: one query whatever their number.
 */
export async function candidates(db: Knex, period: string, periodEnd: string): Promise<CandidateRow[]> {
  const before = db('income_recognitions').where('period', '<', period).groupBy('agreement_id').select('agreement_id', db.raw('sum(gross_fen) as gross_fen'));
  return db
    .from(agreementsView(db).as('a'))
    .join(unitsView(db).as('un'), 'un.id', 'a.unit_id')
    .join(customersView(db).as('cu'), 'cu.id', 'a.customer_id')
    .leftJoin(before.as('rb'), 'rb.agreement_id', 'a.id')
    .leftJoin('income_recognitions as rc', function () {
      this.on('rc.agreement_id', 'a.id').andOn('rc.period', db.raw('?::date', [period]));
    })
    .whereNot('a.status', 'draft')
    .where('a.starts_on', '<=', periodEnd)
    .where((w) => w.whereRaw('a.amount_fen > coalesce(rb.gross_fen, 0)').orWhereNotNull('rc.agreement_id'))
    .orderBy('a.id')
    .select(
      'a.id',
      'a.number',
      'a.unit_id',
      'un.name_zh as unit_zh',
      'un.name_en as unit_en',
      'a.customer_id',
      'cu.name as customer_name',
      'a.status',
      db.raw('a.amount_fen::float8 as amount_fen'),
      day(db, 'a.starts_on', 'starts_on'),
      day(db, 'a.ends_on', 'ends_on'),
      day(db, 'a.terminated_on', 'terminated_on'),
      db.raw('coalesce(rb.gross_fen, 0)::float8 as recognised_before_fen'),
      db.raw('rc.gross_fen::float8 as posted_gross_fen'),
      db.raw('rc.net_fen::float8 as posted_net_fen'),
      db.raw('rc.vat_fen::float8 as posted_vat_fen'),
      db.raw('rc.from_advance_fen::float8 as posted_from_advance_fen'),
      db.raw('rc.entry_id::float8 as posted_entry_id'),
    );
}

/** The flights of the agreements that have started by the period's end (the same set as candidates, by join). */
export async function flights(db: Knex, periodEnd: string): Promise<FlightRow[]> {
  return db
    .from(agreementLinesView(db).as('l'))
    .join(agreementsView(db).as('a'), 'a.id', 'l.agreement_id')
    .whereNot('a.status', 'draft')
    .where('a.starts_on', '<=', periodEnd)
    .orderBy(['l.agreement_id', 'l.line_no'])
    .select('l.agreement_id', day(db, 'l.starts_on', 'starts_on'), day(db, 'l.ends_on', 'ends_on'), db.raw('l.amount_fen::float8 as amount_fen'));
}

/** Entry numbers for entry ids, through the journal's published view. */
export async function entryNumbers(db: Knex, entryIds: readonly number[]): Promise<Map<number, string>> {
  if (!entryIds.length) return new Map();
  const out = new Map<number, string>();
  for (let i = 0; i < entryIds.length; i += 5000) {
    const rows: { entry_id: string; entry_number: string }[] = await db
      .from(journalLinesView(db).as('jl'))
      .whereIn('jl.entry_id', entryIds.slice(i, i + 5000))
      .where('jl.line_no', 1)
      .select('jl.entry_id', 'jl.entry_number');
    for (const r of rows) out.set(Number(r.entry_id), r.entry_number);
  }
  return out;
}

export async function periodStatus(db: Knex, period: string): Promise<string | null> {
  const row = await db.from(periodsView(db).as('p')).where('p.period', period).first('p.status');
  return row?.status ?? null;
}

/**
 * One month-end run at a time per month: a transaction-scoped advisory lock, so a second run
 * waits, then reads the first one's recognitions and posts nothing again. (The primary key
 * (agreement_id, period) is the last line of defence.)
 */
export async function lockMonthEnd(trx: Knex, period: string): Promise<void> {
  await trx.raw(`select pg_advisory_xact_lock(hashtext('portal.month-end'), ?)`, [Number(period.slice(0, 4) + period.slice(5, 7))]);
}

export interface RecognitionValues {
  agreement_id: number;
  period: string;
  gross_fen: number;
  net_fen: number;
  vat_fen: number;
  from_advance_fen: number;
  entry_id: number;
}

/** Ten thousand rows a statement, as one JSON parameter (no statement of seventy thousand bound values to build and plan). */
export async function insertRecognitions(trx: Knex, rows: readonly RecognitionValues[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 10_000) {
    await trx.raw(
      `insert into income_recognitions (agreement_id, period, gross_fen, net_fen, vat_fen, from_advance_fen, entry_id)
       select x.agreement_id, x.period, x.gross_fen, x.net_fen, x.vat_fen, x.from_advance_fen, x.entry_id
         from jsonb_to_recordset(?::jsonb) as x(agreement_id int, period date, gross_fen bigint, net_fen bigint, vat_fen bigint, from_advance_fen bigint, entry_id bigint)`,
      [JSON.stringify(rows.slice(i, i + 10_000))],
    );
  }
}
