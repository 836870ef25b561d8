import type { Knex } from 'knex';
import type { PenaltyKind, Platform } from '@portal/domain';
import { whereContains } from '../../db/like';
import { insertedId, updateAtVersion } from '../../db/rows';
import { usersView } from '../users/users.reads.repo';

export interface SupplierRow {
  id: number;
  platform: Platform;
  shop_name: string;
  shop_url: string;
  contact: string;
  note: string;
  active: boolean;
  version: number;
  updated_at: Date;
  // B2B company details (issue 15), named on an e-contract; null until a clerk enters them.
  legal_name: string | null;
  taxpayer_id: string | null;
  registered_address: string | null;
  phone: string | null;
  bank_name: string | null;
  bank_account: string | null;
}

export interface ViolationRow {
  id: number;
  supplier_id: number;
  kind: PenaltyKind;
  points: number;
  reason: string;
  occurred_on: string;
  rectify_by: string | null;
  recorded_by: number | null;
  recorded_by_name: string | null;
  created_at: Date;
}

const COLUMNS = [
  's.id', 's.platform', 's.shop_name', 's.shop_url', 's.contact', 's.note', 's.active', 's.version', 's.updated_at',
  's.legal_name', 's.taxpayer_id', 's.registered_address', 's.phone', 's.bank_name', 's.bank_account',
];

/**
 * Every supplier matching the filter. Suppliers number in the tens to hundreds and
 * their standing is derived in code from dated events, so paging happens after that.
 */
export async function listSuppliers(db: Knex, f: { q?: string; platform?: Platform; active?: boolean; ids?: number[] }): Promise<SupplierRow[]> {
  return db('suppliers as s')
    .modify((qb) => {
      whereContains(qb, f.q, ['s.shop_name', 's.contact', 's.shop_url']);
      if (f.platform) qb.where('s.platform', f.platform);
      if (f.active !== undefined) qb.where('s.active', f.active);
      if (f.ids) qb.whereIn('s.id', f.ids);
    })
    .orderBy('s.id')
    .select(COLUMNS);
}

export async function findSupplier(db: Knex, id: number, opts: { lock?: boolean } = {}): Promise<SupplierRow | undefined> {
  // Locking the supplier serialises penalty events, so two clerks cannot both cross 50 points unseen.
  return db('suppliers as s')
    .where('s.id', id)
    .modify((qb) => opts.lock && qb.forUpdate())
    .first(COLUMNS);
}

export async function shopTaken(db: Knex, platform: Platform, shopName: string, exceptId?: number): Promise<boolean> {
  return !!(await db('suppliers')
    .where({ platform })
    .whereRaw('lower(shop_name) = lower(?)', [shopName])
    .modify((qb) => exceptId && qb.whereNot('id', exceptId))
    .first('id'));
}

type SupplierValues = Omit<SupplierRow, 'id' | 'version' | 'updated_at' | 'active' | CompanyColumn> & Partial<Pick<SupplierRow, CompanyColumn>>;
type CompanyColumn = 'legal_name' | 'taxpayer_id' | 'registered_address' | 'phone' | 'bank_name' | 'bank_account';

export async function insertSupplier(db: Knex, v: SupplierValues): Promise<number> {
  return insertedId(db('suppliers'), v);
}

export async function updateSupplier(db: Knex, id: number, version: number, patch: Partial<SupplierValues & { active: boolean }>): Promise<boolean> {
  return updateAtVersion(db('suppliers'), id, version, patch);
}

export async function violationsOf(db: Knex, supplierIds: number[]): Promise<ViolationRow[]> {
  if (supplierIds.length === 0) return [];
  return db('supplier_violations as v')
    .leftJoin(usersView(db).as('u'), 'u.id', 'v.recorded_by')
    .whereIn('v.supplier_id', supplierIds)
    .orderBy([{ column: 'v.occurred_on', order: 'desc' }, { column: 'v.id', order: 'desc' }])
    .select('v.*', 'u.display_name as recorded_by_name');
}

export async function insertViolation(
  db: Knex,
  v: Omit<ViolationRow, 'id' | 'created_at' | 'recorded_by_name'>,
): Promise<number> {
  return insertedId(db('supplier_violations'), v);
}

/** Every supplier by platform and shop name, for an import to match its rows against. */
export async function allSuppliers(db: Knex): Promise<{ id: number; platform: Platform; shop_name: string }[]> {
  return db('suppliers').select('id', 'platform', 'shop_name');
}

export async function supplierExists(db: Knex, id: number): Promise<boolean> {
  return !!(await db('suppliers').where({ id }).first('id'));
}
