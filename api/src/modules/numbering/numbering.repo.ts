import type { Knex } from 'knex';

/**
 * Bumps one counter row and returns its new value. An upsert rather than read-then-write:
 * the first caller creates the row, every later one (even one racing the creator) waits on
 * its row lock until that transaction ends, then counts on from what it committed.
 */
export async function bumpCounter(trx: Knex, type: string, unitId: number, period: string): Promise<number> {
  const { rows } = await trx.raw(
    `insert into document_counters (document_type, unit_id, period, last_seq) values (?, ?, ?, 1)
     on conflict (document_type, unit_id, period) do update set last_seq = document_counters.last_seq + 1
     returning last_seq`,
    [type, unitId, period],
  );
  return rows[0].last_seq;
}

/** Bumps one counter row by `count` at once and returns its new value (the last of the block taken). */
export async function bumpCounterBy(trx: Knex, type: string, unitId: number, period: string, count: number): Promise<number> {
  const { rows } = await trx.raw(
    `insert into document_counters (document_type, unit_id, period, last_seq) values (?, ?, ?, ?)
     on conflict (document_type, unit_id, period) do update set last_seq = document_counters.last_seq + excluded.last_seq
     returning last_seq`,
    [type, unitId, period, count],
  );
  return rows[0].last_seq;
}
