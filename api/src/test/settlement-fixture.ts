import type { Knex } from 'knex';

/**
 * Test fixtures for settlement: purchase orders written straight into the order tables (the
 * orders module's own screens are proven by its tests), so a payment or invoice test states
 * exactly the orders it settles. Each order has one line per entry of `lines`; `delivered`
 * accepts every line in full, `rejectQty` rejects that much of the first line with a refund.
 */

let seq = 0;

async function planLineOf(db: Knex, unitCode: string): Promise<{ planId: number; planLineId: number; itemId: number }> {
  const unit = await db('units').where({ code: unitCode }).first('id');
  let plan = await db('purchase_plans').where({ unit_id: unit.id, number: `PP-T-${unitCode}` }).first('id');
  if (!plan) {
    [plan] = await db('purchase_plans')
      .insert({ number: `PP-T-${unitCode}`, unit_id: unit.id, month: '2020-01-01', status: 'approved', approved_at: new Date() })
      .returning('id');
  }
  const item = await db('items').where({ buying_unit: unitCode }).orderBy('id').first('id');
  let line = await db('purchase_plan_lines').where({ plan_id: plan.id, item_id: item.id }).first('id');
  if (!line) [line] = await db('purchase_plan_lines').insert({ plan_id: plan.id, item_id: item.id, requested_qty: 1000, proposed_qty: 1000 }).returning('id');
  return { planId: plan.id, planLineId: line.id, itemId: item.id };
}

export async function supplierIds(db: Knex): Promise<number[]> {
  return (await db('suppliers').orderBy('id').select('id')).map((s: { id: number }) => s.id);
}

export interface FixtureOrder {
  unit: 'OFFICE' | 'SUPPLY';
  supplierId: number;
  lines: { qty: number; priceFen: number }[];
  freightFen?: number;
  delivered?: boolean;
  rejectQty?: number;
  orderedOn?: string;
}

export async function insertOrder(db: Knex, o: FixtureOrder): Promise<{ id: number; number: string; totalFen: number }> {
  seq += 1;
  const { planId, planLineId, itemId } = await planLineOf(db, o.unit);
  const unit = await db('units').where({ code: o.unit }).first('id');
  const goods = o.lines.reduce((s, l) => s + Math.round(l.qty * l.priceFen), 0);
  const freight = o.freightFen ?? 0;
  const number = `PO-T-${Date.now()}-${seq}`;
  const [order] = await db('purchase_orders')
    .insert({
      number,
      unit_id: unit.id,
      plan_id: planId,
      platform: 'jd',
      shop: '测试店',
      supplier_id: o.supplierId,
      platform_order_no: `T${Date.now()}${seq}`,
      ordered_on: o.orderedOn ?? '2026-10-05',
      goods_fen: goods,
      freight_fen: freight,
      discount_fen: 0,
      total_fen: goods + freight,
    })
    .returning('id');
  const lineIds: number[] = [];
  for (const [i, l] of o.lines.entries()) {
    const [line] = await db('purchase_order_lines')
      .insert({ order_id: order.id, line_no: i + 1, plan_line_id: planLineId, item_id: itemId, quantity: l.qty, unit_price_fen: l.priceFen, amount_fen: Math.round(l.qty * l.priceFen) })
      .returning('id');
    lineIds.push(line.id);
  }
  if (o.delivered || o.rejectQty) {
    const [delivery] = await db('purchase_deliveries').insert({ number: `DL-T-${number}`, order_id: order.id, received_on: '2026-10-08', receiver: '王芳' }).returning('id');
    for (const [i, l] of o.lines.entries()) {
      const rejected = i === 0 ? (o.rejectQty ?? 0) : 0;
      const [dl] = await db('purchase_delivery_lines')
        .insert({ delivery_id: delivery.id, order_line_id: lineIds[i], received_qty: l.qty, accepted_qty: l.qty - rejected, rejected_qty: rejected, rejection_reason: rejected ? '破损' : null })
        .returning('id');
      if (rejected) await db('purchase_returns').insert({ delivery_line_id: dl.id, order_id: order.id, quantity: rejected, refund_fen: Math.round(rejected * l.priceFen) });
    }
  }
  return { id: order.id, number, totalFen: goods + freight };
}
