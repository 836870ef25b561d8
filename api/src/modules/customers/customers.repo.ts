import type { Knex } from 'knex';
import { whereContains } from '../../db/like';
import { pageOf, sortedBy } from '../../db/paging';
import { insertedId, updateAtVersion } from '../../db/rows';

export interface CustomerRow {
  id: number;
  name: string;
  contact: string;
  phone: string;
  address: string;
  uscc: string | null;
  active: boolean;
  version: number;
  updated_at: Date;
}

const SORT_COLUMNS: Record<string, string> = { name: 'name', updatedAt: 'updated_at' };

export async function listCustomers(
  db: Knex,
  f: { q?: string; active?: boolean; sort: { column: string; desc: boolean }; page: number; pageSize: number },
): Promise<{ items: CustomerRow[]; total: number }> {
  const base = db('customers').modify((qb) => {
    whereContains(qb, f.q, ['name', 'contact', 'uscc', 'phone']);
    if (f.active !== undefined) qb.where('active', f.active);
  });
  return pageOf(base, f, (qb) => sortedBy(qb, SORT_COLUMNS, f.sort).orderBy('id').select('*'));
}

export async function findCustomer(db: Knex, id: number): Promise<CustomerRow | undefined> {
  return db('customers').where({ id }).first();
}

export async function customerWithUscc(db: Knex, uscc: string, exceptId?: number): Promise<CustomerRow | undefined> {
  return db('customers')
    .where({ uscc })
    .modify((qb) => exceptId && qb.whereNot('id', exceptId))
    .first();
}

type CustomerValues = Omit<CustomerRow, 'id' | 'version' | 'updated_at'>;

export async function insertCustomer(db: Knex, v: CustomerValues): Promise<number> {
  return insertedId(db('customers'), v);
}

export async function updateCustomer(db: Knex, id: number, version: number, patch: Partial<CustomerValues>): Promise<boolean> {
  return updateAtVersion(db('customers'), id, version, patch);
}
