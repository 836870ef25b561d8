import type { Knex } from 'knex';

/** Accounting periods (months) and their status: open, closed or locked. */
export const periodsView = (db: Knex) => db('accounting_periods').select('period', 'status', 'closed_at');
