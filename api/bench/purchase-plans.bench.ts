import { consolidate } from '@portal/domain';
import { candidateLines, onHandOf } from '../src/modules/purchase-plans/purchase-plans.repo';
import { benchSignIn, ms, percentile, startBenchServer, timed } from './support';

const DEPARTMENTS = 200;
const LINES_PER_DEPARTMENT = 50;
const ITEMS = 1000;
const RUNS = 50;
const WARMUP = 5;
/** A month no demo request lies in, so the month holds exactly the generated requests. */
const MONTH = '2030-05';

/**
 * The company plan's consolidation view at the size of issue 12: one buying unit's month of
 * 200 departments × 50 approved request lines (10,000 lines over 1,000 items, every item in
 * stock). Measured through the real app over HTTP (session, scope, consolidation, budget
 * positions, JSON), and beside it the same month's SQL alone (the request lines and stock
 * queries) and the pure consolidation over their rows.
 */
export async function runPurchasePlansBench(): Promise<void> {
  const srv = await startBenchServer();
  const { db } = srv;
  try {
    const office = (await db('units').where({ code: 'OFFICE' }).first('id')).id as number;
    const hq = (await db('units').where({ code: 'HQ' }).first('id')).id as number;
    const seeded = Number((await db('items').where({ buying_unit: 'OFFICE' }).count<{ n: number }[]>({ n: '*' }))[0].n);
    const [genMs] = await timed(async () => {
      await db.raw(
        `insert into items (code, name, spec, uom, category, buying_unit, stock_on_hand, reorder_level)
         select 'PX-' || lpad(g::text, 5, '0'), '基准办公物资' || g, '规格 ' || g, '个',
                (array['office_supplies','consumables','low_value_consumables','logistics_supplies'])[1 + g % 4], 'OFFICE', 0, 10
           from generate_series(1, ?) g`,
        [ITEMS - seeded],
      );
      await db.raw(
        `insert into units (code, name_zh, name_en, kind, parent_id)
         select 'BD-' || lpad(g::text, 3, '0'), '基准部门' || g, 'Bench dept ' || g, 'department', ? from generate_series(1, ?) g`,
        [hq, DEPARTMENTS],
      );
      // One approved request per department for the month, 50 lines each, over all 1,000 items.
      await db.raw(
        `insert into purchase_requests (number, department_id, buying_unit_id, month, status, total_fen)
         select 'PR-BENCH-' || u.code, u.id, ?, ?::date, 'approved', 0 from units u where u.code like 'BD-%'`,
        [office, `${MONTH}-01`],
      );
      await db.raw(
        `with its as (select id, row_number() over (order by id) - 1 as k from items where buying_unit = 'OFFICE')
         insert into purchase_request_lines (request_id, line_no, item_id, quantity, est_unit_price_fen, est_amount_fen)
         select r.id, j, its.id, 1 + (r.id + j) % 9, 500 + (its.id * 37 + r.id) % 20000, 0
           from purchase_requests r cross join generate_series(1, ?) j
           join its on its.k = (r.id * ? + j) % ?
          where r.number like 'PR-BENCH-%'`,
        [LINES_PER_DEPARTMENT, LINES_PER_DEPARTMENT, ITEMS],
      );
      await db.raw(
        `insert into stock_moves (item_id, unit_id, kind, quantity, reason, moved_on)
         select id, ?, 'receipt', 1 + id % 40, '基准入库', current_date from items where buying_unit = 'OFFICE'`,
        [office],
      );
      await db.raw('analyze');
    });
    const lineCount = Number((await db('purchase_request_lines').count<{ n: number }[]>({ n: '*' }))[0].n);
    console.log(`generated ${DEPARTMENTS} departments, ${lineCount.toLocaleString('en')} request lines (all months), ${ITEMS} items in ${(genMs / 1000).toFixed(1)} s`);

    const clerk = await benchSignIn(srv.base, 'clerk');
    const http: number[] = [];
    const sql: number[] = [];
    const pure: number[] = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const [t, body] = await timed(async () => {
        const res = await clerk.get(`/purchase-plans/OFFICE/${MONTH}/consolidation`);
        if (res.status !== 200) throw new Error(`consolidation: ${res.status} ${await res.text()}`);
        return (await res.json()) as { lines: unknown[]; sources: unknown[]; totalFen: number };
      });
      if (i === 0) console.log(`consolidation: ${body.lines.length} items (${body.sources.length} lines need the clerk), total ¥${(body.totalFen / 100).toLocaleString("en")}`);
      const [s, rows] = await timed(async () => {
        const lines = await candidateLines(db, office, `${MONTH}-01`);
        const stock = await onHandOf(db, office, [...new Set(lines.flatMap((l) => (l.item_id === null ? [] : [l.item_id])))]);
        return { lines, stock };
      });
      const t0 = performance.now();
      consolidate(
        rows.lines.map((l) => ({ requestLineId: l.id, departmentId: l.department_id, itemId: l.item_id, quantity: l.quantity, estUnitPriceFen: l.est_unit_price_fen, estSupplierId: l.est_supplier_id, decision: 'included' })),
        rows.stock,
      );
      const p = performance.now() - t0;
      if (i >= WARMUP) {
        http.push(t);
        sql.push(s);
        pure.push(p);
      }
    }
    console.log('');
    console.log('| measure | runs | HTTP p50 ms | HTTP p95 ms | SQL p50 ms | SQL p95 ms | consolidate() p95 ms | target |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---|');
    console.log(
      `| consolidation view, ${DEPARTMENTS} depts × ${LINES_PER_DEPARTMENT} lines over ${ITEMS} items | ${RUNS} | ${ms(percentile(http, 50))} | ${ms(percentile(http, 95))} | ${ms(percentile(sql, 50))} | ${ms(percentile(sql, 95))} | ${ms(percentile(pure, 95))} | HTTP p95 ≤ 100 ms |`,
    );
    console.log('');
    console.log('HTTP = GET /api/purchase-plans/OFFICE/:month/consolidation through the Express app on 127.0.0.1 (session, scope, both');
    console.log('queries, consolidation, item names, budget positions, JSON). SQL = the request-lines and stock queries alone, in the same run.');
  } finally {
    await srv.close();
  }
}
