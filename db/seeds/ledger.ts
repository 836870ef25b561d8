import type { Knex } from 'knex';
import { addMonths, calendarDay, monthOf } from '@portal/domain';
import { openPeriods } from '../../api/src/modules/periods/periods.service';

/**
 * The demo's accounting periods (会计期间): last month and this month, both open. The chart of
 * accounts is reference data and comes with its migration. The income-recognition seed posts
 * last month's income and then closes it, so call this before that seed.
 */
export async function seedLedgerPeriods(trx: Knex, now = new Date()): Promise<string[]> {
  const thisMonth = monthOf(calendarDay(now));
  const periods = [`${addMonths(thisMonth, -1)}-01`, `${thisMonth}-01`];
  await openPeriods(trx, periods);
  return periods;
}
