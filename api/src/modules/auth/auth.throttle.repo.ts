import type { Knex } from 'knex';
import { LOCKOUT_MINUTES, MAX_FAILED_LOGINS, MAX_FAILED_LOGINS_ANY_ADDRESS } from '@portal/domain';

/** The row that counts a username from every address. */
export const ANY_ADDRESS = '*';

export interface ThrottleRow {
  client: string;
  attempts: number;
  failures: number;
  window_started_at: Date;
  locked_until: Date | null;
  now: Date;
}

/**
 * Creates or locks the username's two rows — any address first, then this
 * address, always in that order so two sign-ins cannot deadlock — until the
 * caller's transaction ends.
 */
export async function lockRows(trx: Knex, key: string, client: string): Promise<ThrottleRow[]> {
  const { rows } = await trx.raw(
    `insert into login_throttle (username_key, client) values (?, ?), (?, ?)
       on conflict (username_key, client) do update set username_key = excluded.username_key
       returning client, attempts, failures, window_started_at, locked_until, now() as now`,
    [key, ANY_ADDRESS, key, client],
  );
  return rows;
}

export async function saveRow(trx: Knex, key: string, row: Pick<ThrottleRow, 'client' | 'attempts' | 'failures' | 'window_started_at' | 'locked_until'>): Promise<void> {
  await trx('login_throttle')
    .where({ username_key: key, client: row.client })
    .update({ attempts: row.attempts, failures: row.failures, window_started_at: row.window_started_at, locked_until: row.locked_until });
}

/** Counts a verified wrong password on both rows; the limit reached sets the lock, in the same statement. */
export async function countFailure(trx: Knex, key: string, client: string): Promise<Pick<ThrottleRow, 'client' | 'failures' | 'locked_until'>[]> {
  const { rows } = await trx.raw(
    `update login_throttle
        set failures = failures + 1,
            locked_until = case when failures + 1 >= (case when client = ? then ?::int else ?::int end)
                                then now() + make_interval(mins => ?::int) else locked_until end
      where username_key = ? and client in (?, ?)
      returning client, failures, locked_until`,
    [ANY_ADDRESS, MAX_FAILED_LOGINS_ANY_ADDRESS, MAX_FAILED_LOGINS, LOCKOUT_MINUTES, key, ANY_ADDRESS, client],
  );
  return rows;
}

/** A right password clears this address's count; the any-address count runs out with its window. */
export async function clearAddress(trx: Knex, key: string, client: string): Promise<void> {
  await trx('login_throttle').where({ username_key: key, client }).delete();
}

/** Rows of names nobody has tried for a day hold nothing worth keeping. */
export async function sweep(trx: Knex): Promise<void> {
  await trx('login_throttle')
    .where('window_started_at', '<', trx.raw(`now() - interval '1 day'`))
    .andWhere((q) => q.whereNull('locked_until').orWhere('locked_until', '<', trx.fn.now()))
    .delete();
}
