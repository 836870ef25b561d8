import type { Knex } from 'knex';
import type { CollectionMethod } from '@portal/domain';
import { whereContains } from '../../db/like';
import { pageOf, sortedBy } from '../../db/paging';
import { instalmentsView } from '../ad-agreements/ad-agreements.reads.repo';
import { customersView } from '../customers/customers.reads.repo';
import { journalLinesView } from '../journal/journal.reads.repo';
import { unitsView } from '../units/units.reads.repo';
import { usersView } from '../users/users.reads.repo';
import { collectedByInstalmentView } from './collections.reads.repo';

export interface CollectionRow {
  id: number;
  number: string;
  customer_id: number;
  customer_name: string;
  unit_id: number;
  unit_zh: string;
  unit_en: string;
  received_on: string;
  amount_fen: number;
  method: CollectionMethod;
  bank_ref: string;
  advance_fen: number;
  entry_id: number;
  reversal_entry_id: number | null;
  reversal_reason: string | null;
  reversed_at: Date | null;
  reversed_by: number | null;
  reversed_by_name: string | null;
  recorded_by: number | null;
  recorded_by_name: string | null;
  recorded_at: Date;
}

export interface CollectionFilter {
  /** The units the reader may see (null: all). */
  units: readonly number[] | null;
  customerId?: number;
  unitId?: number;
  from?: string;
  to?: string;
  reversed?: boolean;
  q?: string;
}

const SORTS = { receivedOn: 'c.received_on', number: 'c.number', amount: 'c.amount_fen', customer: 'cu.name' } as const;
export type CollectionSort = keyof typeof SORTS;

function collections(db: Knex): Knex.QueryBuilder {
  return db('collections as c')
    .join(customersView(db).as('cu'), 'cu.id', 'c.customer_id')
    .join(unitsView(db).as('un'), 'un.id', 'c.unit_id')
    .leftJoin(usersView(db).as('rb'), 'rb.id', 'c.recorded_by')
    .leftJoin(usersView(db).as('vb'), 'vb.id', 'c.reversed_by');
}

const COLUMNS = (db: Knex) => [
  'c.id',
  'c.number',
  'c.customer_id',
  'cu.name as customer_name',
  'c.unit_id',
  'un.name_zh as unit_zh',
  'un.name_en as unit_en',
  db.raw(`to_char(c.received_on, 'YYYY-MM-DD') as received_on`),
  db.raw('c.amount_fen::float8 as amount_fen'),
  'c.method',
  'c.bank_ref',
  db.raw('c.advance_fen::float8 as advance_fen'),
  db.raw('c.entry_id::float8 as entry_id'),
  db.raw('c.reversal_entry_id::float8 as reversal_entry_id'),
  'c.reversal_reason',
  'c.reversed_at',
  'c.reversed_by',
  'vb.display_name as reversed_by_name',
  'c.recorded_by',
  'rb.display_name as recorded_by_name',
  'c.recorded_at',
];

export async function listCollections(
  db: Knex,
  f: CollectionFilter & { sort: { column: string; desc: boolean }; page: number; pageSize: number },
): Promise<{ items: CollectionRow[]; total: number }> {
  const base = collections(db).modify((qb) => {
    if (f.units) qb.whereIn('c.unit_id', f.units);
    if (f.customerId) qb.where('c.customer_id', f.customerId);
    if (f.unitId) qb.where('c.unit_id', f.unitId);
    if (f.from) qb.where('c.received_on', '>=', f.from);
    if (f.to) qb.where('c.received_on', '<=', f.to);
    if (f.reversed !== undefined) qb.where((w) => (f.reversed ? w.whereNotNull('c.reversal_entry_id') : w.whereNull('c.reversal_entry_id')));
    whereContains(qb, f.q, ['c.number', 'cu.name', 'c.bank_ref']);
  });
  return pageOf(base, f, (qb) => sortedBy(qb, SORTS, f.sort).orderBy('c.id', 'desc').select(COLUMNS(db)));
}

export async function findCollection(db: Knex, id: number): Promise<CollectionRow | undefined> {
  return collections(db).where('c.id', id).first(COLUMNS(db));
}

/** The collection's row locked: a second reversal of it waits here and then sees the first. */
export async function lockCollection(trx: Knex, id: number): Promise<{ id: number; reversal_entry_id: number | null } | undefined> {
  return trx('collections').where({ id }).forUpdate().first('id', 'reversal_entry_id');
}

