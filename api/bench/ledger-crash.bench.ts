import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import knexFactory from 'knex';
import { calendarDay } from '@portal/domain';
import { createDb } from '../src/db/knex';
import { migrateLatest } from '../src/db/migrate';
import { seedDemo } from '../../db/seeds/demo';
import { benchEntry, benchPgUrl } from './journal.bench';
import { benchSignIn } from './support';

const POSTINGS = 2000;
/** Requests in flight at once (the kill lands on about this many). */
const CONCURRENCY = 64;
/** The server is killed once this many postings have been answered. */
const KILL_AFTER = 1000;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** The real server (api/src/main.ts) as a child process on `url`, ready when /api/health answers. */
async function startServer(url: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'api/src/main.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', SEED_DEMO: 'false', NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) return child;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the server did not start in 60 s');
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Issue 14's durability check: kill -9 the server in the middle of 2,000 concurrent postings,
 * start it again, and check on PostgreSQL that every posting answered 2xx is there (by the id
 * and number it was answered with), every entry balances with at least two lines, no line is
 * orphaned and no entry lacks lines. Then the unanswered requests are sent again with their
 * Idempotency-Keys and the memo count shows nothing posted twice. Prints the counts.
 */
export async function runLedgerCrashBench(): Promise<void> {
  const serverUrl = benchPgUrl();
  if (!serverUrl) {
    console.log('skipped: the crash check needs PostgreSQL (BENCH_DATABASE_URL, DATABASE_URL or TEST_DATABASE_URL)');
    return;
  }
  const name = `portal_crash_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = knexFactory({ client: 'pg', connection: serverUrl, pool: { min: 0, max: 1 } });
  await admin.raw(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = createDb({ url: url.toString(), poolMax: 2 });
  let child: ChildProcess | null = null;
  try {
    await migrateLatest(db);
    await seedDemo(db);
    const port = await freePort();
    child = await startServer(url.toString(), port);
    const base = `http://127.0.0.1:${port}/api`;
    const finance = await benchSignIn(base, 'finance');
    const day = calendarDay(new Date());
    const run = `crash-${Date.now()}`;
    const body = (i: number) => Buffer.from(JSON.stringify({ ...benchEntry(i, day), memo: `${run}-${i}` }));

    const acked = new Map<number, { id: number; number: string }>();
    const failed: number[] = [];
    let answered = 0;
    let killedAt = 0;
    const post = (i: number) =>
      fetch(`${base}/journal`, {
        method: 'POST',
        headers: { ...finance.headers, 'content-type': 'application/json', 'idempotency-key': `${run}-${i}` },
        body: body(i),
      });
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < POSTINGS; i = next++) {
        try {
          const res = await post(i);
          const json = (await res.json()) as { id: number; number: string };
          if (res.status >= 200 && res.status < 300) acked.set(i, { id: json.id, number: json.number });
          else failed.push(i);
        } catch {
          failed.push(i);
        }
        if (++answered === KILL_AFTER && child) {
          killedAt = acked.size;
          child.kill('SIGKILL');
        }
      }
    };
    const t0 = performance.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const fireMs = performance.now() - t0;
    console.log(`fired ${POSTINGS} postings, ${CONCURRENCY} at a time; kill -9 after ${KILL_AFTER} answers (${killedAt} acknowledged then), ${(fireMs / 1000).toFixed(1)} s`);

    // Restart on the same database, as a supervisor would.
    if (child.exitCode === null && child.signalCode === null) await new Promise((r) => child!.once('exit', r));
    child = await startServer(url.toString(), port);

    const rows: { id: number; number: string; memo: string }[] = await db('journal_entries').where('memo', 'like', `${run}-%`).select('id', 'number', 'memo');
    const byMemo = new Map(rows.map((r) => [r.memo, r]));
    let missing = 0;
    for (const [i, a] of acked) {
      const r = byMemo.get(`${run}-${i}`);
      if (!r || Number(r.id) !== a.id || r.number !== a.number) missing++;
    }
    const unbalanced = (
      await db.raw(`select count(*)::int as n from journal_entries e
        where (select count(*) from journal_lines l where l.entry_id = e.id) < 2
           or (select coalesce(sum(debit_fen), 0) - coalesce(sum(credit_fen), 0) from journal_lines l where l.entry_id = e.id) <> 0`)
    ).rows[0].n as number;
    const orphans = (await db.raw(`select count(*)::int as n from journal_lines l where not exists (select 1 from journal_entries e where e.id = l.entry_id)`)).rows[0].n as number;
    const committedUnanswered = rows.length - acked.size;

    // The unanswered requests again, same keys: those that committed before the kill must not post twice.
    const retried = { posted: 0, replayed: 0, busy: 0, other: 0 };
    const again = [...failed];
    const retryWorker = async () => {
      for (let i = again.pop(); i !== undefined; i = again.pop()) {
        const res = await fetch(`${base}/journal`, {
          method: 'POST',
          headers: { ...finance.headers, 'content-type': 'application/json', 'idempotency-key': `${run}-${i}` },
          body: body(i),
        });
        await res.arrayBuffer();
        if (res.status === 201 && res.headers.get('idempotent-replayed')) retried.replayed++;
        else if (res.status === 201) retried.posted++;
        else if (res.status === 409) retried.busy++;
        else retried.other++;
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, retryWorker));
    const dupes = (
      await db.raw(`select count(*)::int as n from (select memo from journal_entries where memo like ? group by memo having count(*) > 1) x`, [`${run}-%`])
    ).rows[0].n as number;
    const total = Number((await db('journal_entries').where('memo', 'like', `${run}-%`).count<{ n: number }[]>({ n: '*' }))[0].n);

    console.log('');
    console.log('| count | value |');
    console.log('|---|---:|');
    console.log(`| postings fired | ${POSTINGS} |`);
    console.log(`| answered 2xx before the kill | ${acked.size} |`);
    console.log(`| unanswered (connection lost / refused) | ${failed.length} |`);
    console.log(`| entries found after restart | ${rows.length} |`);
    console.log(`| … committed though never answered | ${committedUnanswered} |`);
    console.log(`| 2xx postings missing after restart | ${missing} |`);
    console.log(`| entries unbalanced or with < 2 lines | ${unbalanced} |`);
    console.log(`| orphaned lines | ${orphans} |`);
    console.log(`| retried with the same key: posted / replayed / 409 busy (dead claim) / other | ${retried.posted} / ${retried.replayed} / ${retried.busy} / ${retried.other} |`);
    console.log(`| memos posted more than once | ${dupes} |`);
    console.log(`| entries in the end | ${total} |`);
    const ok = missing === 0 && unbalanced === 0 && orphans === 0 && dupes === 0;
    console.log(ok ? 'durability: every acknowledged posting survived; the journal balances' : 'durability: FAILED');
    if (!ok) throw new Error('ledger crash check failed');
  } finally {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child!.once('exit', r));
    }
    await db.destroy();
    await admin.raw(`drop database if exists ${name} with (force)`);
    await admin.destroy();
  }
}
