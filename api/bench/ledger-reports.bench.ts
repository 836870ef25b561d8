import type { Knex } from 'knex';
import { addLedgerAccounts } from '../src/test/ledger-fixture';
import { instalmentsOwed, trialSums } from '../src/modules/ledger-reports/ledger-reports.repo';
import { trialSources } from '../src/modules/ledger-reports/ledger-reports.service';
import { benchSignIn, line, ms, printLines, startBenchServer, timed, type Line } from './support';

const RECOGNITIONS = 250_000; // 3 lines each: Dr 1122 / Cr 6051.01.01 / Cr 2221.01
const COLLECTIONS = 125_000; // 2 lines each: Dr 1002 / Cr 1122 → 1,000,000 lines in all
const CUSTOMERS = 500;
const AGREEMENTS = 2_000;
const MONTHS = 24;
const FIRST_PERIOD = '2024-12-01';
const RUNS = 50;
const WARMUP = 5;
/** Issue 14: with 1,000,000 journal lines, a period's trial balance p95 ≤ 100 ms, one customer's ageing p95 ≤ 20 ms. */
const TB_TARGET_MS = 100;
const AGEING_TARGET_MS = 20;


/**
 * The ledger at the issue's size, written in a few set-based statements. The rows are built
 * balanced (every entry's debits equal its credits, checked by one query afterwards), and go in
 * with triggers off for the generating session (session_replication_role = replica): the journal's
 * per-row guarantees (balance at commit, open period, leaf account) would otherwise run a million
 * times for rows made correct by construction. The line's `period` column, which the journal's
 * trigger fills, is then written by the statement itself where the column exists.
 */
