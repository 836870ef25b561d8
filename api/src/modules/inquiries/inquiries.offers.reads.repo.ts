import type { Knex } from 'knex';

/**
 * What the inquiries module publishes for a negotiation sheet to be opened from (issue 15): an
 * inquiry's heading with whether its deadline has passed by the database's clock, and each
 * supplier's latest quote line by line beside the inquiry line it prices.
 */

/** `.from(inquiriesView(db).as('i'))`: id, number, unit_id, title, delivery_place, status, deadline_passed. */
export const inquiriesView = (db: Knex) =>
  db('inquiries').select('id', 'number', 'unit_id', 'title', 'delivery_place', 'status', db.raw('quote_deadline <= now() as deadline_passed'));

/**
 * One row per inquiry line a supplier priced in its latest revision: inquiry_id, supplier_id,
 * inquiry_line_id, line_no, item_id, description, spec, uom, quantity, required_on,
 * unit_price_fen, tax_rate_bp.
 */
export const latestQuoteLinesView = (db: Knex) =>
  db('inquiry_quotes as q')
    .join('inquiry_quote_lines as ql', 'ql.quote_id', 'q.id')
    .join('inquiry_lines as il', 'il.id', 'ql.inquiry_line_id')
    .whereNotExists(
      db('inquiry_quotes as later')
        .whereRaw('later.inquiry_id = q.inquiry_id and later.supplier_id = q.supplier_id and later.revision > q.revision')
        .select(db.raw('1')),
    )
    .select(
      'q.inquiry_id',
      'q.supplier_id',
      'il.id as inquiry_line_id',
      'il.line_no',
      'il.item_id',
      'il.description',
      'il.spec',
      'il.uom',
      'il.quantity',
      db.raw(`to_char(il.required_on, 'YYYY-MM-DD') as required_on`),
      'ql.unit_price_fen',
      'ql.tax_rate_bp',
    );
