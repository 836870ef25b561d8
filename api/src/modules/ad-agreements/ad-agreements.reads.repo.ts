import type { Knex } from 'knex';

/**
 * What the ad-agreements module publishes for the ledger's modules (income recognition,
 * collections, reports): agreements, their flights and their instalments.
 */

/**
 * `.join(agreementsView(db).as('a'), 'a.id', 'x.agreement_id')`. `status` is what is stored:
 * draft, signed or terminated. A signed agreement is running or completed by its dates
 * (domain effectiveAgreementStatus), never by a nightly update, so income belongs to
 * `status = 'signed'` (and to a terminated one up to `terminated_on`), never to a draft.
 */
export const agreementsView = (db: Knex) =>
  db('ad_agreements').select(
    'id',
    'number',
    'quote_id',
    'unit_id',
    'customer_id',
    'amount_fen',
    'starts_on',
    'ends_on',
    'status',
    'signed_at',
    'terminated_on',
  );

/** The flights income is recognised over, by the days they run in each month. */
export const agreementLinesView = (db: Knex) =>
  db('ad_agreement_lines').select('id', 'agreement_id', 'line_no', 'slot_id', 'starts_on', 'ends_on', 'amount_fen');

/** The collection schedule: `.from(instalmentsView(db).as('i'))`. */
export const instalmentsView = (db: Knex) =>
  db('ad_agreement_instalments as i')
    .join('ad_agreements as a', 'a.id', 'i.agreement_id')
    .select('i.id', 'i.agreement_id', 'i.seq', 'i.due_on', 'i.amount_fen', 'i.method', 'a.customer_id', 'a.unit_id', 'a.number as agreement_number', 'a.status as agreement_status');