export async function generate(db: Knex): Promise<{ lines: number; ms: number; lastPeriod: string; customerId: number }> {
  const [ms, result] = await timed(() =>
    db.transaction(async (trx) => {
      await trx.raw('set local session_replication_role = replica');
      await addLedgerAccounts(trx);
      await trx.raw(
        `insert into accounting_periods (period) select (date '${FIRST_PERIOD}' + make_interval(months => g))::date from generate_series(0, ?) g on conflict do nothing`,
        [MONTHS - 1],
      );
      const places = (await trx.raw(`select id from units where code = 'ECOM' or kind = 'branch' order by id`)).rows.map((r: { id: number }) => r.id);
      await trx.raw(`insert into customers (name) select '基准厂家' || g from generate_series(1, ?) g`, [CUSTOMERS]);
      await trx.raw(
        `create temp table bench_customers on commit drop as select id, row_number() over (order by id) as n from customers where name like '基准厂家%'`,
      );
      await trx.raw(
        `insert into ad_quotes (number, unit_id, customer_id, status, valid_until)
         select 'BQ-' || g, (array[${places.map(Number).join(',')}]::int[])[1 + g % ?], c.id, 'accepted', date '2026-12-31'
           from generate_series(1, ?) g join bench_customers c on c.n = 1 + g % ?`,
        [places.length, AGREEMENTS, CUSTOMERS],
      );
      await trx.raw(
        `insert into ad_agreements (number, quote_id, unit_id, customer_id, fee_standard, amount_fen, quote_snapshot, starts_on, ends_on, status, signed_at)
         select 'BA-' || substr(q.number, 4), q.id, q.unit_id, q.customer_id, '基准', 4240000, '{}', date '${FIRST_PERIOD}', date '2026-11-30', 'running', now()
           from ad_quotes q where q.number like 'BQ-%'`,
      );
      await trx.raw(
        `create temp table bench_agreements on commit drop as
         select id, unit_id, customer_id, row_number() over (order by id) - 1 as n from ad_agreements where number like 'BA-%'`,
      );
      // Four instalments each, due a quarter apart across the two years.
      await trx.raw(
        `insert into ad_agreement_instalments (agreement_id, seq, due_on, amount_fen, method)
         select a.id, s, (date '${FIRST_PERIOD}' + make_interval(months => ((a.n % 6) + (s - 1) * 6)::int))::date, 1060000, 'bank_transfer'
           from bench_agreements a cross join generate_series(1, 4) s`,
      );
      const hasPeriod = (await trx.raw(`select 1 from information_schema.columns where table_name = 'journal_lines' and column_name = 'period'`)).rows.length > 0;
      await trx.raw(
        `insert into journal_entries (number, period, entry_date, kind, memo, source_type, source_id)
         select 'BJ-' || lpad(g::text, 7, '0'), p.period, p.period + (g % 28), case when g <= ? then 'recognition' else 'collection' end, '基准', 'bench', g
           from generate_series(1, ?) g
           cross join lateral (select (date '${FIRST_PERIOD}' + make_interval(months => (g % ?)::int))::date as period) p`,
        [RECOGNITIONS, RECOGNITIONS + COLLECTIONS, MONTHS],
      );
      const gross = `(10600 + (e.source_id % 1000) * 106)`;
      const net = `round(${gross} / 1.06)::bigint`;
      await trx.raw(
        `insert into journal_lines (entry_id, line_no, account_code, debit_fen, credit_fen, unit_id, customer_id, agreement_id, memo${hasPeriod ? ', period' : ''})
         select e.id, l.no, l.code, l.debit, l.credit, a.unit_id, a.customer_id, a.id, '基准'${hasPeriod ? ', e.period' : ''}
           from journal_entries e
           join bench_agreements a on a.n = e.source_id % ?
           cross join lateral (values
             (1, case when e.kind = 'recognition' then '1122' else '1002' end, ${gross}, 0::bigint),
             (2, case when e.kind = 'recognition' then '6051.01.01' else '1122' end, 0::bigint, case when e.kind = 'recognition' then ${net} else ${gross} end),
             (3, '2221.01', 0::bigint, ${gross} - ${net})
           ) as l(no, code, debit, credit)
          where e.source_type = 'bench' and (l.no < 3 or e.kind = 'recognition')`,
        [AGREEMENTS],
      );
      // One collection per agreement settles its first instalment (and a little of the second).
      await trx.raw(
        `insert into collections (number, customer_id, unit_id, received_on, amount_fen, method, entry_id)
         select 'BC-' || a.n, a.customer_id, a.unit_id, date '${FIRST_PERIOD}' + 40, 1200000, 'bank_transfer', e.id
           from bench_agreements a join journal_entries e on e.number = 'BJ-' || lpad((? + 1 + a.n)::text, 7, '0')`,
        [RECOGNITIONS],
      );
      await trx.raw(
        `insert into collection_allocations (collection_id, instalment_id, amount_fen)
         select c.id, i.id, case when i.seq = 1 then 1060000 else 140000 end
           from collections c join bench_agreements a on c.number = 'BC-' || a.n
           join ad_agreement_instalments i on i.agreement_id = a.id and i.seq <= 2`,
      );
      const unbalanced = (
        await trx.raw(
          `select count(*)::int as n from (select entry_id from journal_lines group by entry_id having sum(debit_fen) <> sum(credit_fen) or count(*) < 2) x`,
        )
      ).rows[0].n;
      if (unbalanced) throw new Error(`${unbalanced} generated entries do not balance`);
      const lines = Number((await trx.raw('select count(*)::int as n from journal_lines')).rows[0].n);
      const customerId = (await trx.raw('select customer_id from bench_agreements where n = 7')).rows[0].customer_id as number;
      return { lines, customerId, hasPeriod };
    }),
  );
  for (const t of ['journal_entries', 'journal_lines', 'ad_agreement_instalments', 'collection_allocations', 'collections', 'ad_agreements']) await db.raw(`vacuum analyze ${t}`);
  const lastPeriod = (await db.raw(`select (date '${FIRST_PERIOD}' + make_interval(months => ?))::date::text as p`, [MONTHS - 1])).rows[0].p as string;
  console.log(
    `generated ${result.lines.toLocaleString('en')} journal lines (${(RECOGNITIONS + COLLECTIONS).toLocaleString('en')} entries over ${MONTHS} months, ` +
      `${AGREEMENTS.toLocaleString('en')} agreements of ${CUSTOMERS} customers) in ${(ms / 1000).toFixed(1)} s; every entry balances; ` +
      `journal_lines.period ${result.hasPeriod ? 'written by the generator' : 'absent (the report groups by the entry’s period)'}`,
  );
  return { lines: result.lines, ms, lastPeriod, customerId: result.customerId };
}

