import type { Knex } from 'knex';
import { unitsView } from '../units/units.reads.repo';
import { grantsJson, usersView } from '../users/users.reads.repo';
import { supplierIdOf } from '../supplier-contacts/supplier-contacts.reads.repo';
import type { RoleGrant } from '@portal/domain';

export async function insertSession(
  db: Knex,
  s: { id: string; userId: number; csrfToken: string; ttlHours: number; ip: string | null; userAgent: string | null },
): Promise<void> {
  await db('sessions').insert({
    id: s.id,
    user_id: s.userId,
    csrf_token: s.csrfToken,
    expires_at: db.raw(`now() + make_interval(hours => ?)`, [s.ttlHours]),
    ip: s.ip,
    user_agent: s.userAgent?.slice(0, 300) ?? null,
  });
}

export interface SessionRow {
  session_id: string;
  csrf_token: string;
  last_seen_at: Date;
  user_id: number;
  username: string;
  display_name: string;
  unit_id: number;
  unit_name: string;
  unit_name_en: string;
  supplier_id: number | null;
}

/**
 * The live session with its user and role grants in one round trip: every
 * signed-in request starts here, so a second query for the grants would be paid
 * on every call (grants ordered by role, then unit).
 */
export async function findLiveSession(db: Knex, id: string): Promise<(SessionRow & { roles: RoleGrant[] }) | undefined> {
  return db('sessions as s')
    .join(usersView(db).as('u'), 'u.id', 's.user_id')
    .join(unitsView(db).as('n'), 'n.id', 'u.unit_id')
    .where('s.id', id)
    .andWhere('s.expires_at', '>', db.fn.now())
    .andWhere('u.active', true)
    .first(
      's.id as session_id',
      's.csrf_token',
      's.last_seen_at',
      'u.id as user_id',
      'u.username',
      'u.display_name',
      'u.unit_id',
      'n.name_zh as unit_name',
      'n.name_en as unit_name_en',
      grantsJson(db, 'u.id').as('roles'),
      supplierIdOf(db, 'u.id').as('supplier_id'),
    );
}

/** Sliding expiry: a session in use stays alive; an idle one ends after the TTL. */
export async function touchSession(db: Knex, id: string, ttlHours: number): Promise<void> {
  await db('sessions')
    .where({ id })
    .update({ last_seen_at: db.fn.now(), expires_at: db.raw(`now() + make_interval(hours => ?)`, [ttlHours]) });
}

export async function deleteSession(db: Knex, id: string): Promise<void> {
  await db('sessions').where({ id }).delete();
}

export async function deleteUserSessions(db: Knex, userId: number): Promise<void> {
  await db('sessions').where({ user_id: userId }).delete();
}

export async function deleteExpiredSessions(db: Knex): Promise<number> {
  return db('sessions').where('expires_at', '<=', db.fn.now()).delete();
}
