import type { Knex } from 'knex';
import { LOCKOUT_MINUTES, MAX_FAILED_LOGINS, MAX_FAILED_LOGINS_ANY_ADDRESS } from '@portal/domain';
import * as repo from './auth.throttle.repo';
import { userLockedUntil } from '../users/users.service';

const WINDOW_MS = LOCKOUT_MINUTES * 60_000;
const limitOf = (client: string) => (client === repo.ANY_ADDRESS ? MAX_FAILED_LOGINS_ANY_ADDRESS : MAX_FAILED_LOGINS);

/** The key a username is counted under: the same for every spelling that signs in as it, and for names that do not exist. */
export const throttleKey = (username: string) => username.trim().toLowerCase();
/** The client address, never the any-address marker. */
export const throttleClient = (ip: string | null) => (ip && ip !== repo.ANY_ADDRESS ? ip : 'unknown');

/**
 * Reserves one password check for this username from this address, or says
 * until when it is refused. Counting and checking happen under the rows' lock
 * in one transaction, before the password is verified, so a burst of any size
 * over any number of instances gets at most the limit of checks per window.
 *
 * The user's lock as the administrator sees it (users.locked_until; none for a
 * name that is no user) is read after the rows are locked, so it is the one the
 * last failure wrote: when it has been cleared (unlock, password reset) or run
 * out, the user's locks here are lifted too.
 */
export async function reserveAttempt(db: Knex, key: string, client: string, userId: number | undefined): Promise<{ lockedUntil: Date } | null> {
  return db.transaction(async (trx) => {
    const rows = await repo.lockRows(trx, key, client);
    const userLock = userId === undefined ? undefined : await userLockedUntil(trx, userId);
    let refusedUntil = 0;
    for (const r of rows) {
      const now = new Date(r.now).getTime();
      const lockedUntil = r.locked_until ? new Date(r.locked_until).getTime() : null;
      const liftedByAdmin = userLock !== undefined && !(userLock && new Date(userLock).getTime() > now);
      const lockOver = lockedUntil !== null && (lockedUntil <= now || liftedByAdmin);
      const windowOver = lockedUntil === null && new Date(r.window_started_at).getTime() <= now - WINDOW_MS;
      if (lockOver || windowOver) Object.assign(r, { attempts: 0, failures: 0, window_started_at: r.now, locked_until: null });
      if (r.locked_until) refusedUntil = Math.max(refusedUntil, new Date(r.locked_until).getTime());
      // The limit is reserved but some checks are still running: refuse as if locked.
      else if (r.attempts >= limitOf(r.client)) refusedUntil = Math.max(refusedUntil, now + WINDOW_MS);
    }
    if (!refusedUntil) for (const r of rows) r.attempts += 1;
    for (const r of rows) await repo.saveRow(trx, key, r);
    return refusedUntil ? { lockedUntil: new Date(refusedUntil) } : null;
  });
}

/** Counts a wrong password; returns the failures from this address, from all, and the lock now holding, if any. */
export async function countFailure(trx: Knex, key: string, client: string) {
  const rows = await repo.countFailure(trx, key, client);
  const here = rows.find((r) => r.client === client)!;
  const everywhere = rows.find((r) => r.client === repo.ANY_ADDRESS)!;
  const locks = rows.map((r) => (r.locked_until ? new Date(r.locked_until).getTime() : 0)).filter((t) => t > Date.now());
  return {
    failuresHere: here.failures,
    failuresEverywhere: everywhere.failures,
    lockedUntil: locks.length ? new Date(Math.max(...locks)) : null,
  };
}

export async function clearAddress(trx: Knex, key: string, client: string): Promise<void> {
  await repo.clearAddress(trx, key, client);
  await repo.sweep(trx);
}
