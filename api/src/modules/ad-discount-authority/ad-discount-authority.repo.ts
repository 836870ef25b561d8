import type { Knex } from 'knex';
import type { DiscountAuthority } from '@portal/domain';

export interface AuthorityRow {
  floor_bp: number;
  authority: DiscountAuthority;
  version: number;
  updated_at: Date;
}

/** The one row (migration 04 seeds it; a check keeps it single). */
export async function findAuthority(db: Knex, opts: { lock?: boolean } = {}): Promise<AuthorityRow> {
  return db('ad_discount_authority')
    .where({ id: 1 })
    .modify((qb) => opts.lock && qb.forUpdate())
    .first('floor_bp', 'authority', 'version', 'updated_at');
}

export async function updateAuthority(db: Knex, version: number, v: { floor_bp: number; authority: DiscountAuthority; updated_by: number | null }): Promise<boolean> {
  const n = await db('ad_discount_authority')
    .where({ id: 1, version })
    .update({ floor_bp: v.floor_bp, authority: JSON.stringify(v.authority), updated_by: v.updated_by, version: version + 1, updated_at: db.fn.now() });
  return n === 1;
}
