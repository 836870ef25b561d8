import type { Knex } from 'knex';
import type { RoleGrant } from '@portal/domain';

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
}

/**
 * The live session with its user and role grants in one round trip: every
 * signed-in request starts here, so a second query for the grants would be paid
 * on every call (grants ordered by role, then unit).
 */
export async function findLiveSession(db: Knex, id: string): Promise<(SessionRow & { roles: RoleGrant[] }) | undefined> {
  const { rows } = await db.raw(
    `select s.id as session_id, s.csrf_token, s.last_seen_at, u.id as user_id, u.username, u.display_name,
            u.unit_id, n.name_zh as unit_name,
            coalesce((select json_agg(json_build_object('role', g.role, 'unitId', g.unit_id, 'unitName', gn.name_zh) order by g.role, g.unit_id)
                        from role_grants g join units gn on gn.id = g.unit_id
                       where g.user_id = u.id), '[]'::json) as roles
       from sessions s
       join users u on u.id = s.user_id
       join units n on n.id = u.unit_id
      where s.id = ? and s.expires_at > now() and u.active`,
    [id],
  );
  return rows[0];
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
