import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import knexFactory from 'knex';
import { calendarDay } from '@portal/domain';
import { benchSignIn, startBenchServer, throughput } from './support';

const run = promisify(execFile);

const POSTINGS = 2000;
const CLIENTS = 8;
const PGBENCH_SECONDS = 15;

/** The PostgreSQL server the benches use, or undefined when they run on embedded PGlite. */
export function benchPgUrl(): string | undefined {
  return process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
}

/** A manual entry of three lines (Dr 1122 / Cr 6051.01.01 / Cr 2221.01), `i` making each one distinct. */
export function benchEntry(i: number, day: string) {
  const gross = 10_600 + i;
  const net = Math.round(gross / 1.06);
  return {
    entryDate: day,
    memo: `基准记账 ${i}`,
    reason: 'bench',
    lines: [
      { accountCode: '1122', debitFen: gross },
      { accountCode: '6051.01.01', creditFen: net },
      { accountCode: '2221.01', creditFen: gross - net },
    ],
  };
}

/** pgbench's TPC-B-like transactions per second with `clients` clients, on a scratch database of the same server. */
async function pgbenchTps(serverUrl: string, clients: number): Promise<{ tps: number; scratch: string }> {
  const name = `portal_pgbench_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = knexFactory({ client: 'pg', connection: serverUrl, pool: { min: 0, max: 1 } });
  await admin.raw(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    await run('pgbench', ['-i', '-q', '-s', '1', url.toString()]);
    const { stdout } = await run('pgbench', ['-b', 'tpcb-like', '-c', String(clients), '-j', '2', '-T', String(PGBENCH_SECONDS), url.toString()]);
    const m = /tps = ([\d.]+) \(without initial connection time\)/.exec(stdout) ?? /tps = ([\d.]+)/.exec(stdout);
    if (!m) throw new Error(`no tps in pgbench's output:\n${stdout}`);
    return { tps: Number(m[1]), scratch: name };
  } finally {
    await admin.raw(`drop database if exists ${name} with (force)`);
    await admin.destroy();
  }
}

/**
 * Issue 14: posting throughput with 8 concurrent clients through the API (session, validation,
 * idempotency key, the numbering counter, the ledger's triggers and the deferred balance check,
 * the audit row, the voucher read back), printed beside `pgbench -b tpcb-like -c 8` on the same
 * PostgreSQL server, and their ratio.
 */
export async function runJournalBench(): Promise<void> {
  const serverUrl = benchPgUrl();
  if (!serverUrl) {
    console.log('skipped: the posting bench compares with pgbench, so it needs PostgreSQL (BENCH_DATABASE_URL, DATABASE_URL or TEST_DATABASE_URL)');
    return;
  }
  const srv = await startBenchServer();
  let api: number;
  let lines: number;
  try {
    const finance = await benchSignIn(srv.base, 'finance');
    const day = calendarDay(new Date());
    const post = async (i: number) => {
      const res = await finance.post('/journal', Buffer.from(JSON.stringify(benchEntry(i, day))), 'application/json');
      if (res.status !== 201) throw new Error(`posting ${i}: ${res.status} ${await res.text()}`);
      await res.arrayBuffer();
    };
    api = await throughput(POSTINGS, CLIENTS, post);
    lines = Number((await srv.db('journal_lines').count<{ n: number }[]>({ n: '*' }))[0].n);
    const unbalanced = await srv.db.raw(
      `select count(*)::int as n from (select entry_id from journal_lines group by entry_id having sum(debit_fen) <> sum(credit_fen)) x`,
    );
    console.log(`${POSTINGS} postings of 3 lines (${lines} lines in the journal), ${unbalanced.rows[0].n} unbalanced`);
  } finally {
    await srv.close();
  }
  const pg = await pgbenchTps(serverUrl, CLIENTS);
  console.log('');
  console.log('| measure | per second |');
  console.log('|---|---:|');
  console.log(`| API: POST /api/journal, ${CLIENTS} clients (3-line entry, numbered, audited) | ${api.toFixed(0)} |`);
  console.log(`| pgbench -b tpcb-like -c ${CLIENTS} -T ${PGBENCH_SECONDS} (same server) | ${pg.tps.toFixed(0)} |`);
  console.log(`| ratio API ÷ pgbench | ${(api / pg.tps).toFixed(2)} |`);
}
