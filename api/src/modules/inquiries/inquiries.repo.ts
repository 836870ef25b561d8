import type { Knex } from 'knex';
import type { InquiryStatus } from '@portal/domain';
import { whereContains } from '../../db/like';
import { insertedId, updateAtVersion } from '../../db/rows';
import { negotiationsView } from '../negotiations/negotiations.reads.repo';
import { unitsView } from '../units/units.reads.repo';
import { usersView } from '../users/users.reads.repo';

export interface InquiryRow {
  id: number;
  number: string;
  unit_id: number;
  unit_name: string;
  unit_name_en: string;
  title: string;
  delivery_place: string;
  quote_deadline: Date;
  status: InquiryStatus;
  note: string;
  created_by_name: string | null;
  closed_at: Date | null;
  version: number;
  created_at: Date;
  /** The deadline has passed by the database's clock: quotes are open and no more are taken. */
  open: boolean;
}

export interface LineRow {
  id: number;
  inquiry_id: number;
  line_no: number;
  item_id: number | null;
  description: string;
  spec: string;
  quantity: string;
  uom: string;
  required_on: string;
}

function inquiries(db: Knex) {
  return db('inquiries as i')
    .join(unitsView(db).as('n'), 'n.id', 'i.unit_id')
    .leftJoin(usersView(db).as('cb'), 'cb.id', 'i.created_by')
    .select(
      'i.id',
      'i.number',
      'i.unit_id',
      'n.name_zh as unit_name',
      'n.name_en as unit_name_en',
      'i.title',
      'i.delivery_place',
      'i.quote_deadline',
      'i.status',
      'i.note',
      'cb.display_name as created_by_name',
      'i.closed_at',
      'i.version',
      'i.created_at',
      db.raw('i.quote_deadline <= now() as open'),
    );
}

const SORTS = { createdAt: 'i.created_at', quoteDeadline: 'i.quote_deadline', number: 'i.number' } as const;

export async function listInquiries(
  db: Knex,
  f: {
    units: readonly number[] | null;
    supplierId: number | null;
    q?: string;
    status?: InquiryStatus;
    sort: { column: keyof typeof SORTS; desc: boolean };
    page: number;
    pageSize: number;
  },
): Promise<{ items: InquiryRow[]; total: number }> {
  const filtered = (qb: Knex.QueryBuilder) => {
    if (f.units) qb.whereIn('i.unit_id', f.units);
    // A supplier contact sees only the inquiries its company was invited to.
    if (f.supplierId !== null) qb.whereExists((s) => s.from('inquiry_suppliers as s').whereRaw('s.inquiry_id = i.id').andWhere('s.supplier_id', f.supplierId));
    if (f.status) qb.where('i.status', f.status);
    whereContains(qb, f.q, ['i.number', 'i.title']);
  };
  const [{ n }] = await db('inquiries as i').modify(filtered).count({ n: '*' });
  const items = await inquiries(db)
    .modify(filtered)
    .orderBy([{ column: SORTS[f.sort.column], order: f.sort.desc ? 'desc' : 'asc' }, { column: 'i.id', order: 'desc' }])
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  return { items, total: Number(n) };
}

export async function findInquiry(db: Knex, id: number, opts: { lock?: boolean } = {}): Promise<InquiryRow | undefined> {
  if (opts.lock) await db('inquiries').where({ id }).forUpdate().first('id');
  return inquiries(db).where('i.id', id).first();
}

export async function insertInquiry(
  db: Knex,
  v: { number: string; unit_id: number; title: string; delivery_place: string; quote_deadline: string; note: string; created_by: number | null },
): Promise<number> {
  return insertedId(db('inquiries'), v);
}

export async function insertLines(db: Knex, rows: Omit<LineRow, 'id'>[]): Promise<void> {
  await db('inquiry_lines').insert(rows);
}

export async function insertSuppliers(db: Knex, inquiryId: number, supplierIds: readonly number[]): Promise<void> {
  await db('inquiry_suppliers').insert(supplierIds.map((supplier_id) => ({ inquiry_id: inquiryId, supplier_id })));
}

export async function linesOf(db: Knex, inquiryId: number): Promise<LineRow[]> {
  return db('inquiry_lines').where({ inquiry_id: inquiryId }).orderBy('line_no');
}

export async function invitedSuppliers(db: Knex, inquiryId: number): Promise<{ supplier_id: number; invited_at: Date }[]> {
  return db('inquiry_suppliers').where({ inquiry_id: inquiryId }).orderBy('supplier_id').select('supplier_id', 'invited_at');
}

/** The first quote moves 询价 to 报价中; later ones change nothing. */
export async function markQuoting(db: Knex, id: number): Promise<void> {
  await db('inquiries').where({ id, status: 'inquiring' }).update({ status: 'quoting', updated_at: db.fn.now() });
}

export async function closeInquiry(db: Knex, id: number, version: number): Promise<boolean> {
  return updateAtVersion(db('inquiries'), id, version, { status: 'closed', closed_at: db.fn.now() });
}

/**
 * The workbench's "to compare": inquiries of these units whose quotes opened at the deadline (by the
 * database's clock), with at least one quote, still open, and no negotiation sheet opened from them yet.
 */
export async function countToCompare(db: Knex, units: readonly number[] | null): Promise<number> {
  const [{ n }] = await db('inquiries as i')
    .modify((qb) => units && qb.whereIn('i.unit_id', units))
    .whereRaw('i.quote_deadline <= now()')
    .whereNot('i.status', 'closed')
    .whereExists((s) => s.from('inquiry_quotes as q').whereRaw('q.inquiry_id = i.id').select(db.raw('1')))
    .whereNotExists((s) => s.from(negotiationsView(db).as('ng')).whereRaw('ng.inquiry_id = i.id').select(db.raw('1')))
    .count({ n: '*' });
  return Number(n);
}

/** The workbench's "to quote": inquiries a supplier is invited to that still take quotes, and how many it has not quoted yet. */
export async function countToQuote(db: Knex, supplierId: number): Promise<{ taking: number; unquoted: number }> {
  const [row] = await db('inquiries as i')
    .join('inquiry_suppliers as s', (j) => j.on('s.inquiry_id', 'i.id').andOnVal('s.supplier_id', supplierId))
    .whereRaw('i.quote_deadline > now()')
    .whereNot('i.status', 'closed')
    .select(
      db.raw('count(*) as taking'),
      db.raw('count(*) filter (where not exists (select 1 from inquiry_quotes q where q.inquiry_id = i.id and q.supplier_id = ?)) as unquoted', [supplierId]),
    );
  return { taking: Number(row.taking), unquoted: Number(row.unquoted) };
}
