import type { Knex } from 'knex';
import type { Role } from '@portal/domain';

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
  return db('users as u').join('units as n', 'n.id', 'u.unit_id');
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
    if (f.q) {
      const like = `%${f.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
      qb.where((w) => w.whereILike('u.username', like).orWhereILike('u.display_name', like));
    }
    if (f.unitId) qb.where('u.unit_id', f.unitId);
    if (f.active !== undefined) qb.where('u.active', f.active);
    if (f.role) qb.whereExists(db('role_grants as g').whereRaw('g.user_id = u.id').andWhere('g.role', f.role));
  });
  const [{ count }] = await base.clone().count<{ count: number }[]>({ count: '*' });
  const items = await base
    .clone()
    .orderBy(SORTS[f.sort.column], f.sort.desc ? 'desc' : 'asc', f.sort.desc ? 'last' : 'first')
    .orderBy('u.id')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .select(USER_COLUMNS);
  return { items, total: Number(count) };
}

export async function findUser(db: Knex, id: number): Promise<UserRow | undefined> {
  return users(db).where('u.id', id).first(USER_COLUMNS);
}

export async function grantsOfUsers(db: Knex, userIds: number[]): Promise<GrantRow[]> {
  if (userIds.length === 0) return [];
  return db('role_grants as g')
    .join('units as n', 'n.id', 'g.unit_id')
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
  const [row] = await db('users').insert(u).returning('id');
  return row.id;
}

export async function updateUser(
  db: Knex,
  id: number,
  version: number,
  patch: { display_name?: string; unit_id?: number; active?: boolean },
): Promise<boolean> {
  const n = await db('users')
    .where({ id, version })
    .update({ ...patch, version: version + 1, updated_at: db.fn.now() });
  return n === 1;
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
  const [row] = await db('role_grants').insert(g).returning('id');
  return row.id;
}

export async function findGrant(db: Knex, userId: number, grantId: number): Promise<GrantRow | undefined> {
  return db('role_grants as g')
    .join('units as n', 'n.id', 'g.unit_id')
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

export async function unitExists(db: Knex, id: number): Promise<boolean> {
  return !!(await db('units').where({ id, active: true }).first('id'));
}
