import { listOrders } from '../src/modules/purchase-orders/purchase-orders.repo';
import { readMatch } from '../src/modules/purchase-orders/purchase-orders.match';
import type { Db } from '../src/db/knex';
import { benchSignIn, line, printLines, startBenchServer, timed, type Line } from './support';

const ORDERS = 100_000;
const LINES_PER_ORDER = 5;
const MONTHS = 24;
const RUNS = 100;
const WARMUP = 10;
const PAGE = 50;
/** Issue 13: the orders filtered by unit and month p95 ≤ 50 ms; the three-way match of one order p95 ≤ 10 ms. */
const LIST_TARGET_MS = 50;
const MATCH_TARGET_MS = 10;

/** 100,000 orders over 24 months in SQL, 5 lines each, every other one delivered in full. */
export async function generateOrders(db: Db): Promise<void> {
  const plan = await db('purchase_plans').where({ status: 'approved' }).first('id', 'unit_id');
  const supplier = await db('suppliers').where({ platform: 'jd' }).first('id');
  await db.raw(
    `insert into purchase_orders (number, unit_id, plan_id, platform, shop, supplier_id, platform_order_no, ordered_on, goods_fen, freight_fen, discount_fen, total_fen)
     select 'B-' || g, ?, ?, 'jd', '基准店铺', ?, 'B' || g,
            date_trunc('month', current_date)::date - ((g % ?) * 30 + g % 28), 50000, 0, 0, 50000
       from generate_series(1, ?) g`,
    [plan.unit_id, plan.id, supplier.id, MONTHS, ORDERS],
  );
  await db.raw(
    `insert into purchase_order_lines (order_id, line_no, plan_line_id, item_id, quantity, unit_price_fen, amount_fen)
     select o.id, n, pl.id, pl.item_id, 10, 1000, 10000
       from purchase_orders o
       cross join generate_series(1, ?) n
       join lateral (select id, item_id from purchase_plan_lines where plan_id = ? order by id offset (n - 1) % 4 limit 1) pl on true
      where o.number like 'B-%'`,
    [LINES_PER_ORDER, plan.id],
  );
  await db.raw(
    `insert into purchase_deliveries (number, order_id, received_on, receiver)
     select 'BD-' || o.id, o.id, o.ordered_on, '基准' from purchase_orders o where o.number like 'B-%' and o.id % 2 = 0`,
  );
  await db.raw(
    `insert into purchase_delivery_lines (delivery_id, order_line_id, received_qty, accepted_qty, rejected_qty)
     select d.id, l.id, l.quantity, l.quantity, 0
       from purchase_deliveries d join purchase_order_lines l on l.order_id = d.order_id
      where d.number like 'BD-%'`,
  );
}

/**
 * Online orders at the size of issue 13: 100,000 orders over 24 months with 500,000 lines, every
 * other order delivered in full (250,000 delivery lines). Orders are generated in SQL against the
 * demo's approved plan lines (the quantity guard is the service's, not the database's). Each figure
 * goes through the Express app over HTTP beside the same query run directly.
 */
export async function runPurchaseOrdersBench(): Promise<void> {
  const t0 = performance.now();
  const srv = await startBenchServer();
  const { db } = srv;
  try {
    const [genMs] = await timed(() => generateOrders(db));
    for (const t of ['purchase_orders', 'purchase_order_lines', 'purchase_deliveries', 'purchase_delivery_lines']) await db.raw(`vacuum analyze ${t}`);
    const count = async (t: string) => Number((await db(t).count<{ n: number }[]>({ n: '*' }))[0].n).toLocaleString('en');
    console.log(
      `generated ${await count('purchase_orders')} orders, ${await count('purchase_order_lines')} lines, ${await count('purchase_delivery_lines')} delivery lines in ${(genMs / 1000).toFixed(1)} s`,
    );

    const unit = await db('units').where({ code: 'OFFICE' }).first('id');
    const months = (await db.raw(`select distinct to_char(ordered_on, 'YYYY-MM') as m from purchase_orders order by 1 desc limit 12`)).rows.map((r: { m: string }) => r.m);
    const ids = (await db('purchase_orders').orderByRaw('random()').limit(WARMUP + RUNS).select('id')).map((r: { id: number }) => r.id);
    const client = await benchSignIn(srv.base, 'clerk');
    const lines: Line[] = [];

    const http: number[] = [];
    const sql: number[] = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const month = months[i % months.length];
      const url = `/purchase-orders?month=${month}&pageSize=${PAGE}&page=${1 + (i % 5)}`;
      const [t, res] = await timed(async () => {
        const r = await client.get(url);
        return { status: r.status, body: (await r.json()) as { items: unknown[] } };
      });
      if (res.status !== 200 || res.body.items.length === 0) throw new Error(`${url} answered ${res.status}`);
      const [s] = await timed(() =>
        listOrders(db, { units: [unit.id], month, sort: { column: 'orderedOn', desc: true }, page: 1 + (i % 5), pageSize: PAGE }),
      );
      if (i >= WARMUP) {
        http.push(t);
        sql.push(s);
      }
    }
    lines.push(line(`orders of 办公室 in one month, ${PAGE} a page (count and page)`, http, sql, { ms: LIST_TARGET_MS }));

    const mHttp: number[] = [];
    const mSql: number[] = [];
    for (const [i, id] of ids.entries()) {
      const [t, status] = await timed(async () => (await client.get(`/purchase-orders/${id}/match`)).status);
      if (status !== 200) throw new Error(`match of ${id} answered ${status}`);
      const [s] = await timed(() => readMatch(db, id));
      if (i >= WARMUP) {
        mHttp.push(t);
        mSql.push(s);
      }
    }
    lines.push(line('three-way match of one order', mHttp, mSql, { ms: MATCH_TARGET_MS }));
    printLines(lines);
    console.log('');
    console.log('HTTP = GET /api/purchase-orders… through the Express app on 127.0.0.1 (session, scope, validation, JSON).');
    console.log('SQL = the same repo query run directly through knex in the same run.');
  } finally {
    await srv.close();
    console.log(`bench finished in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
}
