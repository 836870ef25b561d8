import type { Knex } from 'knex';

/**
 * Test fixtures for the company plan: department requests and stock written straight into
 * their tables (the request and stock modules' own screens are proven by their tests), so a
 * plan test states exactly the month it consolidates. Used by the plan tests and the bench.
 */

export interface FixtureLine {
  item?: string;
  newItem?: { name: string; spec?: string; uom: string };
  qty: number;
  priceFen?: number | null;
}

export async function unitIds(db: Knex): Promise<Record<string, number>> {
  return Object.fromEntries((await db('units').select('code', 'id')).map((u: { code: string; id: number }) => [u.code, u.id]));
}

export async function itemIds(db: Knex): Promise<Record<string, number>> {
  return Object.fromEntries((await db('items').select('code', 'id')).map((i: { code: string; id: number }) => [i.code, i.id]));
}

let seq = 0;

/** A department's request of `month` ('YYYY-MM') to a buying unit, with its lines, in the state given. */
export async function insertRequest(
  db: Knex,
  r: { department: number; buyingUnit: number; month: string; status?: string; late?: boolean; lines: FixtureLine[] },
  items: Record<string, number>,
): Promise<{ id: number; lineIds: number[] }> {
  seq += 1;
  const lines = r.lines.map((l, i) => ({
    line_no: i + 1,
    item_id: l.item ? items[l.item] : null,
    new_item_name: l.newItem?.name ?? null,
    new_item_spec: l.newItem?.spec ?? '',
    new_item_uom: l.newItem?.uom ?? null,
    quantity: l.qty,
    est_unit_price_fen: l.priceFen ?? null,
    est_amount_fen: l.priceFen ? Math.round(l.qty * l.priceFen) : 0,
  }));
  const [{ id }] = await db('purchase_requests')
    .insert({
      number: `PR-T-${r.month.replace('-', '')}-${String(seq).padStart(5, '0')}-${r.department}`,
      department_id: r.department,
      buying_unit_id: r.buyingUnit,
      month: `${r.month}-01`,
      status: r.status ?? 'approved',
      late: r.late ?? false,
      total_fen: lines.reduce((s, l) => s + l.est_amount_fen, 0),
    })
    .returning('id');
  const ids: { id: number }[] = [];
  for (let i = 0; i < lines.length; i += 2000) {
    ids.push(...(await db('purchase_request_lines').insert(lines.slice(i, i + 2000).map((l) => ({ request_id: id, ...l }))).returning('id')));
  }
  return { id, lineIds: ids.map((x) => x.id) };
}

/** Brings on hand of an item to `qty` with a stock-take move (the stock module's ledger; balances follow by trigger). */
export async function setStock(db: Knex, unitId: number, itemId: number, qty: number): Promise<void> {
  const row = await db('stock_balances').where({ unit_id: unitId, item_id: itemId }).first('on_hand');
  const delta = Math.round((qty - Number(row?.on_hand ?? 0)) * 1000) / 1000;
  if (delta === 0) return;
  await db('stock_moves').insert({ item_id: itemId, unit_id: unitId, kind: 'count', quantity: delta, reason: '测试盘点', moved_on: db.raw('current_date') });
}
