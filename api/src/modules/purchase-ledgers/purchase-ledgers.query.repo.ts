import type { Knex } from 'knex';
import { likePattern } from '../../db/like';
import { ordersView } from '../purchase-orders/purchase-orders.reads.repo';

/**
 * The purchasing ledgers read other modules' records only through what those modules publish
 * (their *.reads.repo.ts); this module has no table. Each ledger is one query builder over its
 * filters, used three ways: a page (newest first), the month totals, and the export, which walks
 * the same order in batches after a keyset cursor so memory stays flat however long it is.
 */

export interface LedgerFilter {
  /** The units the viewer may read (null: all). */
  scope: readonly number[] | null;
  unitId?: number;
  /** [from, until) of the ledger's date. */
  from?: string;
  until?: string;
  platform?: string;
  supplierId?: number;
  /** One order's rows: its ledger line (its three-way match), contract, payments or invoices. */
  orderId?: number;
  status?: string;
  q?: string;
}

/** Where an export batch resumes: after this (date, id) in the ledger's order (date desc, id desc). */
export interface Cursor {
  date: string;
  id: number;
}

/** Which rows of the ledger's order (date desc, id desc): after a cursor, or an offset, at most `limit`. */
export interface Window {
  after?: Cursor | null;
  offset?: number;
  limit: number;
}

export interface LedgerQueries {
  /** The filtered rows in the ledger's order, windowed; each has `ledger_date`, `id` and `amount_fen` (the money the totals add). */
  rows(db: Knex, f: LedgerFilter, w?: Window): Knex.QueryBuilder;
  /** The filtered set without what only a shown row needs: for counting and the month totals. */
  base(db: Knex, f: LedgerFilter): Knex.QueryBuilder;
  /** The base's date and money columns. */
  date: string;
  amount: string;
  /** The month totals when they need more than count and amount (the orders ledger's accepted, invoiced, paid). */
  totals?(db: Knex, f: LedgerFilter): Knex.QueryBuilder;
}

/** The window on a query whose rows carry `date` and `id` columns, in the ledger's order. */
export function windowed(qb: Knex.QueryBuilder, date: string, id: string, w?: Window): Knex.QueryBuilder {
  qb.orderBy([{ column: date, order: 'desc' }, { column: id, order: 'desc' }]);
  if (!w) return qb;
  if (w.after) qb.whereRaw('(??, ??) < (?::date, ?)', [date, id, w.after.date, w.after.id]);
  if (w.offset) qb.offset(w.offset);
  return qb.limit(w.limit);
}

/** A ledger whose rows are plain joins on its base: the window goes on the outside. */
export function plainRows(rows: (db: Knex, f: LedgerFilter) => Knex.QueryBuilder) {
  return (db: Knex, f: LedgerFilter, w?: Window) => windowed(db.from(rows(db, f).as('r')).select('r.*'), 'r.ledger_date', 'r.id', w);
}

/** A subquery as a raw binding (knex inlines it in parentheses; its types only take plain values). */
export const monthOf = (column: string) => `to_char(${column}, 'YYYY-MM')`;

export const sub = (qb: Knex.QueryBuilder) => qb as unknown as Knex.Value;

export function unitFilters(qb: Knex.QueryBuilder, column: string, f: LedgerFilter): void {
  if (f.scope) qb.whereIn(column, f.scope);
  if (f.unitId !== undefined) qb.where(column, f.unitId);
}

export function dateFilter(qb: Knex.QueryBuilder, column: string, f: LedgerFilter): void {
  if (f.from && f.until) qb.where(column, '>=', f.from).where(column, '<', f.until);
}

/** The search box: any of `columns` contains q; `alsoIn` adds "or the row covers an order whose number contains it". */
export function search(db: Knex, qb: Knex.QueryBuilder, q: string | undefined, columns: readonly string[], alsoIn?: (orderIds: Knex.QueryBuilder) => [string, Knex.QueryBuilder]): void {
  if (!q) return;
  const like = likePattern(q);
  qb.where((w) => {
    for (const c of columns) w.orWhereILike(c, like);
    if (alsoIn) {
      const [column, ids] = alsoIn(db.from(ordersView(db).as('so')).whereILike('so.number', like).select('so.id'));
      w.orWhereIn(column, ids);
    }
  });
}


/* ---------- shared: page, month totals, export batches ---------- */

/** One page, newest first (by the ledger's date, then id), and how many rows the filters keep. */
export async function ledgerPage<T>(db: Knex, l: LedgerQueries, f: LedgerFilter, p: { page: number; pageSize: number }): Promise<{ items: T[]; total: number }> {
  const [total, items] = await Promise.all([ledgerCount(db, l, f), l.rows(db, f, { offset: (p.page - 1) * p.pageSize, limit: p.pageSize })]);
  return { items: items as T[], total };
}

export async function ledgerCount(db: Knex, l: LedgerQueries, f: LedgerFilter): Promise<number> {
  const [{ n }] = await db.from(l.base(db, f).as('c')).count<{ n: number }[]>({ n: '*' });
  return Number(n);
}

export interface MonthTotalRow {
  month: string;
  count: number;
  amount_fen: number;
  accepted_fen?: number;
  invoiced_fen?: number;
  paid_fen?: number;
}

/** Per month of the ledger's date: how many rows and what they add up to. */
export async function monthTotals(db: Knex, l: LedgerQueries, f: LedgerFilter): Promise<MonthTotalRow[]> {
  if (l.totals) return l.totals(db, f);
  return l
    .base(db, f)
    .clearSelect()
    .select(db.raw(`${monthOf(l.date)} as month`), db.raw('count(*)::int as count'), db.raw('coalesce(sum(??), 0)::bigint as amount_fen', [l.amount]))
    .groupByRaw('1')
    .orderBy('month', 'desc');
}

/** The next batch of an export after `after`, in the page order. */
export async function ledgerBatch<T>(db: Knex, l: LedgerQueries, f: LedgerFilter, after: Cursor | null, size: number): Promise<T[]> {
  return (await l.rows(db, f, { after, limit: size })) as T[];
}
