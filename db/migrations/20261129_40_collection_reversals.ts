import type { Knex } from 'knex';

/**
 * A collection reversed (冲销, e.g. a bounced acceptance bill or a payment recorded against the
 * wrong customer): its journal entry is reversed by the journal module, and the collection keeps
 * the reversal's entry so its allocations stop settling instalments. Reversed once; the reason
 * is required, as for every reversal.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('collections', (t) => {
    t.bigInteger('reversal_entry_id').unique().references('journal_entries.id').onDelete('RESTRICT');
    t.text('reversal_reason');
    t.integer('reversed_by').references('users.id').onDelete('SET NULL');
    t.timestamp('reversed_at', { useTz: true });
  });
  await knex.raw(
    `alter table collections add constraint collections_reversal_check
       check ((reversal_entry_id is null) = (reversed_at is null) and (reversal_entry_id is null) = (length(btrim(coalesce(reversal_reason, ''))) = 0))`,
  );
  // The month-end run reads every recognition of the agreements it posts for.
  await knex.raw(`create index if not exists income_recognitions_agreement_idx on income_recognitions (agreement_id)`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`drop index if exists income_recognitions_agreement_idx`);
  await knex.raw(`alter table collections drop constraint if exists collections_reversal_check`);
  await knex.schema.alterTable('collections', (t) => {
    t.dropColumn('reversed_at');
    t.dropColumn('reversed_by');
    t.dropColumn('reversal_reason');
    t.dropColumn('reversal_entry_id');
  });
}
