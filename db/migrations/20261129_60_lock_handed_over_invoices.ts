import type { Knex } from 'knex';

/**
 * Once finance confirms a handover (交接单), its invoices are finance's records: the database
 * refuses any change to them, their order parts, or the batch itself, whatever path writes
 * (issue 13: "finance confirms receipt, after which the invoice is locked").
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    create function purchase_invoices_locked() returns trigger language plpgsql as $$
    declare
      inv_id integer;
    begin
      -- Separate statements: plpgsql resolves a record's fields only in the branch that runs.
      if tg_table_name = 'purchase_invoices' then
        inv_id := old.id;
      else
        inv_id := old.invoice_id;
      end if;
      if exists (select 1 from purchase_invoices i join invoice_handovers h on h.id = i.handover_id
                  where i.id = inv_id and h.status = 'confirmed') then
        raise exception 'invoice % is locked: finance has confirmed its handover', inv_id using errcode = '23514';
      end if;
      return case when tg_op = 'DELETE' then old else new end;
    end $$`);
  await knex.raw(`create trigger purchase_invoices_locked before update or delete on purchase_invoices for each row execute function purchase_invoices_locked()`);
  await knex.raw(`create trigger purchase_invoice_orders_locked before update or delete on purchase_invoice_orders for each row execute function purchase_invoices_locked()`);
  await knex.raw(`
    create function invoice_handovers_confirmed() returns trigger language plpgsql as $$
    begin
      if old.status = 'confirmed' then
        raise exception 'handover % is confirmed and cannot change', old.id using errcode = '23514';
      end if;
      return case when tg_op = 'DELETE' then old else new end;
    end $$`);
  await knex.raw(`create trigger invoice_handovers_confirmed before update or delete on invoice_handovers for each row execute function invoice_handovers_confirmed()`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop trigger if exists invoice_handovers_confirmed on invoice_handovers');
  await knex.raw('drop function if exists invoice_handovers_confirmed()');
  await knex.raw('drop trigger if exists purchase_invoice_orders_locked on purchase_invoice_orders');
  await knex.raw('drop trigger if exists purchase_invoices_locked on purchase_invoices');
  await knex.raw('drop function if exists purchase_invoices_locked()');
}
