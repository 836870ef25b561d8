import type { Knex } from 'knex';

/** `.join(slotsView(db).as('s'), 's.id', 'x.slot_id')`: what other modules may join of an ad slot. */
export const slotsView = (db: Knex) => db('ad_slots').select('id', 'code', 'name', 'page', 'format', 'size', 'pricing_unit', 'exclusive', 'active');
