import type { Knex } from 'knex';

/**
 * DOMAIN.md §3: an agreement with the partner is required before income is booked. The month-end
 * service never picks a draft, and the database refuses it too, so no script or future code path
 * can book income for an unsigned agreement. The agreement's row is read FOR SHARE: an agreement
 * being sent back to draft (were that ever allowed) waits for the recognition, or sees it.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    create function income_recognitions_signed_only() returns trigger language plpgsql as $$
    declare
      st text;
    begin
      select status into st from ad_agreements where id = new.agreement_id for share;
      if st = 'draft' then
        raise exception 'agreement % is not signed; no income can be recognised for it', new.agreement_id
          using errcode = '23514', constraint = 'income_recognitions_signed_only';
      end if;
      return new;
    end $$`);
  await knex.raw(`
    create trigger income_recognitions_signed_only before insert or update on income_recognitions
    for each row execute function income_recognitions_signed_only()`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop trigger if exists income_recognitions_signed_only on income_recognitions');
  await knex.raw('drop function if exists income_recognitions_signed_only()');
}