export interface AllocationRow {
  collection_id: number;
  instalment_id: number;
  agreement_id: number;
  agreement_number: string;
  seq: number;
  due_on: string;
  amount_fen: number;
}

export async function allocationsOf(db: Knex, collectionIds: readonly number[]): Promise<AllocationRow[]> {
  if (!collectionIds.length) return [];
  return db('collection_allocations as ca')
    .join(instalmentsView(db).as('i'), 'i.id', 'ca.instalment_id')
    .whereIn('ca.collection_id', collectionIds)
    .orderBy(['i.due_on', 'i.seq', 'i.id'])
    .select(
      'ca.collection_id',
      'ca.instalment_id',
      'i.agreement_id',
      'i.agreement_number',
      'i.seq',
      db.raw(`to_char(i.due_on, 'YYYY-MM-DD') as due_on`),
      db.raw('ca.amount_fen::float8 as amount_fen'),
    );
}

/** Entry numbers for entry ids, through the journal's published view. */
export async function entryNumbers(db: Knex, entryIds: readonly number[]): Promise<Map<number, string>> {
  if (!entryIds.length) return new Map();
  const rows: { entry_id: string; entry_number: string }[] = await db
    .from(journalLinesView(db).as('jl'))
    .whereIn('jl.entry_id', entryIds)
    .distinct('jl.entry_id', 'jl.entry_number');
  return new Map(rows.map((r) => [Number(r.entry_id), r.entry_number]));
}

export interface OpenInstalmentRow {
  id: number;
  agreement_id: number;
  agreement_number: string;
  unit_id: number;
  seq: number;
  due_on: string;
  method: CollectionMethod;
  amount_fen: number;
  collected_fen: number;
}

/**
 * The customer's instalments of signed agreements (not drafts: nothing is owed before signing)
 * with something still owed, oldest due first. Writers call it under lockCustomerLedger, so two
 * collections for one customer allocate one after the other.
 */
export async function openInstalments(db: Knex, customerId: number, opts: { units?: readonly number[] | null; unitId?: number } = {}): Promise<OpenInstalmentRow[]> {
  const qb = db
    .from(instalmentsView(db).as('i'))
    .leftJoin(collectedByInstalmentView(db).as('ci'), 'ci.instalment_id', 'i.id')
    .where('i.customer_id', customerId)
    .whereNot('i.agreement_status', 'draft')
    .whereRaw('i.amount_fen > coalesce(ci.collected_fen, 0)')
    .modify((q) => {
      if (opts.units) q.whereIn('i.unit_id', opts.units);
      if (opts.unitId) q.where('i.unit_id', opts.unitId);
    })
    .orderBy(['i.due_on', 'i.seq', 'i.id'])
    .select(
      'i.id',
      'i.agreement_id',
      'i.agreement_number',
      'i.unit_id',
      'i.seq',
      db.raw(`to_char(i.due_on, 'YYYY-MM-DD') as due_on`),
      'i.method',
      db.raw('i.amount_fen::float8 as amount_fen'),
      db.raw('coalesce(ci.collected_fen, 0)::float8 as collected_fen'),
    );
  return qb;
}

/**
 * Serialises the writers of one customer's receivable (collections, their reversals and the
 * month-end's use of advances): a transaction-scoped advisory lock, released at commit. The
 * lock key names no table, so it crosses no module boundary; income recognition takes the same.
 */
export async function lockCustomerLedger(trx: Knex, customerId: number): Promise<void> {
  await trx.raw(`select pg_advisory_xact_lock(hashtext('portal.customer-ledger'), ?)`, [customerId]);
}

/**
 * What of a collection is still an advance: its amount less what it settled (at first, and later
 * when month-end applied its advance to new instalments). A reversed collection holds none.
 */
const UNAPPLIED = 'c.amount_fen - coalesce((select sum(ca.amount_fen) from collection_allocations ca where ca.collection_id = c.id), 0)';

/** Advances still held (预收账款), per customer and unit, those above zero. */
export async function unappliedAdvances(db: Knex, where: { customerId?: number; unitId?: number } = {}): Promise<{ customer_id: number; unit_id: number; balance: number }[]> {
  return db('collections as c')
    .whereNull('c.reversal_entry_id')
    .where('c.advance_fen', '>', 0)
    .modify((q) => {
      if (where.customerId) q.where('c.customer_id', where.customerId);
      if (where.unitId) q.where('c.unit_id', where.unitId);
    })
    .groupBy('c.customer_id', 'c.unit_id')
    .havingRaw(`sum(${UNAPPLIED}) > 0`)
    .select('c.customer_id', 'c.unit_id', db.raw(`sum(${UNAPPLIED})::float8 as balance`));
}

