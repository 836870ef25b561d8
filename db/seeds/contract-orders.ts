import type { Knex } from 'knex';
import { calendarDay } from '@portal/domain';
import { recordDelivery } from '../../api/src/modules/purchase-orders/purchase-orders.deliveries';
import { actorOf, viewerOf, type SeedPerson } from './purchasing';

/**
 * Issue 15 item 7: the signed e-contract with 恒通五金 became 供应处's order when both signed
 * (the e-contracts service does that). Its goods arrived today: the clerk recorded the delivery
 * (受理 → 确认 → 入库, a few breakers rejected), and it waits for the unit head's review (审核),
 * so 供应处's head finds it on the workbench and payment cannot be requested yet.
 */
export async function seedContractDelivery(trx: Knex, people: Map<string, SeedPerson>, now = new Date()): Promise<void> {
  const clerk = people.get('supply_clerk')!;
  const order: { id: number } | undefined = await trx('purchase_orders').where({ source: 'contract', unit_id: clerk.unitId }).orderBy('id').first('id');
  if (!order) return;
  const lines: { id: number; quantity: string | number }[] = await trx('purchase_order_lines').where({ order_id: order.id }).orderBy('line_no').select('id', 'quantity');
  await recordDelivery(trx, actorOf(clerk), viewerOf(clerk), 'zh', order.id, {
    receivedOn: calendarDay(now),
    receiver: '供应处仓库 刘建国',
    note: '随货附出厂合格证及 3C 证书',
    lines: lines.map((l, i) => {
      const quantity = Number(l.quantity);
      // The first line's sample check found a few cracked cases: rejected and returned.
      const rejected = i === 0 ? Math.min(4, quantity) : 0;
      return { orderLineId: l.id, received: quantity, accepted: quantity - rejected, rejected, rejectionReason: rejected ? '外壳开裂，抽检不合格' : null };
    }),
  });
}
