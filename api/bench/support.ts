import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import knexFactory, { type Knex } from 'knex';
import pino from 'pino';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createDb, type Db } from '../src/db/knex';
import { migrateLatest } from '../src/db/migrate';
import { DEMO_PASSWORD, seedDemo } from '../../db/seeds/demo';

async function reachable(url: string): Promise<boolean> {
  const k = knexFactory({ client: 'pg', connection: { connectionString: url, connectionTimeoutMillis: 2000 }, pool: { min: 0, max: 1 } });
  try {
    await k.raw('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await k.destroy();
  }
}

export interface BenchServer {
  db: Db;
  base: string;
  /** 'PGlite (embedded)' or the PostgreSQL server's host, for the report. */
  engine: string;
  close(): Promise<void>;
}

/**
 * A fresh, migrated, seeded database and the real app listening on 127.0.0.1.
 * Like the tests: embedded PGlite (in memory) by default, as `npm start` runs with
 * no DATABASE_URL; a new database on the PostgreSQL server of BENCH_DATABASE_URL,
 * DATABASE_URL or TEST_DATABASE_URL (first set wins) otherwise, dropped at the end.
 */
export async function startBenchServer(): Promise<BenchServer> {
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
  let db: Db;
  let engine: string;
  let dropDatabase = async () => {};
  if (serverUrl) {
    if (!(await reachable(serverUrl))) throw new Error(`PostgreSQL at ${new URL(serverUrl).host} is not reachable`);
    const name = `portal_bench_${Date.now()}_${randomBytes(3).toString('hex')}`;
    const admin: Knex = knexFactory({ client: 'pg', connection: serverUrl, pool: { min: 0, max: 1 } });
    await admin.raw(`create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    db = createDb({ url: url.toString(), poolMax: 10 });
    engine = `PostgreSQL ${url.host}/${name}`;
    dropDatabase = async () => {
      await admin.raw(`drop database if exists ${name} with (force)`);
      await admin.destroy();
    };
  } else {
    db = createDb({});
    engine = 'PGlite (embedded, in memory)';
  }
  await migrateLatest(db);
  await seedDemo(db);
  const app = createApp({ db, config: loadConfig({ LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv), logger: pino({ level: 'silent' }) });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  const version = (await db.raw('select version() as v')).rows[0].v as string;
  console.log(`database: ${engine} — ${version.split(' on ')[0]}; app on 127.0.0.1:${port}`);
  return {
    db,
    engine,
    base: `http://127.0.0.1:${port}/api`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await db.destroy();
      await dropDatabase();
    },
  };
}

/** A signed-in HTTP client, as the SPA is: session cookie plus the CSRF header on writes. */
export async function benchSignIn(base: string, username: string) {
  const res = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in as ${username}: ${res.status}`);
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]);
  const csrf = decodeURIComponent(cookies.find((c) => c.startsWith('XSRF-TOKEN='))!.split('=')[1]);
  const cookie = cookies.join('; ');
  return {
    /** The session token, for running the session lookup's SQL alone. */
    token: decodeURIComponent(cookies.find((c) => c.startsWith('portal_sid='))?.split('=')[1] ?? ''),
    /** The session cookie and CSRF header, for a request the helpers below do not make. */
    headers: { cookie, 'x-xsrf-token': csrf },
    get: (path: string) => fetch(base + path, { headers: { cookie } }),
    post: (path: string, body: Buffer, type: string) =>
      fetch(base + path, { method: 'POST', headers: { cookie, 'x-xsrf-token': csrf, 'content-type': type }, body }),
  };
}

export async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const v = await fn();
  return [performance.now() - t0, v];
}

export function percentile(samples: number[], p: number): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

export const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));

/**
 * Requests per second with `concurrency` clients each running `fn` back to
 * back until `total` calls are done (the first `concurrency` calls warm up).
 */
export async function throughput(total: number, concurrency: number, fn: (i: number) => Promise<unknown>): Promise<number> {
  let next = 0;
  let resets = 0;
  // A keep-alive connection the server closes as the client reuses it (ECONNRESET, seen once on a
  // loaded machine) is retried, a few times at most, and said; any other failure stops the bench.
  const call = async (i: number) => {
    try {
      await fn(i);
    } catch (err) {
      if (!(err instanceof TypeError && /fetch failed/.test(err.message)) || ++resets > 5) throw err;
      await fn(i);
    }
  };
  const worker = async () => {
    for (let i = next++; i < total; i = next++) await call(i);
  };
  await Promise.all(Array.from({ length: concurrency }, (_, i) => call(i)));
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const perSecond = (total / (performance.now() - t0)) * 1000;
  if (resets) console.log(`(${resets} connection reset(s) retried)`);
  return perSecond;
}

/**
 * Generated items up to `total` in all (the demo seed has some already), spread over both buying
 * units' categories as the seed's are: `<prefix>-00001 …`, counted in 个.
 */
export async function benchItems(db: Knex, total: number, opts: { prefix: string; name: string; reorderLevel: number }): Promise<void> {
  const seeded = Number((await db('items').count<{ n: number }[]>({ n: '*' }))[0].n);
  await db.raw(
    `insert into items (code, name, spec, uom, category, buying_unit, reorder_level)
     select ? || '-' || lpad(g::text, 5, '0'), ? || g, '规格 ' || g, '个',
            (array['office_supplies','consumables','low_value_consumables','logistics_supplies','production_auxiliaries','electrical_hardware'])[1 + g % 6],
            case when g % 6 < 4 then 'OFFICE' else 'SUPPLY' end, ?
       from generate_series(1, ?) g`,
    [opts.prefix, opts.name, opts.reorderLevel, total - seeded],
  );
}

/** One row of a bench's table: a request's HTTP time beside the same SQL run alone. */
export interface Line {
  what: string;
  runs: number;
  p50: number;
  p95: number;
  sqlP50: number;
  sqlP95: number;
  target: string;
}

/** A row from the samples, judged against the issue's target: p95 at most `ms`, and (if given) at most `ofSql` × the SQL's p95. */
export function line(what: string, http: number[], sql: number[], target: { ms: number; ofSql?: number }): Line {
  const p95 = percentile(http, 95);
  const sqlP95 = percentile(sql, 95);
  const over = Math.max(p95 - target.ms, target.ofSql ? p95 - target.ofSql * sqlP95 : 0);
  const verdict = over <= 0 ? 'met' : `missed by ${ms(over)} ms`;
  return {
    what,
    runs: http.length,
    p50: percentile(http, 50),
    p95,
    sqlP50: percentile(sql, 50),
    sqlP95,
    target: `p95 ≤ ${target.ms} ms${target.ofSql ? ` and ≤ ${target.ofSql}× SQL` : ''}: ${verdict}`,
  };
}

export function printLines(lines: readonly Line[]): void {
  console.log('');
  console.log('| measure | runs | HTTP p50 ms | HTTP p95 ms | SQL p50 ms | SQL p95 ms | target |');
  console.log('|---|---:|---:|---:|---:|---:|---|');
  for (const l of lines) console.log(`| ${l.what} | ${l.runs} | ${ms(l.p50)} | ${ms(l.p95)} | ${ms(l.sqlP50)} | ${ms(l.sqlP95)} | ${l.target} |`);
}
