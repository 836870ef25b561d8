import { listStock } from '../src/modules/stock/stock.repo';
import { benchItems, benchSignIn, line, printLines, startBenchServer, timed, type Line } from './support';

const ITEMS = 1000;
const MOVES_PER_ITEM = 500;
const RUNS = 100;
const WARMUP = 10;
const PAGE = 50;
const CHUNK = 10;
/** Issue 12: the stock on-hand list for 1,000 items over 500,000 moves, p95 ≤ 50 ms. */
const TARGET_MS = 50;

/**
 * Stock on hand at the size of the issue: 1,000 items and 500,000 moves (an opening balance
 * and 499 issues each). The list reads the balances the ledger's trigger keeps, so its time
 * depends on the items, not the moves. Each figure goes through the real Express app over HTTP
 * (session, validation, JSON included), with the same query run directly beside it.
 */
export async function runStockBench(): Promise<void> {
  const t0 = performance.now();
  const srv = await startBenchServer();
  const { db } = srv;
  try {
    await benchItems(db, ITEMS, { prefix: 'SX', name: '库存基准物资', reorderLevel: 20 });
    const before = Number((await db('stock_moves').count<{ n: number }[]>({ n: '*' }))[0].n);
    // Openings first (g = 1), then the issues; an item ends with (id % 40) + 1 on hand, so about half sit below 20.
    // In statements of 10 moves per item, each its own transaction, as moves really come: a balance
    // row updated 500 times in one transaction drags a chain of 500 row versions behind it.
    const [genMs] = await timed(async () => {
      for (let from = 1; from <= MOVES_PER_ITEM; from += CHUNK) {
        await db.raw(
          `insert into stock_moves (item_id, unit_id, kind, quantity, department_id, reason, moved_on)
           select i.id, u.id,
                  case when g = 1 then 'opening' else 'issue' end,
                  case when g = 1 then ? + (i.id % 40) else -1 end,
                  case when g = 1 then null else d.id end,
                  case when g = 1 then '' else '基准领用' end,
                  current_date - (? - g) / 2
             from items i
             join units u on u.code = i.buying_unit
             cross join (select id from units where code = 'IT') d
             cross join generate_series(?::int, ?::int) g
            order by g, i.id`,
          [MOVES_PER_ITEM, MOVES_PER_ITEM, from, Math.min(from + CHUNK - 1, MOVES_PER_ITEM)],
        );
      }
    });
    await db.raw('vacuum analyze stock_moves');
    await db.raw('vacuum analyze stock_balances');
    const total = Number((await db('stock_moves').count<{ n: number }[]>({ n: '*' }))[0].n);
    const items = Number((await db('items').count<{ n: number }[]>({ n: '*' }))[0].n);
    console.log(`generated ${(total - before).toLocaleString('en')} moves (${total.toLocaleString('en')} in all) over ${items} items in ${(genMs / 1000).toFixed(1)} s`);

    const client = await benchSignIn(srv.base, 'finance');
    const cases = [
      { what: `on-hand list, ${PAGE} of ${items} items by code, a different page each run`, sort: { column: 'code' as const, desc: false }, below: false, url: (p: number) => `/stock?pageSize=${PAGE}&page=${p}` },
      { what: 'below-reorder list, fullest first', sort: { column: 'onHand' as const, desc: true }, below: true, url: (p: number) => `/stock?belowReorder=true&sort=-onHand&pageSize=${PAGE}&page=${p}` },
    ];
    const lines: Line[] = [];
    for (const c of cases) {
      const http: number[] = [];
      const sql: number[] = [];
      for (let i = 0; i < WARMUP + RUNS; i++) {
        const page = 1 + (i % 10);
        const [t, res] = await timed(async () => {
          const r = await client.get(c.url(page));
          return { status: r.status, body: (await r.json()) as { items: unknown[]; total: number } };
        });
        if (res.status !== 200 || res.body.items.length === 0) throw new Error(`${c.url(page)} answered ${res.status}`);
        const [s] = await timed(() => listStock(db, { units: null, belowReorder: c.below || undefined, sort: c.sort, page, pageSize: PAGE }));
        if (i >= WARMUP) {
          http.push(t);
          sql.push(s);
        }
      }
      lines.push(line(c.what, http, sql, { ms: TARGET_MS }));
    }
    printLines(lines);
    console.log('');
    console.log('HTTP = GET /api/stock through the Express app on 127.0.0.1 (session, scope, validation, count and page, JSON).');
    console.log('SQL = the same list query (count and page) run directly through knex in the same run.');
  } finally {
    await srv.close();
    console.log(`bench finished in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
}
