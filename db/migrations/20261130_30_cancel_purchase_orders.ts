import type { Knex } from 'knex';

/**
 * Cancelling an order (issue 13's remaining rules): the clerk cancels an order nothing was
 * delivered, invoiced or paid against, giving the reason. The order keeps who cancelled it, when
 * and why; the database holds that a cancelled order always carries them. Its virtual contract is
 * void too (作废): a contract still awaiting confirmation is withdrawn from approval, and one
 * already confirmed keeps who confirmed it and when, so the ledger still shows what was agreed.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('purchase_orders', (t) => {
    t.text('cancel_reason');
    t.integer('cancelled_by').references('users.id').onDelete('SET NULL');
    t.timestamp('cancelled_at', { useTz: true });
  });
  await knex.raw(
    `alter table purchase_orders add constraint purchase_orders_cancelled_check
       check ((status = 'cancelled') = (cancelled_at is not null) and (status <> 'cancelled' or length(btrim(coalesce(cancel_reason, ''))) > 0))`,
  );

  await knex.raw(`alter table virtual_contracts drop constraint virtual_contracts_status_check`);
  await knex.raw(`alter table virtual_contracts add constraint virtual_contracts_status_check check (status in ('draft', 'submitted', 'confirmed', 'returned', 'cancelled'))`);
  // Confirmed means confirmed at some time; a time of confirmation stays only on a confirmed or a voided contract.
  await knex.raw(`alter table virtual_contracts drop constraint virtual_contracts_confirmed_check`);
  await knex.raw(
    `alter table virtual_contracts add constraint virtual_contracts_confirmed_check
       check ((status <> 'confirmed' or confirmed_at is not null) and (confirmed_at is null or status in ('confirmed', 'cancelled')))`,
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`alter table virtual_contracts drop constraint virtual_contracts_confirmed_check`);
  await knex.raw(`alter table virtual_contracts add constraint virtual_contracts_confirmed_check check ((status = 'confirmed') = (confirmed_at is not null))`);
  await knex.raw(`alter table virtual_contracts drop constraint virtual_contracts_status_check`);
  await knex.raw(`alter table virtual_contracts add constraint virtual_contracts_status_check check (status in ('draft', 'submitted', 'confirmed', 'returned'))`);
  await knex.raw(`alter table purchase_orders drop constraint purchase_orders_cancelled_check`);
  await knex.schema.alterTable('purchase_orders', (t) => {
    t.dropColumn('cancelled_at');
    t.dropColumn('cancelled_by');
    t.dropColumn('cancel_reason');
  });
}
