import { addMonths, calendarDay, IMPORT_COLUMNS, IMPORT_HEADERS, monthOf, monthRange, PLATFORM_LABELS, type Platform } from '@portal/domain';
import { monthlyPrices } from '../src/modules/prices/prices.history.repo';
import { insertImported, type ImportedObservation } from '../src/modules/prices/prices.import.repo';
import { latestCells } from '../src/modules/prices/prices.matrix.repo';
import { resolveSession } from '../src/modules/auth/auth.service';
import { benchItems, benchSignIn, line, printLines, startBenchServer, throughput, timed, type Line } from './support';

const ITEMS = 1000;
const SUPPLIERS = 50;
const MONTHS = 24;
const RUNS = 50;
const WARMUP = 5;
const IMPORT_ROWS = 100_000;
const CONCURRENCY = 16;
const THROUGHPUT_CALLS = 800;

/**
 * Supplier price database at the size of the issue: 1,000 items × 50 suppliers ×
 * 24 months = 1.2 million observations. Each figure is measured through the real
 * Express app over HTTP on 127.0.0.1 (session, validation, JSON included), and
 * beside it the same SQL run directly in the same run.
 */
export async function runPricesBench(): Promise<void> {
  const t0 = performance.now();
  const srv = await startBenchServer();
  const { db } = srv;
  try {
    await benchItems(db, ITEMS, { prefix: 'BX', name: '基准物资', reorderLevel: 10 });
    const seededSuppliers = Number((await db('suppliers').count<{ n: number }[]>({ n: '*' }))[0].n);
    await db.raw(
      `insert into suppliers (platform, shop_name)
       select (array['tmall','jd','amazon','suning','alibaba','taobao','yhd','other'])[1 + g % 8], '基准店铺' || g
         from generate_series(1, ?) g`,
      [SUPPLIERS - seededSuppliers],
    );
    // One price per item, supplier and month, on the 1st (never in the future), for the 24 months ending this month.
    const [genMs] = await timed(() =>
      db.raw(
        `insert into price_observations (item_id, supplier_id, price_fen, observed_on, in_stock)
         select i.id, s.id, 100 + ((i.id * 7919 + s.id * 104729 + m * 1231) % 50000),
                (date_trunc('month', current_date) - make_interval(months => m))::date,
                ((i.id + s.id + m) % 17) <> 0
           from items i cross join suppliers s cross join generate_series(0, ?) m`,
        [MONTHS - 1],
      ),
    );
    const [anMs] = await timed(() => db.raw('vacuum analyze price_observations'));
    const total = Number((await db('price_observations').count<{ n: number }[]>({ n: '*' }))[0].n);
    console.log(`generated ${total.toLocaleString('en')} observations in ${(genMs / 1000).toFixed(1)} s, vacuum analyze ${(anMs / 1000).toFixed(1)} s`);

    // The bench clerk keeps both units, so one file can cover every item.
    await db.raw(
      `insert into role_grants (user_id, role, unit_id)
       select u.id, 'purchasing_clerk', n.id from users u, units n where u.username = 'clerk' and n.code = 'SUPPLY'`,
    );
    const client = await benchSignIn(srv.base, 'clerk');
    const lines: Line[] = [];
    const throughputs: { what: string; http: number; sql: number }[] = [];
    const month = addMonths(monthOf(calendarDay(new Date())), -1);
    const itemIds: number[] = await db('items').orderBy('code').pluck('id');

    // Comparison matrix: 50 items × all suppliers for one month, a different page each run.
    {
      const http: number[] = [];
      const sql: number[] = [];
      for (let i = 0; i < WARMUP + RUNS; i++) {
        const page = 1 + (i % 20);
        const [t, res] = await timed(async () => {
          const r = await client.get(`/prices/matrix?month=${month}&page=${page}&pageSize=50`);
          return { status: r.status, body: (await r.json()) as { items: { cells: unknown[] }[]; suppliers: unknown[] } };
        });
        if (res.status !== 200 || res.body.items.length !== 50) throw new Error(`matrix answered ${res.status}`);
        if (i === 0) console.log(`matrix page: ${res.body.items.length} items × ${res.body.suppliers.length} suppliers, ${res.body.items.reduce((n, r) => n + r.cells.length, 0)} cells`);
        const ids = itemIds.slice((page - 1) * 50, page * 50);
        const [s] = await timed(() => latestCells(db, ids, monthRange(month)));
        if (i >= WARMUP) {
          http.push(t);
          sql.push(s);
        }
      }
      lines.push(line('matrix 50 items × 50 suppliers, 1 month', http, sql, readTarget(srv.engine)));
    }

    // One item's 24-month history, a different item each run.
    {
      const http: number[] = [];
      const sql: number[] = [];
      const to = monthOf(calendarDay(new Date()));
      const range = { from: monthRange(addMonths(to, -23)).from, until: monthRange(to).until };
      for (let i = 0; i < WARMUP + RUNS; i++) {
        const id = itemIds[(i * 37) % itemIds.length];
        const [t, res] = await timed(async () => {
          const r = await client.get(`/prices/history/${id}`);
          return { status: r.status, body: (await r.json()) as { rows: unknown[] } };
        });
        if (res.status !== 200) throw new Error(`history answered ${res.status}`);
        if (i === 0) console.log(`history: ${res.body.rows.length} supplier-months`);
        const [s] = await timed(() => monthlyPrices(db, id, range));
        if (i >= WARMUP) {
          http.push(t);
          sql.push(s);
        }
      }
      lines.push(line('item history, 24 months × 50 suppliers', http, sql, readTarget(srv.engine)));
    }

    // Throughput with 16 clients at once: the matrix and a trivial signed-in route through HTTP, and beside
    // each the same SQL alone at the same concurrency (the pool holds 10 connections; PGlite has one).
    {
      const pageIds = (i: number) => itemIds.slice((i % 20) * 50, (i % 20) * 50 + 50);
      const range = monthRange(month);
      const httpMatrix = await attempt(() => throughput(THROUGHPUT_CALLS, CONCURRENCY, async (i) => {
        const r = await client.get(`/prices/matrix?month=${month}&page=${1 + (i % 20)}&pageSize=50`);
        if (r.status !== 200) throw new Error(`matrix answered ${r.status}`);
        await r.arrayBuffer();
      }));
      const sqlMatrix = await attempt(() => throughput(THROUGHPUT_CALLS, CONCURRENCY, () => latestCells(db, pageIds(0), range)));
      const httpMe = await attempt(() => throughput(THROUGHPUT_CALLS * 2, CONCURRENCY, async () => {
        const r = await client.get('/auth/me');
        if (r.status !== 200) throw new Error(`/auth/me answered ${r.status}`);
        await r.arrayBuffer();
      }));
      const sqlMe = await attempt(() => throughput(THROUGHPUT_CALLS * 2, CONCURRENCY, () => resolveSession(db, client.token)));
      throughputs.push(
        { what: 'matrix 50 × 50 (HTTP) vs its cells query (SQL)', http: httpMatrix, sql: sqlMatrix },
        { what: 'GET /api/auth/me (HTTP) vs its session lookup (SQL)', http: httpMe, sql: sqlMe },
      );
    }

    // Import of 100,000 rows through preview-free commit (it validates every row itself), once.
    if (process.env.BENCH_SKIP_IMPORT !== '1') {
      const items: { id: number; code: string }[] = await db('items').orderBy('id').select('id', 'code');
      const suppliers: { id: number; platform: Platform; shop_name: string }[] = await db('suppliers').orderBy('id').select('id', 'platform', 'shop_name');
      // Days 25 and 26 of last month: the demo seed collects on days 3–22, the generated prices sit on the 1st.
      const days = [`${month}-25`, `${month}-26`];
      const lines_: string[] = [IMPORT_COLUMNS.map((c) => IMPORT_HEADERS[c].zh).join(',')];
      const rows: ImportedObservation[] = [];
      outer: for (const day of days) {
        for (const it of items) {
          for (const s of suppliers) {
            if (rows.length === IMPORT_ROWS) break outer;
            const fen = 100 + ((it.id * 31 + s.id * 17) % 90000);
            lines_.push(`${it.code},${PLATFORM_LABELS[s.platform].zh},${s.shop_name},${(fen / 100).toFixed(2)},${day},,是,`);
            rows.push({ item_id: it.id, supplier_id: s.id, observed_on: day, price_fen: fen, url: '', in_stock: true, note: '' });
          }
        }
      }
      const csv = Buffer.from(lines_.join('\r\n'), 'utf8');
      const before = Number((await db('price_observations').count<{ n: number }[]>({ n: '*' }))[0].n);
      const [t, res] = await timed(async () => {
        const r = await client.post('/prices/import/commit', csv, 'text/csv');
        return { status: r.status, body: (await r.json()) as { imported?: number; errorCount?: number; rowErrors?: unknown[] } };
      });
      if (res.status !== 201) throw new Error(`import answered ${res.status}: ${JSON.stringify(res.body).slice(0, 500)}`);
      const after = Number((await db('price_observations').count<{ n: number }[]>({ n: '*' }))[0].n);
      console.log(`import: ${(csv.length / 1e6).toFixed(1)} MB CSV, ${res.body.imported} rows imported (${after - before} new observations)`);
      // The same bulk insert alone, in a transaction rolled back (another set of days, so nothing collides).
      const shifted = rows.map((r) => ({ ...r, observed_on: r.observed_on.slice(0, 8) + (r.observed_on.endsWith('25') ? '27' : '28') }));
      let sqlMs = 0;
      await db
        .transaction(async (trx) => {
          [sqlMs] = await timed(() => insertImported(trx, shifted, { importId: '00000000-0000-4000-8000-000000000000', recordedBy: null }));
          throw new Error('rollback');
        })
        .catch((e: Error) => {
          if (e.message !== 'rollback') throw e;
        });
      lines.push({ what: `import ${IMPORT_ROWS.toLocaleString('en')} rows (CSV, commit)`, runs: 1, p50: t, p95: t, sqlP50: sqlMs, sqlP95: sqlMs, target: '≤ 30 s' });
    }

    printLines(lines);
    console.log('');
    console.log(`| throughput at ${CONCURRENCY} concurrent clients | HTTP req/s | SQL alone req/s | HTTP ÷ SQL |`);
    console.log('|---|---:|---:|---:|');
    for (const x of throughputs) console.log(`| ${x.what} | ${fmtRate(x.http)} | ${fmtRate(x.sql)} | ${Number.isNaN(x.http / x.sql) ? '—' : ((x.http / x.sql) * 100).toFixed(0) + ' %'} |`);
    console.log('');
    console.log('HTTP = through the Express app on 127.0.0.1 (session lookup, validation, all queries, JSON). SQL = the same');
    console.log('main query run directly through knex in the same run: matrix cells, history rows, and for the import the bulk insert alone.');
  } finally {
    await srv.close();
    console.log(`bench finished in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
}

/** Issue 10: matrix and history p95 ≤ 15 ms on PostgreSQL, ≤ 25 ms on PGlite, and at most twice their SQL. */
function readTarget(engine: string): { ms: number; ofSql: number } {
  return { ms: engine.startsWith('PGlite') ? 25 : 15, ofSql: 2 };
}

const fmtRate = (v: number) => (Number.isNaN(v) ? 'failed' : v.toFixed(0));

/** A throughput figure, or NaN (printed as "failed") with the reason, so one failure does not hide the rest. */
async function attempt(measure: () => Promise<number>): Promise<number> {
  try {
    return await measure();
  } catch (err) {
    console.log(`throughput run failed: ${(err as Error).message} ${String((err as { cause?: Error }).cause?.message ?? '')}`);
    return NaN;
  }
}
