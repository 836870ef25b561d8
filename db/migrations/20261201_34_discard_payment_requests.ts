import type { Knex } from 'knex';

/**
 * A draft or returned payment request can be discarded (作废) by the clerk who made it: it keeps
 * its number and its orders as history, but asks nothing of them any more, so they owe the amount
 * again and can be cancelled. Who discarded it and when are in the audit log.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`alter table payment_requests drop constraint payment_requests_status_check`);
  await knex.raw(
    `alter table payment_requests add constraint payment_requests_status_check
       check (status in ('draft', 'submitted', 'approved', 'rejected', 'returned', 'paid', 'discarded'))`,
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`alter table payment_requests drop constraint payment_requests_status_check`);
  await knex.raw(
    `alter table payment_requests add constraint payment_requests_status_check
       check (status in ('draft', 'submitted', 'approved', 'rejected', 'returned', 'paid'))`,
  );
}
