import type { Knex } from 'knex';

/**
 * Test fixtures for negotiations and e-contracts: an inquiry of 供应处 sent to the two seeded B2B
 * suppliers, each quoting every line, written straight into the inquiries tables (the inquiries
 * module's own screens are proven by its tests), then its deadline moved into the past so the
 * quotes are open, as after a real deadline.
 */

let seq = 0;

export interface B2bSuppliers {
  hardware: number;
  lighting: number;
}

export async function b2bSuppliers(db: Knex): Promise<B2bSuppliers> {
  const contact = async (username: string) =>
    (await db('supplier_contacts as c').join('users as u', 'u.id', 'c.user_id').where('u.username', username).first('c.supplier_id')).supplier_id as number;
  return { hardware: await contact('sup_hardware'), lighting: await contact('sup_lighting') };
}

export interface FixtureInquiry {
  id: number;
  lineIds: number[];
}

/**
 * An inquiry with `lines` (quantity and each supplier's unit price in fen), quoted by both
 * suppliers at 13%, its deadline passed unless `open`.
 */
export async function quotedInquiry(
  db: Knex,
  lines: { quantity: number; hardwareFen: number; lightingFen: number }[],
  opts: { open?: boolean } = {},
): Promise<FixtureInquiry> {
  const sup = await b2bSuppliers(db);
  const unit = await db('units').where({ code: 'SUPPLY' }).first('id');
  seq += 1;
  const [inq] = await db('inquiries')
    .insert({
      number: `XJ-T-${Date.now()}-${seq}`,
      unit_id: unit.id,
      title: `测试询价 ${seq}：开关与灯具`,
      delivery_place: '深圳市南山区华瑞大厦仓库',
      quote_deadline: db.raw(`now() + interval '1 hour'`),
    })
    .returning('id');
  const lineIds: number[] = [];
  for (const [i, l] of lines.entries()) {
    const [row] = await db('inquiry_lines')
      .insert({ inquiry_id: inq.id, line_no: i + 1, description: `LED 面板灯 ${i + 1}`, spec: '600×600 40W', quantity: l.quantity, uom: '个', required_on: '2026-12-20' })
      .returning('id');
    lineIds.push(row.id);
  }
  for (const key of ['hardware', 'lighting'] as const) {
    await db('inquiry_suppliers').insert({ inquiry_id: inq.id, supplier_id: sup[key] });
    const [q] = await db('inquiry_quotes').insert({ inquiry_id: inq.id, supplier_id: sup[key], revision: 1, valid_until: '2027-01-31' }).returning('id');
    await db('inquiry_quote_lines').insert(
      lines.map((l, i) => ({ quote_id: q.id, inquiry_line_id: lineIds[i], unit_price_fen: key === 'hardware' ? l.hardwareFen : l.lightingFen, tax_rate_bp: 1300, delivery_days: 7 })),
    );
  }
  if (!opts.open) await db('inquiries').where({ id: inq.id }).update({ quote_deadline: db.raw(`now() - interval '1 minute'`) });
  return { id: inq.id, lineIds };
}
