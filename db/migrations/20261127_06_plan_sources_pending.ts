import type { Knex } from 'knex';

/**
 * A late request line (submitted after the cut-off) enters the company plan undecided:
 * the clerk includes it or defers it to next month (issue 12, item 5). `pending` is that
 * state; it carries no reason, and the plan cannot be submitted while any line has it.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`alter table purchase_plan_sources drop constraint purchase_plan_sources_decision_check`);
  await knex.raw(
    `alter table purchase_plan_sources add constraint purchase_plan_sources_decision_check
       check (decision in ('included', 'cut', 'deferred', 'pending'))`,
  );
  await knex.raw(`alter table purchase_plan_sources drop constraint purchase_plan_sources_reason_check`);
  await knex.raw(
    `alter table purchase_plan_sources add constraint purchase_plan_sources_reason_check
       check (decision in ('included', 'pending') or length(trim(coalesce(reason, ''))) > 0)`,
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex('purchase_plan_sources').where({ decision: 'pending' }).delete();
  await knex.raw(`alter table purchase_plan_sources drop constraint purchase_plan_sources_decision_check`);
  await knex.raw(`alter table purchase_plan_sources add constraint purchase_plan_sources_decision_check check (decision in ('included', 'cut', 'deferred'))`);
  await knex.raw(`alter table purchase_plan_sources drop constraint purchase_plan_sources_reason_check`);
  await knex.raw(
    `alter table purchase_plan_sources add constraint purchase_plan_sources_reason_check
       check (decision = 'included' or length(trim(coalesce(reason, ''))) > 0)`,
  );
}
