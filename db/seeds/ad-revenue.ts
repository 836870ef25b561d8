import type { Knex } from 'knex';
import { calendarDay } from '@portal/domain';
import { recordCollection, reverseCollection } from '../../api/src/modules/collections/collections.service';
import { run as runMonthEnd } from '../../api/src/modules/income-recognition/income-recognition.service';
import { movePeriod } from '../../api/src/modules/periods/periods.service';
import { actorOf, viewerOf, type SeedPerson } from './purchasing';

/**
 * The ad revenue ledger's demo month (issue 14): last month's income posted by the month-end
 * service itself and last month closed (结账); this month open, with one collection that settles
 * the oldest instalment of a signed agreement and one collection reversed (a dishonoured bill),
 * so the journal, trial balance, receivables and income reports all have rows on first start.
 * Everything goes through the services, so the seed obeys every rule the screens do. Call it
 * after the agreements seed and seedLedgerPeriods.
 */
export async function seedAdRevenue(trx: Knex, finance: SeedPerson, now = new Date()): Promise<void> {
  const [viewer, actor] = [viewerOf(finance), actorOf(finance)];
  const today = calendarDay(now);
  const thisMonth = `${today.slice(0, 7)}-01`;
  const last = await trx('accounting_periods').where('period', '<', thisMonth).orderBy('period', 'desc').first('period');
  if (last) {
    await runMonthEnd(trx, actor, 'zh', last.period);
    await movePeriod(trx, actor, last.period, 'closed', null);
  }

  // This month: a signed agreement's customer pays its oldest instalment; another payment bounces.
  const signed = await trx('ad_agreements').whereNot('status', 'draft').orderBy('id').select('id', 'customer_id', 'unit_id');
  const firstCustomer = signed[0] ?? (await trx('customers').orderBy('id').first('id as customer_id', trx.raw('null as unit_id')));
  if (!firstCustomer) return;
  const hq = await trx('units').whereNull('parent_id').first('id');
  const unitId = firstCustomer.unit_id ?? hq.id;
  const owed = signed[0]
    ? await trx('ad_agreement_instalments').where({ agreement_id: signed[0].id }).orderBy(['due_on', 'seq']).first('amount_fen')
    : null;
  const receivedOn = today.slice(8) === '01' ? today : `${today.slice(0, 8)}01`;
  await recordCollection(trx, actor, viewer, {
    customerId: firstCustomer.customer_id,
    unitId,
    receivedOn,
    amountFen: owed ? Number(owed.amount_fen) : 10_000_00,
    method: 'bank_transfer',
    bankRef: 'ICBC-20' + today.slice(2, 4) + today.slice(5, 7) + '01-0037',
  });
  const other = signed[1] ?? signed[0] ?? firstCustomer;
  const bounced = await recordCollection(trx, actor, viewer, {
    customerId: other.customer_id,
    unitId: other.unit_id ?? unitId,
    receivedOn: today,
    amountFen: 5_000_00,
    method: 'acceptance_bill',
    bankRef: '承兑汇票 3100 0051 2026',
  });
  await reverseCollection(trx, actor, viewer, bounced.id, '承兑汇票到期被拒付，退票');
}
