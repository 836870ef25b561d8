import type { Knex } from 'knex';
import { addMonths, calendarDay, monthOf, monthRange } from '@portal/domain';
import { ledgerBatch, ledgerPage, monthTotals, ordersLedger, type LedgerFilter } from '../src/modules/purchase-ledgers/purchase-ledgers.repo';
import { benchSignIn, line, ms, percentile, printLines, startBenchServer, timed, type Line } from './support';

const ORDERS = 100_000;
const MONTHS = 24;
const LINES_PER_ORDER = 5;
const SUPPLIERS = 10;
const RUNS = 100;
const WARMUP = 10;
const EXPORT_RUNS = 3;
/** Issue 13: the electronic purchasing ledger filtered by unit and month, p95 ≤ 50 ms. */
const LEDGER_TARGET_MS = 50;
/** Issue 13: the three-way match of one order, p95 ≤ 10 ms. */
const MATCH_TARGET_MS = 10;
/** Issue 13: XLSX export of 10,000 ledger rows ≤ 2 s, streamed. */
const EXPORT_TARGET_MS = 2000;

/**
 * The purchasing ledgers at the size of issue 13: 100,000 orders over 24 months (500,000 lines),
 * four in five delivered, seven in ten invoiced, three in five paid, nine in ten with a virtual
 * contract, all generated with SQL. Each figure goes through the real Express app over HTTP
 * (session, scope, validation, JSON or the streamed file), with the same queries run directly beside it.
 */
