import type { Knex } from 'knex';
import type { NormalSide } from '@portal/domain';

export interface AccountRow {
  code: string;
  name: string;
  name_en: string | null;
  parent_code: string | null;
  normal_side: NormalSide;
  active: boolean;
  leaf: boolean;
}

const accounts = (db: Knex) =>
  db('accounts as a').select(
    'a.code',
    'a.name',
    'a.name_en',
    'a.parent_code',
    'a.normal_side',
    'a.active',
    db.raw('not exists (select 1 from accounts c where c.parent_code = a.code) as leaf'),
  );

export async function listAccounts(db: Knex): Promise<AccountRow[]> {
  return accounts(db).orderBy('a.code');
}

export async function findAccount(db: Knex, code: string): Promise<AccountRow | undefined> {
  return accounts(db).where('a.code', code).first();
}

export async function insertAccount(
  db: Knex,
  values: { code: string; name: string; name_en: string | null; parent_code: string; normal_side: NormalSide; created_by: number | null },
): Promise<void> {
  await db('accounts').insert(values);
}
