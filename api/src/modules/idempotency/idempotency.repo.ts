import type { Knex } from 'knex';

export interface IdempotencyRow {
  request_hash: string;
  /** Null while the first request is still running. */
  status: number | null;
  response_body: string | null;
}

/** Forgets expired keys: answered ones after their 24 hours, claims whose request never finished after a few minutes. */
export async function purgeExpired(db: Knex): Promise<void> {
  await db('idempotency_keys').where('expires_at', '<', db.fn.now()).delete();
}

/**
 * Claims a key for one request; false when it is already taken (the primary key decides, even
 * between instances). The claim lasts `claimSeconds`: if its process dies mid-request, the key
 * frees itself rather than block retries for a day.
 */
export async function claimKey(db: Knex, userId: number, key: string, requestHash: string, claimSeconds: number): Promise<boolean> {
  const { rows } = await db.raw(
    `insert into idempotency_keys (user_id, key, request_hash, expires_at)
     values (?, ?, ?, now() + make_interval(secs => ?))
     on conflict (user_id, key) do nothing
     returning key`,
    [userId, key, requestHash, claimSeconds],
  );
  return rows.length === 1;
}

export async function findKey(db: Knex, userId: number, key: string): Promise<IdempotencyRow | undefined> {
  return db('idempotency_keys')
    .where({ user_id: userId, key })
    .andWhere('expires_at', '>=', db.fn.now())
    .first('request_hash', 'status', 'response_body');
}

/** Keeps the first answer for `ttlHours`. */
export async function completeKey(db: Knex, userId: number, key: string, status: number, responseBody: string | null, ttlHours: number): Promise<void> {
  await db('idempotency_keys')
    .where({ user_id: userId, key })
    .update({ status, response_body: responseBody, expires_at: db.raw(`now() + make_interval(hours => ?)`, [ttlHours]) });
}

/** Lets the key be used again: the request it guarded failed, so a retry must really run. */
export async function releaseKey(db: Knex, userId: number, key: string): Promise<void> {
  await db('idempotency_keys').where({ user_id: userId, key }).whereNull('status').delete();
}
