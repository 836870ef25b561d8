import type { Knex } from 'knex';

/**
 * What the ad-quotes module publishes for other modules' queries (ad agreements are made
 * from accepted quotes and snapshot them): a quote's terms and its priced lines.
 */

/** `.join(quotesView(db).as('q'), 'q.id', 'x.quote_id')`: the stored status, so 'accepted' is exact. */
export const quotesView = (db: Knex) =>
  db('ad_quotes').select('id', 'number', 'unit_id', 'customer_id', 'status', 'valid_until', 'bundle_share_bp', 'list_fen', 'net_fen', 'paid_share_bp', 'note', 'created_at', 'updated_at');

/** A quote's lines as priced: flights, the rate card (and its revision) the price came from, the line's own share. */
export const quoteLinesView = (db: Knex) =>
  db('ad_quote_lines').select('id', 'quote_id', 'position', 'slot_id', 'starts_on', 'ends_on', 'units', 'card_id', 'card_revision', 'unit_price_fen', 'list_fen', 'share_bp', 'net_fen');
