import type { Knex } from 'knex';

/**
 * Every journal line with its entry's number, period, date and kind, for the reports and for
 * the modules that post (collections, income recognition): `.from(journalLinesView(db).as('jl'))`.
 */
export const journalLinesView = (db: Knex) =>
  db('journal_lines as l')
    .join('journal_entries as e', 'e.id', 'l.entry_id')
    .select(
      'l.id',
      'l.entry_id',
      'e.number as entry_number',
      // The line's own copy of its entry's period (the insert trigger's), indexed with the account.
      'l.period',
      'e.entry_date',
      'e.kind as entry_kind',
      'e.reverses_id',
      'l.line_no',
      'l.account_code',
      'l.debit_fen',
      'l.credit_fen',
      'l.unit_id',
      'l.customer_id',
      'l.agreement_id',
      'l.memo',
    );

/**
 * The lines' figures alone, without their entry (no join): what sums by month, account, unit and
 * customer need, over the (period, account_code) index. `.from(journalLineFiguresView(db).as('jf'))`.
 */
export const journalLineFiguresView = (db: Knex) =>
  db('journal_lines').select('period', 'account_code', 'debit_fen', 'credit_fen', 'unit_id', 'customer_id');
