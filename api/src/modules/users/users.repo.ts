import type { Knex } from 'knex';
import type { Role, RoleGrant } from '@portal/domain';
import { whereContains } from '../../db/like';
import { pageOf } from '../../db/paging';
import { insertedId, updateAtVersion } from '../../db/rows';
import { unitsView } from '../units/units.reads.repo';

export interface UserRow {
  id: number;
  username: string;
  display_name: string;
  unit_id: number;
  unit_name: string;
  active: boolean;
  failed_attempts: number;
  locked_until: Date | null;
  last_login_at: Date | null;
  version: number;
  created_at: Date;
}

export interface GrantRow {
  id: number;
  user_id: number;
  role: Role;
  unit_id: number;
  unit_name: string;
}

const USER_COLUMNS = [
  'u.id',
  'u.username',
  'u.display_name',
  'u.unit_id',
  'n.name_zh as unit_name',
  'u.active',
  'u.failed_attempts',
  'u.locked_until',
  'u.last_login_at',
  'u.version',
  'u.created_at',
];

const SORTS = { username: 'u.username', displayName: 'u.display_name', lastLoginAt: 'u.last_login_at', createdAt: 'u.created_at' };
export type UserSort = keyof typeof SORTS;

function users(db: Knex) {
  return db('users as u').join(unitsView(db).as('n'), 'n.id', 'u.unit_id');
}

export interface UserFilter {
  q?: string;
  unitId?: number;
  role?: Role;
  active?: boolean;
  sort: { column: UserSort; desc: boolean };
  page: number;
  pageSize: number;
}

export async function listUsers(db: Knex, f: UserFilter): Promise<{ items: UserRow[]; total: number }> {
  const base = users(db).modify((qb) => {
    whereContains(qb, f.q, ['u.username', 'u.display_name']);
    if (f.unitId) qb.where('u.unit_id', f.unitId);
    if (f.active !== undefined) qb.where('u.active', f.active);
    if (f.role) qb.whereExists(db('role_grants as g').whereRaw('g.user_id = u.id').andWhere('g.role', f.role));
  });
  return pageOf(base, f, (qb) =>
    qb
      .orderBy(SORTS[f.sort.column], f.sort.desc ? 'desc' : 'asc', f.sort.desc ? 'last' : 'first')
      .orderBy('u.id')
      .select(USER_COLUMNS),
  );
}

export async function findUser(db: Knex, id: number): Promise<UserRow | undefined> {
  return users(db).where('u.id', id).first(USER_COLUMNS);
}

export async function grantsOfUsers(db: Knex, userIds: number[]): Promise<GrantRow[]> {
  if (userIds.length === 0) return [];
  return db('role_grants as g')
    .join(unitsView(db).as('n'), 'n.id', 'g.unit_id')
    .whereIn('g.user_id', userIds)
    .orderBy(['g.user_id', 'g.role', 'g.id'])
    .select('g.id', 'g.user_id', 'g.role', 'g.unit_id', 'n.name_zh as unit_name');
}

export async function usernameTaken(db: Knex, username: string): Promise<boolean> {
  return !!(await db('users').whereRaw('lower(username) = lower(?)', [username]).first('id'));
}

export async function insertUser(
  db: Knex,
  u: { username: string; display_name: string; unit_id: number; password_hash: string },
): Promise<number> {
  return insertedId(db('users'), u);
}

export async function updateUser(
  db: Knex,
  id: number,
  version: number,
  patch: { display_name?: string; unit_id?: number; active?: boolean },
): Promise<boolean> {
  return updateAtVersion(db('users'), id, version, patch);
}

/** A new password also clears any lockout: that is what the administrator is asked for. */
export async function setPassword(db: Knex, id: number, hash: string): Promise<void> {
  await db('users')
    .where({ id })
    .update({ password_hash: hash, failed_attempts: 0, locked_until: null, version: db.raw('version + 1'), updated_at: db.fn.now() });
}

export async function unlock(db: Knex, id: number): Promise<void> {
  await db('users').where({ id }).update({ failed_attempts: 0, locked_until: null, version: db.raw('version + 1'), updated_at: db.fn.now() });
}

export async function insertGrant(db: Knex, g: { user_id: number; role: Role; unit_id: number }): Promise<number> {
  return insertedId(db('role_grants'), g);
}

export async function findGrant(db: Knex, userId: number, grantId: number): Promise<GrantRow | undefined> {
  return db('role_grants as g')
    .join(unitsView(db).as('n'), 'n.id', 'g.unit_id')
    .where({ 'g.id': grantId, 'g.user_id': userId })
    .first('g.id', 'g.user_id', 'g.role', 'g.unit_id', 'n.name_zh as unit_name');
}

export async function grantExists(db: Knex, g: { user_id: number; role: Role; unit_id: number }): Promise<boolean> {
  return !!(await db('role_grants').where(g).first('id'));
}

