import { createHash, randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import { MAX_FAILED_LOGINS, LOCKOUT_MINUTES } from '@portal/domain';
import type { SessionUser } from '../../http/session';
import type { Actor } from '../../http/route';
import { Locked, Unauthenticated } from '../../http/errors';
import { audit } from '../audit/audit.service';
import * as users from '../users/users.service';
import * as repo from './auth.repo';
import { DUMMY_HASH, verifyPassword } from './password';
import { clearAddress, countFailure, reserveAttempt, throttleClient, throttleKey } from './auth.throttle';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Touch a live session at most this often: one write per user per few minutes, not per request. */
const TOUCH_AFTER_MS = 5 * 60_000;

function minutesUntil(t: Date): number {
  return Math.max(1, Math.ceil((t.getTime() - Date.now()) / 60_000));
}

export interface LoginResult {
  token: string;
  csrfToken: string;
  user: SessionUser;
}

export async function login(
  db: Knex,
  actor: Actor,
  input: { username: string; password: string; userAgent: string | null; ttlHours: number },
): Promise<LoginResult> {
  const found = await users.findLoginUser(db, input.username);
  const row = found?.active ? found : undefined;
  // A name that is no (active) user is counted, warned and locked exactly like one that is,
  // and its password checked against a dummy hash, so no answer tells which names exist.
  const key = throttleKey(input.username);
  const client = throttleClient(actor.ip);
  const refused = await reserveAttempt(db, key, client, row?.id);
  if (refused) throw new Locked('auth.locked', { minutes: minutesUntil(refused.lockedUntil) }, { lockedUntil: refused.lockedUntil });
  const verified = await verifyPassword(input.password, row?.password_hash ?? DUMMY_HASH);
  if (!row || !verified) {
    const after = await db.transaction(async (trx) => {
      const counted = await countFailure(trx, key, client);
      if (row) await users.showFailedLogins(trx, row.id, counted.failuresEverywhere, counted.lockedUntil);
      const who = row ? { ...actor, userId: row.id, name: row.display_name } : actor;
      await audit(trx, who, {
        action: counted.lockedUntil ? 'auth.locked' : 'auth.login_failed',
        entity: 'user',
        entityId: row?.id ?? found?.id,
        after: { username: row?.username ?? input.username, failedAttempts: counted.failuresHere, lockedUntil: counted.lockedUntil },
      });
      return counted;
    });
    if (after.lockedUntil) throw new Locked('auth.locked', { minutes: minutesUntil(after.lockedUntil) }, { lockedUntil: after.lockedUntil });
    const remaining = MAX_FAILED_LOGINS - after.failuresHere;
    throw remaining <= 2
      ? new Unauthenticated('auth.badCredentialsRemaining', { remaining, minutes: LOCKOUT_MINUTES })
      : new Unauthenticated('auth.badCredentials');
  }

  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await db.transaction(async (trx) => {
    await users.recordSuccessfulLogin(trx, row.id);
    await clearAddress(trx, key, client);
    // Sweep ended sessions here rather than with a timer: no job to run on every instance.
    await repo.deleteExpiredSessions(trx);
    await repo.insertSession(trx, {
      id: sha256(token),
      userId: row.id,
      csrfToken,
      ttlHours: input.ttlHours,
      ip: actor.ip,
      userAgent: input.userAgent,
    });
    await audit(trx, { ...actor, userId: row.id, name: row.display_name }, {
      action: 'auth.login',
      entity: 'user',
      entityId: row.id,
    });
  });
  const user = await resolveSession(db, token);
  if (!user) throw new Unauthenticated();
  return { token, csrfToken, user };
}

export async function logout(db: Knex, actor: Actor, user: SessionUser): Promise<void> {
  await db.transaction(async (trx) => {
    await repo.deleteSession(trx, user.sessionId);
    await audit(trx, actor, { action: 'auth.logout', entity: 'user', entityId: user.id });
  });
}

export async function resolveSession(db: Knex, token: string, ttlHours = 12): Promise<SessionUser | null> {
  const id = sha256(token);
  const s = await repo.findLiveSession(db, id);
  if (!s) return null;
  if (Date.now() - new Date(s.last_seen_at).getTime() > TOUCH_AFTER_MS) await repo.touchSession(db, id, ttlHours);
  return {
    id: s.user_id,
    username: s.username,
    displayName: s.display_name,
    unitId: s.unit_id,
    unitName: s.unit_name,
    unitNameEn: s.unit_name_en,
    roles: s.roles,
    supplierId: s.supplier_id,
    sessionId: id,
    csrfToken: s.csrf_token,
  };
}

/** What the browser may know about the signed-in user (never the CSRF token or session id). */
export function publicUser(u: SessionUser) {
  return { id: u.id, username: u.username, displayName: u.displayName, unitId: u.unitId, unitName: u.unitName, unitNameEn: u.unitNameEn, roles: u.roles, supplierId: u.supplierId };
}

/** Ends every session of a user (a password reset, a deactivation): for the users module. */
export async function endSessionsOf(db: Knex, userId: number): Promise<void> {
  await repo.deleteUserSessions(db, userId);
}
