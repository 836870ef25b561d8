import type { Knex } from 'knex';
import type { PurchaseRequestStatus } from '@portal/domain';

/**
 * What the purchase-requests module publishes for other modules' queries (the company
 * plan consolidates these lines; the budget sums them); they never name its tables.
 * One row per request line: its request's department, buying unit, month, status and
 * lateness, and the item it stands for (the clerk's mapping wins over the requester's
 * choice; null while a free-text line is unmapped).
 */
export const REQUEST_LINE_COLUMNS = [
  'id',
  'request_id',
  'request_number',
  'department_id',
  'buying_unit_id',
  'month',
  'request_status',
  'late',
  'line_no',
  'item_id',
  'new_item_name',
  'new_item_spec',
  'new_item_uom',
  'quantity',
  'needed_by',
  'purpose',
  'est_unit_price_fen',
  'est_supplier_id',
  'est_observed_on',
  'est_amount_fen',
] as const;

/** What a request line itself holds (as written by the request's editor): the view's line columns. */
export interface RequestLineValues {
  line_no: number;
  item_id: number | null;
  new_item_name: string | null;
  new_item_spec: string;
  new_item_uom: string | null;
  quantity: number;
  needed_by: string | null;
  purpose: string;
  est_unit_price_fen: number | null;
  est_supplier_id: number | null;
  est_observed_on: string | null;
  est_amount_fen: number;
}

/** A row of requestLinesView: the line with its request's facts. */
export interface RequestLineRow extends RequestLineValues {
  id: number;
  request_id: number;
  request_number: string;
  department_id: number;
  buying_unit_id: number;
  /** 'YYYY-MM-01' of the request. */
  month: string;
  request_status: PurchaseRequestStatus;
  late: boolean;
}

/** `.from(requestLinesView(db).as('rl'))` or `.join(requestLinesView(db).as('rl'), 'rl.id', 'x.request_line_id')`. */
export const requestLinesView = (db: Knex) =>
  db('purchase_request_lines as l')
    .join('purchase_requests as r', 'r.id', 'l.request_id')
    .select(
      'l.id',
      'l.request_id',
      'r.number as request_number',
      'r.department_id',
      'r.buying_unit_id',
      'r.month',
      'r.status as request_status',
      'r.late',
      'l.line_no',
      db.raw('coalesce(l.mapped_item_id, l.item_id) as item_id'),
      'l.new_item_name',
      'l.new_item_spec',
      'l.new_item_uom',
      'l.quantity',
      'l.needed_by',
      'l.purpose',
      'l.est_unit_price_fen',
      'l.est_supplier_id',
      'l.est_observed_on',
      'l.est_amount_fen',
    );