export async function runPurchaseLedgersBench(): Promise<void> {
  const t0 = performance.now();
  const srv = await startBenchServer();
  const { db } = srv;
  try {
    const thisMonth = monthOf(calendarDay(new Date()));
    // Two years ending three months ago: the demo's own plans (this month and last) stay as they are.
    const first = addMonths(thisMonth, -(MONTHS + 2));
    const [genMs] = await timed(() => generateLedgerData(db, first));
    for (const t of ['purchase_orders', 'purchase_order_lines', 'purchase_deliveries', 'purchase_delivery_lines', 'virtual_contracts', 'payment_requests', 'payment_request_orders', 'payments', 'purchase_invoices', 'purchase_invoice_orders']) {
      await db.raw(`vacuum analyze ${t}`);
    }
    const count = async (t: string) => Number((await db(t).count<{ n: number }[]>({ n: '*' }))[0].n);
    console.log(
      `generated ${(await count('purchase_orders')).toLocaleString('en')} orders, ${(await count('purchase_order_lines')).toLocaleString('en')} lines, ` +
        `${(await count('purchase_delivery_lines')).toLocaleString('en')} delivery lines, ${(await count('payments')).toLocaleString('en')} payments, ` +
        `${(await count('purchase_invoices')).toLocaleString('en')} invoices in ${(genMs / 1000).toFixed(1)} s`,
    );

    await measurePurchaseLedgers(db, srv.base, first);
  } finally {
    await srv.close();
    console.log(`bench finished in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
}

const range = (month: string) => {
  const r = monthRange(month);
  return { from: r.from, until: r.until };
};

/** The bench's orders and everything after them, with SQL: plans from `first` (YYYY-MM) for MONTHS months. */
export async function generateLedgerData(db: Knex, first: string): Promise<void> {
    await db.raw(
      `insert into suppliers (platform, shop_name) select 'jd', '台账基准供应商 ' || g from generate_series(1, ?) g`,
      [SUPPLIERS],
    );
    // One approved plan per buying unit and month, five lines each of the unit's items.
    await db.raw(
      `insert into purchase_plans (number, unit_id, month, status, approved_at)
       select 'BP-' || u.code || '-' || m, u.id, (?::date + (m || ' month')::interval)::date, 'approved', now()
         from units u cross join generate_series(0, ? - 1) m where u.code in ('OFFICE', 'SUPPLY')`,
      [`${first}-01`, MONTHS],
    );
    await db.raw(
      `insert into purchase_plan_lines (plan_id, item_id, requested_qty, proposed_qty)
       select p.id, i.id, 100000, 100000
         from purchase_plans p join units u on u.id = p.unit_id
         cross join lateral (select id from items where buying_unit = u.code and active order by id limit ?) i
        where p.number like 'BP-%'`,
      [LINES_PER_ORDER],
    );
    await db.raw(`create temporary table bench_plans as
      select p.id as plan_id, p.unit_id, u.code, p.month, row_number() over (order by u.code, p.month) - 1 as k,
             array_agg(l.id order by l.id) as line_ids, array_agg(l.item_id order by l.id) as item_ids
        from purchase_plans p join units u on u.id = p.unit_id join purchase_plan_lines l on l.plan_id = p.id
       where p.number like 'BP-%' group by p.id, p.unit_id, u.code, p.month`);
    await db.raw(`create temporary table bench_suppliers as select id, row_number() over (order by id) - 1 as k from suppliers where shop_name like '台账基准供应商%'`);
    // Order g: unit and month from g, day 1–28, supplier g % 10, platform from g.
    await db.raw(
      `insert into purchase_orders (number, unit_id, plan_id, platform, shop, supplier_id, platform_order_no, ordered_on, goods_fen, total_fen)
       select 'BO-' || g, bp.unit_id, bp.plan_id,
              (array['tmall','jd','amazon','suning','alibaba','taobao','yhd'])[1 + g % 7], '基准店铺',
              s.id, 'BPO-' || g, bp.month + (g % 28), 0, 0
         from generate_series(1, ?) g
         join bench_plans bp on bp.k = g % ?
         join bench_suppliers s on s.k = (g / 7) % ?`,
      [ORDERS, MONTHS * 2, SUPPLIERS],
    );
    await db.raw(
      `insert into purchase_order_lines (order_id, line_no, plan_line_id, item_id, quantity, unit_price_fen, amount_fen, lowest_price_fen, price_reason)
       select o.id, n, bp.line_ids[n], bp.item_ids[n], 1 + (o.id + n) % 5, 1000 + (o.id * n) % 5000, (1 + (o.id + n) % 5) * (1000 + (o.id * n) % 5000),
              900, case when n = 1 and o.id % 10 = 0 then '基准：唯一有现货的店铺' end
         from purchase_orders o join bench_plans bp on bp.plan_id = o.plan_id
         cross join generate_series(1, ?) n
        where o.number like 'BO-%'`,
      [LINES_PER_ORDER],
    );
    await db.raw(`update purchase_orders o set goods_fen = l.s, total_fen = l.s
                    from (select order_id, sum(amount_fen) s from purchase_order_lines group by order_id) l
                   where l.order_id = o.id and o.number like 'BO-%'`);
    // Deliveries: every order but each fifth, in full.
    await db.raw(`insert into purchase_deliveries (number, order_id, received_on, receiver)
                  select 'BD-' || o.id, o.id, o.ordered_on + 3, '基准收货人' from purchase_orders o where o.number like 'BO-%' and o.id % 5 <> 0`);
    await db.raw(`insert into purchase_delivery_lines (delivery_id, order_line_id, received_qty, accepted_qty, rejected_qty)
                  select d.id, l.id, l.quantity, l.quantity, 0 from purchase_deliveries d join purchase_order_lines l on l.order_id = d.order_id
                   where d.number like 'BD-%'`);
    await db.raw(`insert into virtual_contracts (number, order_id, status, confirmed_at)
                  select 'BVC-' || o.id, o.id, case when o.id % 3 = 0 then 'submitted' else 'confirmed' end, case when o.id % 3 = 0 then null else now() end
                    from purchase_orders o where o.number like 'BO-%' and o.id % 10 <> 0`);
    // Payments for three in five, invoices for seven in ten.
    await db.raw(`insert into payment_requests (number, unit_id, supplier_id, payee, method, amount_fen, status)
                  select 'BR-' || o.id, o.unit_id, o.supplier_id, '基准收款方', 'platform', o.total_fen, 'paid'
                    from purchase_orders o where o.number like 'BO-%' and o.id % 5 in (1, 2, 3)`);
    await db.raw(`insert into payment_request_orders (request_id, order_id, amount_fen)
                  select r.id, substr(r.number, 4)::int, r.amount_fen from payment_requests r where r.number like 'BR-%'`);
    await db.raw(`insert into payments (number, request_id, kind, amount_fen, paid_on, paying_account)
                  select 'BPAY-' || r.id, r.id, 'payment', r.amount_fen, o.ordered_on + 5, '基本户'
                    from payment_requests r join purchase_orders o on o.id = substr(r.number, 4)::int where r.number like 'BR-%'`);
    await db.raw(`insert into purchase_invoices (unit_id, kind, code, invoice_no, issued_on, header, seller_name, seller_tax_id, amount_fen, tax_rate_bp, tax_fen, total_fen)
                  select o.unit_id, 'ordinary', 'BENCH', o.id::text, o.ordered_on + 4, '华瑞电器股份有限公司', '基准销售方', '91110000000000000X', o.total_fen, 0, 0, o.total_fen
                    from purchase_orders o where o.number like 'BO-%' and o.id % 10 < 7`);
    await db.raw(`insert into purchase_invoice_orders (invoice_id, order_id, amount_fen)
                  select i.id, i.invoice_no::int, i.total_fen from purchase_invoices i where i.code = 'BENCH'`);
}

/** The figures, over HTTP at `base` and as SQL on `db`, on data generateLedgerData made from `first`. */
export async function measurePurchaseLedgers(db: Knex, base: string, first: string): Promise<void> {
  const client = await benchSignIn(base, 'finance');
  const office = (await db('units').where({ code: 'OFFICE' }).first('id')).id as number;
  const monthAt = (i: number) => addMonths(first, i % MONTHS);
  const lines: Line[] = [];

  // 1. The electronic purchasing ledger of one unit and month: count and first page; then its month totals (their own call).
  for (const part of ['page', 'totals'] as const) {
    const http: number[] = [];
    const sql: number[] = [];
    let rows = 0;
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const month = monthAt(i);
      const [t, body] = await timed(async () => {
        const r = await client.get(`/purchase-ledgers/orders${part === 'totals' ? '/totals' : ''}?unit=OFFICE&month=${month}`);
        if (r.status !== 200) throw new Error(`orders ledger ${part} answered ${r.status}`);
        return (await r.json()) as { total?: number; totals?: { count: number } };
      });
      rows = body.total ?? body.totals?.count ?? 0;
      const f: LedgerFilter = { scope: null, unitId: office, ...range(month) };
      const [s] = await timed<unknown>(() => (part === 'page' ? ledgerPage(db, ordersLedger, f, { page: 1, pageSize: 20 }) : monthTotals(db, ordersLedger, f)));
      if (i >= WARMUP) {
        http.push(t);
        sql.push(s);
      }
    }
    const what =
      part === 'page'
        ? `orders ledger, one unit and month (~${rows.toLocaleString('en')} orders): count and page of 20 with each order's match`
        : `its month totals (/totals: count, amount, accepted, invoiced, paid over all ~${rows.toLocaleString('en')})`;
    lines.push(line(what, http, sql, { ms: LEDGER_TARGET_MS }));
  }

  // 2. The three-way match of one order: its ledger row, ordered / accepted / invoiced / paid and the status.
  {
    const ids = (await db('purchase_orders').where('number', 'like', 'BO-%').orderByRaw('random()').limit(WARMUP + RUNS).select('id')).map((r: { id: number }) => r.id);
    const http: number[] = [];
    const sql: number[] = [];
    for (const [i, id] of ids.entries()) {
      const [t] = await timed(async () => {
        const r = await client.get(`/purchase-ledgers/orders?orderId=${id}`);
        const body = (await r.json()) as { items: { match: string }[] };
        if (r.status !== 200 || body.items.length !== 1) throw new Error(`match of order ${id} answered ${r.status}`);
      });
      const [s] = await timed(() => ledgerBatch(db, ordersLedger, { scope: null, orderId: id }, null, 1));
      if (i >= WARMUP) {
        http.push(t);
        sql.push(s);
      }
    }
    lines.push(line('three-way match of one order (its ledger row with figures and status)', http, sql, { ms: MATCH_TARGET_MS }));
  }

  // 3. XLSX of 10,000 ledger rows (one supplier's orders), streamed; the process's peak RSS growth while it runs.
  const supplier = (await db('suppliers').where('shop_name', 'like', '台账基准供应商%').orderBy('id').first('id')).id as number;
  const exportRows = Number((await db('purchase_orders').where({ supplier_id: supplier }).count<{ n: number }[]>({ n: '*' }))[0].n);
  const exports = async (query: string, runs: number) => {
    const times: number[] = [];
    const growth: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs; i++) {
      const base = process.memoryUsage().rss;
      let peak = base;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
      const [t] = await timed(async () => {
        const r = await client.get(`/purchase-ledgers/orders?${query}&format=xlsx`);
        if (r.status !== 200) throw new Error(`export answered ${r.status}`);
        bytes = (await r.arrayBuffer()).byteLength;
      });
      clearInterval(sampler);
      times.push(t);
      growth.push((peak - base) / 1024 / 1024);
    }
    return { times, growth, bytes };
  };
  const big = await exports(`supplierId=${supplier}`, EXPORT_RUNS);
  const sqlTimes: number[] = [];
  for (let i = 0; i < EXPORT_RUNS; i++) {
    const [s] = await timed(async () => {
      let after: { date: string; id: number } | null = null;
      for (;;) {
        const batch: { ledger_date: string; id: number }[] = await ledgerBatch(db, ordersLedger, { scope: null, supplierId: supplier }, after, 500);
        if (batch.length < 500) break;
        after = { date: batch[batch.length - 1].ledger_date, id: batch[batch.length - 1].id };
      }
    });
    sqlTimes.push(s);
  }
  lines.push(line(`XLSX export of ${exportRows.toLocaleString('en')} orders-ledger rows (one supplier, all months)`, big.times, sqlTimes, { ms: EXPORT_TARGET_MS }));
  const small = await exports(`supplierId=${supplier}&month=${monthAt(5)}`, EXPORT_RUNS);
  printLines(lines);
  console.log('');
  console.log(
    `XLSX memory: peak RSS growth while exporting ${exportRows.toLocaleString('en')} rows (${(big.bytes / 1024 / 1024).toFixed(1)} MB file): ` +
      `${big.growth.map((g) => g.toFixed(1)).join(' / ')} MB; one month of it (${(small.bytes / 1024).toFixed(0)} KB file): ${small.growth.map((g) => g.toFixed(1)).join(' / ')} MB ` +
      `(p50 ${ms(percentile(small.times, 50))} ms). Rows are read 500 at a time after a keyset cursor and written as they come, so the growth stays near one batch.`,
  );
  console.log('HTTP = GET /api/purchase-ledgers/orders through the Express app on 127.0.0.1 as finance (session, scope, validation, JSON or the streamed XLSX).');
  console.log('SQL = the same ledger queries run directly through knex (for the export: reading every batch, without writing the workbook).');
}
