import { latestPerSupplier } from '../src/modules/prices/prices.history.repo';
import { priceLines } from '../src/modules/purchase-requests/purchase-requests.lines';
import { eligibleSupplierIds } from '../src/modules/suppliers/suppliers.service';
import { benchSignIn, ms, percentile, startBenchServer, timed } from './support';

/** The price database's size (items of 办公室, shops, monthly prices), the request's lines and the runs. */
const [ITEMS, SUPPLIERS, MONTHS, LINES, RUNS, WARMUP] = [1000, 50, 12, 50, 100, 10];
/** Issue 12: a request's price prefill for 50 lines, p95 ≤ 20 ms. */
const TARGET_MS = 20;

/**
 * Department requests at the size of the month: 1,000 items, 50 shops, a year
 * of monthly prices (600,000 observations). Measured: the editor's item search with
 * the estimate for a page of 50 items over HTTP, and the prefill of a 50-line request
 * (priceLines: item checks and the lowest eligible current price of each line, as a
 * save runs it) in process; beside them the price query alone.
 */
export async function runPurchaseRequestsBench(): Promise<void> {
  const t0 = performance.now();
  const srv = await startBenchServer();
  const { db } = srv;
  try {
    const seeded = Number((await db('items').where({ buying_unit: 'OFFICE' }).count<{ n: number }[]>({ n: '*' }))[0].n);
    await db.raw(
      `insert into items (code, name, spec, uom, category, buying_unit)
       select 'PX-' || lpad(g::text, 5, '0'), '申请基准物资' || g, '规格 ' || g, '个',
              (array['office_supplies','consumables','low_value_consumables','logistics_supplies'])[1 + g % 4], 'OFFICE'
         from generate_series(1, ?) g`,
      [ITEMS - seeded],
    );
    const seededSuppliers = Number((await db('suppliers').count<{ n: number }[]>({ n: '*' }))[0].n);
    await db.raw(
      `insert into suppliers (platform, shop_name) select (array['tmall','jd','suning','alibaba'])[1 + g % 4], '申请基准店铺' || g from generate_series(1, ?) g`,
      [SUPPLIERS - seededSuppliers],
    );
    const [genMs] = await timed(() =>
      db.raw(
        `insert into price_observations (item_id, supplier_id, price_fen, observed_on, in_stock)
         select i.id, s.id, 100 + ((i.id * 7919 + s.id * 104729 + m * 1231) % 50000),
                (date_trunc('month', current_date) - make_interval(months => m))::date, ((i.id + s.id + m) % 17) <> 0
           from items i cross join suppliers s cross join generate_series(1, ?) m
          where i.buying_unit = 'OFFICE'`,
        [MONTHS],
      ),
    );
    await db.raw('vacuum analyze price_observations');
    const total = Number((await db('price_observations').count<{ n: number }[]>({ n: '*' }))[0].n);
    console.log(`generated ${total.toLocaleString('en')} observations in ${(genMs / 1000).toFixed(1)} s`);

    const itemIds: number[] = await db('items').where({ buying_unit: 'OFFICE' }).orderBy('code').pluck('id');
    const client = await benchSignIn(srv.base, 'requester');
    const pages = Math.floor(itemIds.length / LINES);
    const rows: { what: string; p50: number; p95: number; sqlP50: number; sqlP95: number; met: string }[] = [];
    const measure = async (what: string, run: (i: number) => Promise<unknown>, sql: (i: number) => Promise<unknown>) => {
      const a: number[] = [];
      const b: number[] = [];
      for (let i = 0; i < WARMUP + RUNS; i++) {
        const [t] = await timed(() => run(i));
        const [s] = await timed(() => sql(i));
        if (i >= WARMUP) {
          a.push(t);
          b.push(s);
        }
      }
      const p95 = percentile(a, 95);
      rows.push({ what, p50: percentile(a, 50), p95, sqlP50: percentile(b, 50), sqlP95: percentile(b, 95), met: p95 <= TARGET_MS ? 'met' : `missed by ${ms(p95 - TARGET_MS)} ms` });
    };
    const pageIds = (i: number) => itemIds.slice((i % pages) * LINES, (i % pages) * LINES + LINES);
    // The price query alone: the eligible shops, then each item's latest price per shop.
    const sqlAlone = async (i: number) => latestPerSupplier(db, pageIds(i), await eligibleSupplierIds(db));

    await measure(
      `prefill of a ${LINES}-line request (priceLines, in process)`,
      (i) => priceLines(db, 'OFFICE', pageIds(i).map((itemId) => ({ itemId, newItem: null, quantity: 3, neededBy: null, purpose: '' }))),
      sqlAlone,
    );
    await measure(
      `item search page of ${LINES} with estimates (HTTP)`,
      async (i) => {
        const r = await client.get(`/purchase-requests/items?unit=OFFICE&page=${1 + (i % pages)}&pageSize=${LINES}`);
        if (r.status !== 200) throw new Error(`items answered ${r.status}`);
        await r.arrayBuffer();
      },
      sqlAlone,
    );

    console.log('');
    console.log(`| measure | runs | p50 ms | p95 ms | price SQL p50 ms | price SQL p95 ms | target p95 ≤ ${TARGET_MS} ms |`);
    console.log('|---|---:|---:|---:|---:|---:|---|');
    for (const r of rows) console.log(`| ${r.what} | ${RUNS} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.sqlP50)} | ${ms(r.sqlP95)} | ${r.met} |`);
    console.log('');
    console.log('price SQL = the eligible-shop list and the latest-price-per-shop query for the same 50 items, run directly through knex.');
  } finally {
    await srv.close();
    console.log(`bench finished in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
}
