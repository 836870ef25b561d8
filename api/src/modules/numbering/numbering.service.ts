import type { Knex } from 'knex';
import { bumpCounter, bumpCounterBy } from './numbering.repo';

export interface NumberSeries {
  /** The document type, as the approvals and documents know it: 'ad_quote', 'purchase_plan', … */
  type: string;
  /** The unit whose series it is (HQ, a branch, a department). */
  unitId: number;
  /** 'YYYY-MM' for numbers that restart monthly, 'YYYY' yearly, '' for never. */
  period: string;
}

/**
 * The next sequence number (1, 2, 3, …) of a document series, taken inside the caller's
 * transaction. Two callers never get the same number: the second waits on the counter's
 * row lock until the first commits. A rolled-back document gives its number back, so the
 * series has no gaps (the tax office and the auditors read numbers as a complete list).
 * Hold the transaction briefly after calling: every other writer of the series queues.
 *
 *   await db.transaction(async (trx) => {
 *     const seq = await nextNumber(trx, { type: 'purchase_plan', unitId: dept.id, period: '2026-11' });
 *     await repo.insertPlan(trx, { number: `${dept.code}-202611-${String(seq).padStart(4, '0')}`, … });
 *   });
 */
export async function nextNumber(trx: Knex.Transaction, series: NumberSeries): Promise<number> {
  return bumpCounter(trx, series.type, series.unitId, series.period);
}

/**
 * A block of `count` consecutive numbers of a series in one statement, for a batch (the month-end
 * run numbers thousands of vouchers): returns the first; the block is first … first + count − 1.
 * Same guarantees as nextNumber: no two callers share a number, a rollback gives the block back.
 */
export async function nextNumbers(trx: Knex.Transaction, series: NumberSeries, count: number): Promise<number> {
  if (!Number.isInteger(count) || count < 1) throw new RangeError('count must be a positive integer');
  return (await bumpCounterBy(trx, series.type, series.unitId, series.period, count)) - count + 1;
}
