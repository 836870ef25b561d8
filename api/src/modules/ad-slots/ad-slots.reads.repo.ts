import type { Knex } from 'knex';
import type { AdPricingUnit } from '@portal/domain';

/** An ad slot as other modules see it. */
export interface SlotView {
  id: number;
  code: string;
  name: string;
  /** null: no English name, English screens show the Chinese one */
  name_en: string | null;
  page: string;
  format: string;
  size: string;
  pricing_unit: AdPricingUnit;
  exclusive: boolean;
  active: boolean;
}

/** `.join(slotsView(db).as('s'), 's.id', 'x.slot_id')`: what other modules may join of an ad slot. */
export const slotsView = (db: Knex) => db('ad_slots').select('id', 'code', 'name', 'name_en', 'page', 'format', 'size', 'pricing_unit', 'exclusive', 'active');
