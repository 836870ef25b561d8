import type { Knex } from 'knex';
import { type RegisterQuery, registerPage } from '../../db/paging';
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

export async function listCustomers(db: Knex, f: RegisterQuery): Promise<{ items: CustomerRow[]; total: number }> {
  return registerPage(db('customers'), ['name', 'contact', 'uscc', 'phone'], SORT_COLUMNS, f);
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
