import type { Knex } from 'knex';
import { insertedId } from '../../db/rows';
import { usersView } from '../users/users.reads.repo';

/** Deliveries (到货验收) and the returns of rejected goods, in the orders module's own tables. */

export interface NewDelivery {
  number: string;
  order_id: number;
  received_on: string;
  receiver: string;
  note: string;
  recorded_by: number | null;
}

export const insertDelivery = (trx: Knex, d: NewDelivery) => insertedId(trx('purchase_deliveries'), d);

export interface NewDeliveryLine {
  delivery_id: number;
  order_line_id: number;
  received_qty: number;
  accepted_qty: number;
  rejected_qty: number;
  rejection_reason: string | null;
}

export const insertDeliveryLine = (trx: Knex, l: NewDeliveryLine) => insertedId(trx('purchase_delivery_lines'), l);

export const insertReturn = (trx: Knex, r: { delivery_line_id: number; order_id: number; quantity: number; refund_fen: number }) =>
  insertedId(trx('purchase_returns'), r);

export interface DeliveryRow {
  id: number;
  number: string;
  received_on: string;
  receiver: string;
  note: string;
  recorded_by: number | null;
  recorded_by_name: string | null;
  reviewed_by: number | null;
  reviewed_by_name: string | null;
  reviewed_at: Date | null;
}

export async function deliveriesOf(db: Knex, orderId: number): Promise<DeliveryRow[]> {
  return db('purchase_deliveries as d')
    .leftJoin(usersView(db).as('u'), 'u.id', 'd.recorded_by')
    .leftJoin(usersView(db).as('ru'), 'ru.id', 'd.reviewed_by')
    .where('d.order_id', orderId)
    .orderBy('d.id')
    .select(
      'd.id',
      'd.number',
      db.raw(`to_char(d.received_on, 'YYYY-MM-DD') as received_on`),
      'd.receiver',
      'd.note',
      'd.recorded_by',
      'u.display_name as recorded_by_name',
      'd.reviewed_by',
      'ru.display_name as reviewed_by_name',
      'd.reviewed_at',
    );
}

/** One delivery of one order, locked: two reviews of it queue here and the second sees the first. */
export async function findDelivery(trx: Knex, orderId: number, id: number): Promise<{ id: number; number: string; recorded_by: number | null; reviewed_at: Date | null } | undefined> {
  return trx('purchase_deliveries').where({ id, order_id: orderId }).forUpdate().first('id', 'number', 'recorded_by', 'reviewed_at');
}

/** Marks the delivery reviewed unless it already is: false when another review got there first. */
export async function setReviewed(trx: Knex, id: number, reviewerId: number): Promise<boolean> {
  const n = await trx('purchase_deliveries').where({ id }).whereNull('reviewed_at').update({ reviewed_by: reviewerId, reviewed_at: trx.raw('CURRENT_TIMESTAMP') });
  return n === 1;
}

export interface DeliveryLineRow {
  id: number;
  delivery_id: number;
  order_line_id: number;
  received: number;
  accepted: number;
  rejected: number;
  rejection_reason: string | null;
}

export async function deliveryLinesOf(db: Knex, orderId: number): Promise<DeliveryLineRow[]> {
  return db('purchase_delivery_lines as dl')
    .join('purchase_deliveries as d', 'd.id', 'dl.delivery_id')
    .where('d.order_id', orderId)
    .orderBy('dl.id')
    .select(
      'dl.id',
      'dl.delivery_id',
      'dl.order_line_id',
      db.raw('dl.received_qty::float8 as received'),
      db.raw('dl.accepted_qty::float8 as accepted'),
      db.raw('dl.rejected_qty::float8 as rejected'),
      'dl.rejection_reason',
    );
}

export async function returnsOf(db: Knex, orderId: number) {
  return db('purchase_returns as r')
    .join('purchase_delivery_lines as dl', 'dl.id', 'r.delivery_line_id')
    .where('r.order_id', orderId)
    .orderBy('r.id')
    .select('r.id', 'dl.delivery_id', 'dl.order_line_id', db.raw('r.quantity::float8 as quantity'), db.raw('r.refund_fen::float8 as refund_fen'), 'r.status') as Promise<
    { id: number; delivery_id: number; order_line_id: number; quantity: number; refund_fen: number; status: 'expected' | 'refunded' }[]
  >;
}
