import { calendarDay, periodEnd, shiftPeriod } from '@portal/domain';
import { insertAgreements, insertCustomer, type AgreementFixture } from '../src/test/revenue-fixture';
import { benchSignIn, startBenchServer, timed } from './support';

const AGREEMENTS = 10_000;
const CUSTOMERS = 200;
/** Issue 14: month-end run for 10,000 running agreements ≤ 10 s. */
const TARGET_S = 10;

/**
 * 月末结转 at the size of the issue: 10,000 running agreements, each with two flights across the
 * month, posted by one POST /api/periods/:period/month-end through the real app (preview figures,
 * advisory locks, one voucher of 3 lines per agreement numbered as a block, the ledger's triggers
 * and commit-time balance checks, the recognition rows). Beside it, the floor: the same number of
 * entries and lines inserted by one raw SQL statement each (triggers and checks included), and a
 * re-run that must post nothing.
 */
export async function runRevenueBench(): Promise<void> {
  const srv = await startBenchServer();
  const { db } = srv;
  try {
    const thisMonth = `${calendarDay(new Date()).slice(0, 7)}-01`;
    const period = shiftPeriod(thisMonth, 1);
    const hq = (await db('units').whereNull('parent_id').first('id')).id as number;
    const branches = (await db('units').where({ kind: 'branch' }).orderBy('id').select('id')).map((u) => u.id as number);
    const units = [hq, ...branches];
    const customers: number[] = [];
    for (let i = 0; i < CUSTOMERS; i++) customers.push(await insertCustomer(db, `基准厂家${i + 1}`));
    const start = periodEnd(period).slice(0, 8);
    const fixtures: AgreementFixture[] = Array.from({ length: AGREEMENTS }, (_, i) => {
      const amount = 10_000_00 + ((i * 7919) % 90_000_00);
      const a = Math.floor(amount / 3);
      return {
        unitId: units[i % units.length],
        customerId: customers[i % CUSTOMERS],
        amountFen: amount,
        startsOn: `${start}03`,
        endsOn: periodEnd(shiftPeriod(period, 1)),
        flights: [
          { startsOn: `${start}03`, endsOn: `${start}20`, amountFen: a },
          { startsOn: `${start}15`, endsOn: periodEnd(shiftPeriod(period, 1)), amountFen: amount - a },
        ],
        instalments: [{ dueOn: `${start}10`, amountFen: amount }],
      };
    });
    const [genMs] = await timed(() => insertAgreements(db, fixtures));
    await db.raw('analyze');
    console.log(`generated ${AGREEMENTS.toLocaleString('en')} running agreements (2 flights each) for ${CUSTOMERS} customers in ${(genMs / 1000).toFixed(1)} s`);

    const finance = await benchSignIn(srv.base, 'finance');
    const [previewMs, preview] = await timed(async () => {
      const r = await finance.get(`/periods/${period}/month-end`);
      return { status: r.status, body: (await r.json()) as { toPost: { count: number; grossFen: number } } };
    });
    if (preview.status !== 200) throw new Error(`preview answered ${preview.status}`);
    const [runMs, run] = await timed(async () => {
      const r = await finance.post(`/periods/${period}/month-end`, Buffer.from('{}'), 'application/json');
      return { status: r.status, body: (await r.json()) as { posted: number; totals: { grossFen: number } } };
    });
    if (run.status !== 200) throw new Error(`month-end answered ${run.status}: ${JSON.stringify(run.body)}`);
    const [rerunMs, rerun] = await timed(async () => {
      const r = await finance.post(`/periods/${period}/month-end`, Buffer.from('{}'), 'application/json');
      return (await r.json()) as { posted: number };
    });
    const lines = Number((await db('journal_lines').where({ period }).count<{ n: number }[]>({ n: '*' }))[0].n);

    // The floor: as many entries and lines, one INSERT … SELECT each, into the month after, in one transaction.
    const rawPeriod = shiftPeriod(period, 1);
    await db('accounting_periods').insert({ period: rawPeriod }).onConflict('period').ignore();
    const [rawMs] = await timed(() =>
      db.transaction(async (trx) => {
        await trx.raw(
          `insert into journal_entries (number, period, entry_date, kind, memo, source_type, source_id)
           select '记-基准-' || a.id, ?::date, ?::date, 'recognition', '基准', 'ad_agreement', a.id
             from ad_agreements a where a.status = 'running' order by a.id limit ?`,
          [rawPeriod, periodEnd(rawPeriod), AGREEMENTS],
        );
        await trx.raw(
          `insert into journal_lines (entry_id, line_no, account_code, debit_fen, credit_fen, unit_id, customer_id, agreement_id)
           select e.id, l.n, l.code, l.dr, l.cr, a.unit_id, a.customer_id, a.id
             from journal_entries e
             join ad_agreements a on a.id = e.source_id
             cross join (values (1, '1122', 106, 0), (2, '6051.01.01', 0, 100), (3, '2221.01', 0, 6)) as l(n, code, dr, cr)
            where e.period = ?::date and e.number like '记-基准-%'`,
          [rawPeriod],
        );
      }),
    );

    console.log('');
    console.log('| measure | agreements | entries posted | journal lines | seconds | target |');
    console.log('|---|---:|---:|---:|---:|---|');
    console.log(`| month-end preview (GET, computed in memory) | ${AGREEMENTS} | – | – | ${(previewMs / 1000).toFixed(2)} | – |`);
    const verdict = runMs / 1000 <= TARGET_S ? 'met' : `missed by ${(runMs / 1000 - TARGET_S).toFixed(1)} s`;
    console.log(`| month-end run (POST through the app) | ${AGREEMENTS} | ${run.body.posted} | ${lines} | ${(runMs / 1000).toFixed(2)} | ≤ ${TARGET_S} s: ${verdict} |`);
    console.log(`| re-run of the same month (posts nothing) | ${AGREEMENTS} | ${rerun.posted} | – | ${(rerunMs / 1000).toFixed(2)} | – |`);
    console.log(`| raw SQL: the same entries and lines, one INSERT … SELECT each | ${AGREEMENTS} | ${AGREEMENTS} | ${AGREEMENTS * 3} | ${(rawMs / 1000).toFixed(2)} | (floor) |`);
    console.log('');
    console.log(`The run is ${(runMs / rawMs).toFixed(1)}× the raw inserts; preview said ${preview.body.toPost.count} to post.`);
  } finally {
    await srv.close();
  }
}
