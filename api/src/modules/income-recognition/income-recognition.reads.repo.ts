import type { Knex } from 'knex';

/** Income recognised per agreement and period (one row each): `.from(recognitionsView(db).as('r'))`. */
export const recognitionsView = (db: Knex) =>
  db('income_recognitions').select('agreement_id', 'period', 'gross_fen', 'net_fen', 'vat_fen', 'from_advance_fen', 'entry_id');