/**
 * The ledger's reports at the issue's size, on PostgreSQL (BENCH_DATABASE_URL / TEST_DATABASE_URL;
 * PGlite otherwise, whose figures are for interest only): each through the real app over HTTP
 * (session, scope, validation, JSON), with the same query run directly beside it.
 */
export async function runLedgerReportsBench(): Promise<void> {
  const t0 = performance.now();
  const srv = await startBenchServer();
  const { db } = srv;
  try {
    const g = await generate(db);
    const finance = await benchSignIn(srv.base, 'finance');
    const branch = await benchSignIn(srv.base, 'bj_gm');
    const asOf = '2026-11-15';
    const month = g.lastPeriod.slice(0, 7);
    // Without the cache: every month open, so the opening adds up every line before the period.
    const [uncachedMs, uncached] = await timed(async () => (await finance.get(`/ledger-reports/trial-balance?period=${month}`)).status);
    if (uncached !== 200) throw new Error(`trial balance answered ${uncached}`);
    // As the books stand at month-end: every month before the last closed, the last one open.
    await db.raw(`update accounting_periods set status = 'closed', closed_at = now() where period < ?`, [g.lastPeriod]);
    const [buildMs] = await timed(() => finance.get(`/ledger-reports/trial-balance?period=${month}`));
    const sources = await trialSources(db, g.lastPeriod);
    console.log(
      `trial balance with every month open (no cache): ${ms(uncachedMs)} ms; the first after closing ${MONTHS - 1} months, which builds the balance cache: ${ms(buildMs)} ms; ` +
        `cached months ${sources.base ? `up to ${sources.base.slice(0, 7)}` : 'none'}`,
    );
    const bj = (await db.raw(`select id from units where code like 'BJ%'`)).rows.map((r: { id: number }) => r.id);
    const cases: { what: string; http: () => Promise<Response>; sql: () => Promise<unknown>; target: number }[] = [
      {
        what: `trial balance of ${month} (opening over ${MONTHS - 1} closed months), finance`,
        http: () => finance.get(`/ledger-reports/trial-balance?period=${month}`),
        sql: () => trialSums(db, g.lastPeriod, { units: null }, sources),
        target: TB_TARGET_MS,
      },
      {
        what: `trial balance of ${month}, a branch GM (own branch's lines)`,
        http: () => branch.get(`/ledger-reports/trial-balance?period=${month}`),
        sql: () => trialSums(db, g.lastPeriod, { units: bj }, sources),
        target: TB_TARGET_MS,
      },
      {
        what: `one customer's receivables ageing (as of ${asOf})`,
        http: () => finance.get(`/ledger-reports/receivables?customer=${g.customerId}&asOf=${asOf}`),
        sql: () => instalmentsOwed(db, asOf, { units: null, customerId: g.customerId }),
        target: AGEING_TARGET_MS,
      },
    ];
    const lines: Line[] = [];
    for (const c of cases) {
      const http: number[] = [];
      const sql: number[] = [];
      for (let i = 0; i < WARMUP + RUNS; i++) {
        const [t, status] = await timed(async () => {
          const r = await c.http();
          await r.arrayBuffer();
          return r.status;
        });
        if (status !== 200) throw new Error(`${c.what} answered ${status}`);
        const [s] = await timed(c.sql);
        if (i >= WARMUP) {
          http.push(t);
          sql.push(s);
        }
      }
      lines.push(line(c.what, http, sql, { ms: c.target }));
    }
    printLines(lines);
    console.log('');
    console.log('HTTP = GET /api/ledger-reports/… through the Express app on 127.0.0.1 (session, scope, validation, roll-up, JSON).');
    console.log("SQL = the report's query run directly through knex in the same run (for the trial balance: the cached months' balances plus the open month's lines).");
  } finally {
    await srv.close();
    console.log(`bench finished in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
}
