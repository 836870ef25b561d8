import type { Knex } from 'knex';
import { insertedId } from '../../db/rows';
import { usersView } from '../users/users.reads.repo';

export interface DelegationRow {
  id: number;
  from_user_id: number;
  from_name: string;
  to_user_id: number;
  to_name: string;
  starts_on: string;
  ends_on: string;
  created_at: Date;
}

function delegations(db: Knex) {
  return db('approval_delegations as d')
    .join(usersView(db).as('f'), 'f.id', 'd.from_user_id')
    .join(usersView(db).as('t'), 't.id', 'd.to_user_id')
    .select(
      'd.id', 'd.from_user_id', 'f.display_name as from_name', 'd.to_user_id', 't.display_name as to_name',
      'd.starts_on', 'd.ends_on', 'd.created_at',
    );
}

export async function listDelegations(db: Knex, userId: number): Promise<DelegationRow[]> {
  return delegations(db)
    .where((w) => w.where('d.from_user_id', userId).orWhere('d.to_user_id', userId))
    .orderBy([{ column: 'd.starts_on', order: 'desc' }, { column: 'd.id', order: 'desc' }]);
}

export async function findDelegation(db: Knex, id: number): Promise<DelegationRow | undefined> {
  return delegations(db).where('d.id', id).first();
}

export async function overlappingDelegation(db: Knex, fromUserId: number, startsOn: string, endsOn: string): Promise<DelegationRow | undefined> {
  return delegations(db)
    .where('d.from_user_id', fromUserId)
    .andWhere('d.starts_on', '<=', endsOn)
    .andWhere('d.ends_on', '>=', startsOn)
    .first();
}

/** Serialises one person's delegation changes, so two overlapping ones cannot both pass the check. */
export async function lockDelegationsOf(trx: Knex, userId: number): Promise<void> {
  await trx.raw(`select pg_advisory_xact_lock(hashtext('portal.delegations'), ?)`, [userId]);
}

export async function insertDelegation(
  trx: Knex,
  d: { from_user_id: number; to_user_id: number; starts_on: string; ends_on: string },
): Promise<number> {
  return insertedId(trx('approval_delegations'), d);
}

export async function deleteDelegation(trx: Knex, id: number): Promise<void> {
  await trx('approval_delegations').where({ id }).delete();
}

/** Who acts for these users today. */
export async function delegatesOf(db: Knex, userIds: number[], today: string): Promise<{ from_user_id: number; to_user_id: number }[]> {
  if (userIds.length === 0) return [];
  return db('approval_delegations as d')
    .join(usersView(db).as('t'), 't.id', 'd.to_user_id')
    .where('t.active', true)
    .whereIn('d.from_user_id', userIds)
    .andWhere('d.starts_on', '<=', today)
    .andWhere('d.ends_on', '>=', today)
    .select('d.from_user_id', 'd.to_user_id');
}

/** Whom this user acts for today. */
export async function delegatorsOf(db: Knex, userId: number, today: string): Promise<number[]> {
  return db('approval_delegations')
    .where('to_user_id', userId)
    .andWhere('starts_on', '<=', today)
    .andWhere('ends_on', '>=', today)
    .orderBy('from_user_id')
    .pluck('from_user_id');
}