/** The customer's collections at a unit that still hold an advance, oldest first, with how much. */
export async function collectionsWithAdvance(trx: Knex, customerId: number, unitId: number): Promise<{ id: number; remaining: number }[]> {
  return trx('collections as c')
    .whereNull('c.reversal_entry_id')
    .where({ 'c.customer_id': customerId, 'c.unit_id': unitId })
    .where('c.advance_fen', '>', 0)
    .whereRaw(`${UNAPPLIED} > 0`)
    .orderBy(['c.received_on', 'c.id'])
    .select('c.id', trx.raw(`(${UNAPPLIED})::float8 as remaining`));
}

/** What a collection holds as advance now (0 once month-end applied it all). */
export async function unappliedOf(trx: Knex, collectionId: number): Promise<number> {
  const row = await trx('collections as c').where('c.id', collectionId).first(trx.raw(`(${UNAPPLIED})::float8 as remaining`));
  return Number(row?.remaining ?? 0);
}

/** Still owed on each agreement's instalments (amount less what unreversed collections settled). */
export async function owedByAgreement(db: Knex, agreementIds: readonly number[]): Promise<Map<number, number>> {
  if (!agreementIds.length) return new Map();
  const rows: { agreement_id: number; owed: number }[] = await db
    .from(instalmentsView(db).as('i'))
    .leftJoin(collectedByInstalmentView(db).as('ci'), 'ci.instalment_id', 'i.id')
    .whereIn('i.agreement_id', agreementIds)
    .groupBy('i.agreement_id')
    .select('i.agreement_id', db.raw('sum(i.amount_fen - coalesce(ci.collected_fen, 0))::float8 as owed'));
  return new Map(rows.map((r) => [r.agreement_id, r.owed]));
}

/** Adds to what a collection settled of an instalment (a second application to the same one sums). */
export async function addAllocation(trx: Knex, collectionId: number, instalmentId: number, amountFen: number): Promise<void> {
  await trx.raw(
    `insert into collection_allocations (collection_id, instalment_id, amount_fen) values (?, ?, ?)
     on conflict (collection_id, instalment_id) do update set amount_fen = collection_allocations.amount_fen + excluded.amount_fen`,
    [collectionId, instalmentId, amountFen],
  );
}

export interface CollectionValues {
  id: number;
  number: string;
  customer_id: number;
  unit_id: number;
  received_on: string;
  amount_fen: number;
  method: CollectionMethod;
  bank_ref: string;
  advance_fen: number;
  entry_id: number;
  recorded_by: number;
}

export async function insertCollection(trx: Knex, values: CollectionValues): Promise<void> {
  await trx('collections').insert(values);
}

/**
 * The id the next collection will have, taken before its entry is posted: the entry names its
 * source (collection, id) and can never be edited afterwards, so the id must be known first.
 */
export async function nextCollectionId(trx: Knex): Promise<number> {
  const { rows } = await trx.raw(`select nextval(pg_get_serial_sequence('collections', 'id'))::int as id`);
  return rows[0].id;
}

export async function insertAllocations(trx: Knex, collectionId: number, allocations: readonly { instalmentId: number; amountFen: number }[]): Promise<void> {
  if (!allocations.length) return;
  await trx('collection_allocations').insert(allocations.map((a) => ({ collection_id: collectionId, instalment_id: a.instalmentId, amount_fen: a.amountFen })));
}

export async function markReversed(trx: Knex, id: number, v: { reversal_entry_id: number; reversal_reason: string; reversed_by: number }): Promise<void> {
  await trx('collections')
    .where({ id })
    .whereNull('reversal_entry_id')
    .update({ ...v, reversed_at: trx.fn.now() });
}

/** A customer that exists (and is active), for the 400 on customerId. */
export async function findCustomer(db: Knex, id: number): Promise<{ id: number; name: string; active: boolean } | undefined> {
  return db.from(customersView(db).as('cu')).where('cu.id', id).first('cu.id', 'cu.name', 'cu.active');
}