export async function deleteGrant(db: Knex, id: number): Promise<void> {
  await db('role_grants').where({ id }).delete();
}

/** Active administrators other than the given grant: the last one may not be removed. */
export async function countOtherActiveAdmins(db: Knex, exceptUserId: number): Promise<number> {
  const [{ n }] = await db('role_grants as g')
    .join('users as u', 'u.id', 'g.user_id')
    .where({ 'g.role': 'admin', 'u.active': true })
    .whereNot('u.id', exceptUserId)
    .countDistinct<{ n: number }[]>({ n: 'u.id' });
  return Number(n);
}

/** Serialises changes that could remove the last administrator (two admins demoting each other at once). */
export async function lockAdminSet(db: Knex): Promise<void> {
  await db.raw(`select pg_advisory_xact_lock(hashtext('portal.admins'))`);
}

// ---------------------------------------------------------------------------
// Signing in (the auth module asks through users.service)

export interface LoginUserRow {
  id: number;
  username: string;
  display_name: string;
  password_hash: string;
  active: boolean;
  failed_attempts: number;
  locked_until: Date | null;
}

export async function findLoginUser(db: Knex, username: string): Promise<LoginUserRow | undefined> {
  return db('users')
    .whereRaw('lower(username) = lower(?)', [username])
    .first('id', 'username', 'display_name', 'password_hash', 'active', 'failed_attempts', 'locked_until');
}

/**
 * What the administrator sees of failed sign-ins (auth.throttle.ts does the
 * counting): the failures from any address in this window, and the latest lock.
 * Clearing locked_until (unlock, password reset) lifts the user's locks.
 */
export async function showFailedLogins(db: Knex, userId: number, failures: number, lockedUntil: Date | null): Promise<void> {
  await db('users')
    .where({ id: userId })
    .update({ failed_attempts: failures, locked_until: db.raw('greatest(locked_until, ?::timestamptz)', [lockedUntil]) });
}

export async function userLockedUntil(db: Knex, userId: number): Promise<Date | null> {
  return (await db('users').where({ id: userId }).first('locked_until'))?.locked_until ?? null;
}

export async function recordSuccessfulLogin(db: Knex, userId: number): Promise<void> {
  await db('users').where({ id: userId }).update({ failed_attempts: 0, locked_until: null, last_login_at: db.fn.now() });
}

/** A user's roles with the unit each is held in, as the session carries them. */
export async function grantsOf(db: Knex, userId: number): Promise<RoleGrant[]> {
  const rows: { role: Role; unit_id: number; unit_name: string; unit_name_en: string }[] = await db('role_grants as g')
    .join(unitsView(db).as('n'), 'n.id', 'g.unit_id')
    .where('g.user_id', userId)
    .orderBy(['g.role', 'g.unit_id'])
    .select('g.role', 'g.unit_id', 'n.name_zh as unit_name', 'n.name_en as unit_name_en');
  return rows.map((r) => ({ role: r.role, unitId: r.unit_id, unitName: r.unit_name, unitNameEn: r.unit_name_en }));
}

// ---------------------------------------------------------------------------
// People as other modules need them

export interface Person {
  id: number;
  display_name: string;
}

export async function personById(db: Knex, id: number): Promise<Person | undefined> {
  return db('users').where({ id }).first('id', 'display_name');
}

export async function activeUser(db: Knex, id: number): Promise<Person | undefined> {
  return db('users').where({ id, active: true }).first('id', 'display_name');
}

/** Active colleagues by name or username, for choosing a stand-in; never the asker. */
export async function searchActiveUsers(db: Knex, f: { q?: string; excludeId: number; page: number; pageSize: number }) {
  const base = db('users as u')
    .leftJoin(unitsView(db).as('n'), 'n.id', 'u.unit_id')
    .where('u.active', true)
    .whereNot('u.id', f.excludeId)
    .modify((qb) => {
      whereContains(qb, f.q, ['u.display_name', 'u.username']);
    });
  const { items: rows, total } = await pageOf<{ id: number; display_name: string; unit_name_zh: string | null; unit_name_en: string | null }>(base, f, (qb) =>
    qb.select('u.id', 'u.display_name', 'n.name_zh as unit_name_zh', 'n.name_en as unit_name_en').orderBy([{ column: 'u.display_name' }, { column: 'u.id' }]),
  );
  return { rows, total };
}

/** Active holders of these roles anywhere, to tell them something (a rate card is out). */
export async function holdersOfRoles(db: Knex, roles: readonly Role[]): Promise<number[]> {
  return db('role_grants as g')
    .join('users as u', 'u.id', 'g.user_id')
    .whereIn('g.role', roles as Role[])
    .where('u.active', true)
    .distinct('u.id')
    .pluck('u.id');
}

export async function countActiveUsersIn(db: Knex, unitId: number): Promise<number> {
  const [{ n }] = await db('users').where({ unit_id: unitId, active: true }).count<{ n: number }[]>({ n: '*' });
  return Number(n);
}
