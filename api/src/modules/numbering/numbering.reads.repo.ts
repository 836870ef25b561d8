import type { Knex } from 'knex';

/**
 * What the numbering module publishes for another module's statement: the bump of one counter
 * row as a subquery (`with c as (?) … from c`), returning `last_seq`, the last number of the
 * block taken. For a poster that numbers and inserts its document in ONE statement, so the
 * counter's row lock (held until commit, which keeps the series gapless) is taken as late as it
 * can be: the journal numbers a voucher and inserts it with its lines in a single round trip.
 * Same rules as numbering.service's nextNumbers: no two callers share a number, a rollback gives
 * the block back.
 */
export const counterBump = (db: Knex, series: { type: string; unitId: number; period: string }, count = 1): Knex.Raw =>
  db.raw(
    `insert into document_counters (document_type, unit_id, period, last_seq) values (?, ?, ?, ?)
     on conflict (document_type, unit_id, period) do update set last_seq = document_counters.last_seq + excluded.last_seq
     returning last_seq`,
    [series.type, series.unitId, series.period, count],
  );
