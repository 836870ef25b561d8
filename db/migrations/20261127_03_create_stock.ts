import type { Knex } from 'knex';

// Stock on hand (库存, issue 12 item 4): an append-only ledger of moves per buying unit and
// item, and the balance each move leaves, kept by the database itself so that on-hand reads
// are O(items), and an issue that would take stock below zero is refused even when two
// clerks issue the last units at the same moment (the balance row is the lock).
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('stock_moves', (t) => {
    t.bigIncrements('id');
    t.integer('item_id').notNullable().references('items.id').onDelete('RESTRICT');
    // The buying unit (办公室/供应处) whose store holds the item; must be the item's own (checked below).
    t.integer('unit_id').notNullable().references('units.id').onDelete('RESTRICT');
    t.text('kind').notNullable().checkIn(['receipt', 'issue', 'count', 'opening'], 'stock_moves_kind_check');
    t.decimal('quantity', 14, 3).notNullable();
    // For an issue: the department that took the goods (领用部门).
    t.integer('department_id').references('units.id').onDelete('RESTRICT');
    // Why: a manual receipt's or a count's reason, an issue's purpose.
    t.text('reason').notNullable().defaultTo('');
    // The document that caused the move, e.g. ('acceptance', id) for a receipt posted by the orders module.
    t.text('source_type');
    t.bigInteger('source_id');
    t.date('moved_on').notNullable();
    t.integer('recorded_by').references('users.id').onDelete('RESTRICT');
    t.timestamp('recorded_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['item_id', 'id']);
    t.index(['unit_id', 'moved_on']);
  });
  await knex.raw(`
    alter table stock_moves add constraint stock_moves_sign_check check (
      case kind when 'issue' then quantity < 0 when 'count' then quantity <> 0 else quantity > 0 end)`);
  await knex.raw(`alter table stock_moves add constraint stock_moves_issue_department_check check ((kind = 'issue') = (department_id is not null))`);
  await knex.raw(`alter table stock_moves add constraint stock_moves_source_check check ((source_type is null) = (source_id is null))`);
  // A move a person typed says why; an opening balance or a receipt posted from a document does not need to.
  await knex.raw(`
    alter table stock_moves add constraint stock_moves_reason_check check (
      kind = 'opening' or source_type is not null or length(btrim(reason)) > 0)`);
  await knex.raw(`create index stock_moves_source on stock_moves (source_type, source_id) where source_type is not null`);

  await knex.schema.createTable('stock_balances', (t) => {
    t.integer('unit_id').notNullable().references('units.id').onDelete('RESTRICT');
    t.integer('item_id').notNullable().references('items.id').onDelete('RESTRICT');
    t.decimal('on_hand', 14, 3).notNullable();
    t.date('last_moved_on').notNullable();
    t.primary(['unit_id', 'item_id']);
  });
  await knex.raw(`alter table stock_balances add constraint stock_balances_on_hand_check check (on_hand >= 0)`);

  // The ledger is history: a mistake is corrected by a counter-move, never by changing or deleting one.
  await knex.raw(`
    create function stock_moves_guard() returns trigger language plpgsql as $$
    begin
      raise exception 'stock moves are a ledger and cannot be changed or deleted; record a counter-move instead' using errcode = '23514';
    end $$`);
  await knex.raw(`
    create trigger stock_moves_guard before update or delete on stock_moves
    for each row execute function stock_moves_guard()`);

  // Each move lands in its balance in the same statement: on hand is always the sum of the moves,
  // and the balance's check refuses a move that would leave less than nothing.
  await knex.raw(`
    create function stock_moves_apply() returns trigger language plpgsql as $$
    begin
      if not exists (select 1 from items i join units u on u.code = i.buying_unit where i.id = new.item_id and u.id = new.unit_id) then
        raise exception 'item % is not kept by unit %', new.item_id, new.unit_id using errcode = '23514', constraint = 'stock_moves_unit_check';
      end if;
      -- The row first (a conflict waits for a concurrent first move, then does nothing), then the move
      -- added under the row's lock: an upsert would check its proposed row (the bare quantity) and
      -- refuse an issue from stock that is there.
      insert into stock_balances (unit_id, item_id, on_hand, last_moved_on)
      values (new.unit_id, new.item_id, 0, new.moved_on)
      on conflict (unit_id, item_id) do nothing;
      update stock_balances
         set on_hand = on_hand + new.quantity, last_moved_on = greatest(last_moved_on, new.moved_on)
       where unit_id = new.unit_id and item_id = new.item_id;
      return null;
    end $$`);
  await knex.raw(`
    create trigger stock_moves_apply after insert on stock_moves
    for each row execute function stock_moves_apply()`);

  // items.stock_on_hand was typed in by hand before there was a ledger: it becomes each item's opening balance.
  await knex.raw(`
    insert into stock_moves (item_id, unit_id, kind, quantity, reason, moved_on)
    select i.id, u.id, 'opening', i.stock_on_hand, '期初库存', current_date
      from items i join units u on u.code = i.buying_unit
     where i.stock_on_hand > 0`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('stock_balances');
  await knex.schema.dropTable('stock_moves');
  await knex.raw('drop function stock_moves_apply()');
  await knex.raw('drop function stock_moves_guard()');
}
