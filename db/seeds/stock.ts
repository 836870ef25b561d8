import type { Knex } from 'knex';
import { addMonths, calendarDay, monthOf } from '@portal/domain';

/**
 * The stores of both buying units (库存): each demo item's old stock_on_hand as its opening
 * balance at the start of last month, then a believable two months of receipts, issues to
 * departments and one stock-take adjustment, so the on-hand list, the history and the
 * below-reorder card all have something to show. Moves go in through the ledger's own
 * triggers, so the balances are what the moves add up to.
 */

const OFFICE_TAKERS = ['IT', 'HR', 'FINANCE', 'AUDIT', 'PURCHASING'];
const SUPPLY_TAKERS = ['WORKSHOP', 'IT', 'AFTERSALES'];
const PURPOSES = ['日常办公领用', '新员工入职配发', '会议保障', '设备维修更换', '月度例行补充'];
const WORKSHOP_PURPOSES = ['生产线检修', '门店照明维修', '配电箱更换', '设备保养'];

export async function seedStock(
  trx: Knex,
  ids: { units: ReadonlyMap<string, number>; clerk: number; supplyClerk: number },
  now = new Date(),
): Promise<number> {
  const today = calendarDay(now);
  const thisMonth = monthOf(today);
  const lastMonth = addMonths(thisMonth, -1);
  // A day of this month that has already come.
  const thisMonthDay = (d: number) => `${thisMonth}-${String(Math.min(d, Number(today.slice(8)))).padStart(2, '0')}`;
  const items: { id: number; code: string; uom: string; buying_unit: 'OFFICE' | 'SUPPLY'; stock_on_hand: number; reorder_level: number }[] = await trx('items')
    .orderBy('code')
    .select('id', 'code', 'uom', 'buying_unit', 'stock_on_hand', 'reorder_level');
  const moves: Record<string, unknown>[] = [];
  for (const [k, it] of items.entries()) {
    const supply = it.buying_unit === 'SUPPLY';
    const unit_id = ids.units.get(it.buying_unit)!;
    const recorded_by = supply ? ids.supplyClerk : ids.clerk;
    const takers = supply ? SUPPLY_TAKERS : OFFICE_TAKERS;
    const purposes = supply ? WORKSHOP_PURPOSES : PURPOSES;
    const base = { item_id: it.id, unit_id, recorded_by };
    let onHand = it.stock_on_hand;
    if (onHand > 0) moves.push({ ...base, kind: 'opening', quantity: onHand, reason: '期初库存（系统上线前盘点结存）', moved_on: `${lastMonth}-01` });
    if (k % 2 === 0) {
      const q = Math.max(1, it.reorder_level);
      moves.push({ ...base, kind: 'receipt', quantity: q, reason: '上线前已下单的网购到货，手工补录入库', moved_on: `${lastMonth}-08` });
      onHand += q;
    }
    // Two issues last month and one this month, each a share of what is left; the toner runs low on purpose.
    const shares: [string, number][] = [
      [`${lastMonth}-12`, 0.15],
      [`${lastMonth}-23`, 0.1],
      [thisMonthDay(k % 2 === 0 ? 3 : 6), it.code === 'HC-0002' ? 0.7 : 0.12],
    ];
    for (const [j, [day, share]] of shares.entries()) {
      const q = Math.floor(onHand * share);
      if (q <= 0) continue;
      moves.push({
        ...base,
        kind: 'issue',
        quantity: -q,
        department_id: ids.units.get(takers[(k + j) % takers.length])!,
        reason: purposes[(k + j) % purposes.length],
        moved_on: day,
      });
      onHand -= q;
    }
  }
  // A stock take found two pads of sticky notes spoiled by damp.
  const notes = items.find((i) => i.code === 'BG-0004');
  if (notes) {
    moves.push({ item_id: notes.id, unit_id: ids.units.get('OFFICE')!, recorded_by: ids.clerk, kind: 'count', quantity: -2, reason: '月度盘点：受潮损坏 2 本，已报废', moved_on: thisMonthDay(2) });
  }
  // In date order, as a clerk would have typed them: the ledger's order is its ids.
  moves.sort((a, b) => String(a.moved_on).localeCompare(String(b.moved_on)));
  for (let i = 0; i < moves.length; i += 500) await trx('stock_moves').insert(moves.slice(i, i + 500));
  return moves.length;
}
