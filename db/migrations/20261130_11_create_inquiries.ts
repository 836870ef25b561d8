import type { Knex } from 'knex';

/**
 * Issue 15 / DOMAIN.md §4: the inquiry (询价单) a buying unit sends to invited suppliers, and
 * their quotes (报价). A quote is never updated: every revision is a new inquiry_quotes row
 * (the latest revision counts), and the database refuses a quote once the inquiry's deadline
 * has passed by ITS clock (now()), whichever path writes and whatever the browser's clock says.
 * Module inquiries owns every table here. Money is bigint fen, quantities numeric(14,3),
 * tax rates basis points (1300 = 13%).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('inquiries', (t) => {
    t.increments('id');
    t.text('number').notNullable().unique();
    t.integer('unit_id').notNullable().references('units.id').onDelete('RESTRICT');
    t.text('title').notNullable();
    t.text('delivery_place').notNullable();
    t.timestamp('quote_deadline', { useTz: true }).notNullable();
    // 询价 (sent, no quote yet) → 报价中 (a quote has come in) → closed by the buyer.
    t.text('status').notNullable().defaultTo('inquiring').checkIn(['inquiring', 'quoting', 'closed'], 'inquiries_status_check');
    t.text('note').notNullable().defaultTo('');
    t.integer('created_by').references('users.id').onDelete('SET NULL');
    t.timestamp('closed_at', { useTz: true });
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['unit_id', 'created_at']);
  });
  await knex.raw(`alter table inquiries add constraint inquiries_closed_check check ((status = 'closed') = (closed_at is not null))`);

  await knex.schema.createTable('inquiry_lines', (t) => {
    t.increments('id');
    t.integer('inquiry_id').notNullable().references('inquiries.id').onDelete('CASCADE');
    t.integer('line_no').notNullable();
    // A catalogue item, or free text for something the catalogue does not hold.
    t.integer('item_id').references('items.id').onDelete('RESTRICT');
    t.text('description').notNullable();
    t.text('spec').notNullable().defaultTo('');
    t.specificType('quantity', 'numeric(14,3)').notNullable();
    t.text('uom').notNullable();
    t.date('required_on').notNullable();
    t.unique(['inquiry_id', 'line_no']);
  });
  await knex.raw(`alter table inquiry_lines add constraint inquiry_lines_values_check check (quantity > 0 and length(btrim(description)) > 0 and length(btrim(uom)) > 0)`);

  await knex.schema.createTable('inquiry_suppliers', (t) => {
    t.integer('inquiry_id').notNullable().references('inquiries.id').onDelete('CASCADE');
    t.integer('supplier_id').notNullable().references('suppliers.id').onDelete('RESTRICT');
    t.timestamp('invited_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['inquiry_id', 'supplier_id']);
    t.index(['supplier_id']);
  });

  await knex.schema.createTable('inquiry_quotes', (t) => {
    t.increments('id');
    t.integer('inquiry_id').notNullable();
    t.integer('supplier_id').notNullable();
    t.integer('revision').notNullable();
    t.date('valid_until').notNullable();
    t.text('notes').notNullable().defaultTo('');
    t.integer('submitted_by').references('users.id').onDelete('SET NULL');
    t.timestamp('submitted_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    // Only an invited supplier quotes; two racing revisions cannot take one number.
    t.foreign(['inquiry_id', 'supplier_id']).references(['inquiry_id', 'supplier_id']).inTable('inquiry_suppliers').onDelete('RESTRICT');
    t.unique(['inquiry_id', 'supplier_id', 'revision']);
  });
  await knex.raw(`alter table inquiry_quotes add constraint inquiry_quotes_revision_check check (revision > 0)`);

  await knex.schema.createTable('inquiry_quote_lines', (t) => {
    t.increments('id');
    t.integer('quote_id').notNullable().references('inquiry_quotes.id').onDelete('RESTRICT');
    t.integer('inquiry_line_id').notNullable().references('inquiry_lines.id').onDelete('RESTRICT');
    // Tax-inclusive unit price.
    t.bigInteger('unit_price_fen').notNullable();
    t.integer('tax_rate_bp').notNullable();
    t.integer('delivery_days').notNullable();
    t.text('note').notNullable().defaultTo('');
    t.unique(['quote_id', 'inquiry_line_id']);
  });
  await knex.raw(
    `alter table inquiry_quote_lines add constraint inquiry_quote_lines_values_check
       check (unit_price_fen > 0 and tax_rate_bp between 0 and 10000 and delivery_days between 0 and 3650)`,
  );

  // The sealed-bid rule, held by the database's clock: no quote after the deadline or on a closed inquiry.
  await knex.raw(`
    create function inquiry_quotes_before_deadline() returns trigger language plpgsql as $$
    begin
      if not exists (select 1 from inquiries i where i.id = new.inquiry_id and i.quote_deadline > now() and i.status <> 'closed') then
        raise exception 'inquiry % takes no more quotes', new.inquiry_id using errcode = '23514', constraint = 'inquiry_quotes_deadline';
      end if;
      return new;
    end $$`);
  await knex.raw(`create trigger inquiry_quotes_before_deadline before insert on inquiry_quotes for each row execute function inquiry_quotes_before_deadline()`);
  // Revisions are history: a quote and its lines are never changed or removed.
  await knex.raw(`
    create function inquiry_quotes_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'quotes are kept as submitted' using errcode = '23514', constraint = 'inquiry_quotes_append_only';
    end $$`);
  await knex.raw(`create trigger inquiry_quotes_append_only before update or delete on inquiry_quotes for each row execute function inquiry_quotes_append_only()`);
  await knex.raw(`create trigger inquiry_quote_lines_append_only before update or delete on inquiry_quote_lines for each row execute function inquiry_quotes_append_only()`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop trigger if exists inquiry_quote_lines_append_only on inquiry_quote_lines');
  await knex.raw('drop trigger if exists inquiry_quotes_append_only on inquiry_quotes');
  await knex.raw('drop trigger if exists inquiry_quotes_before_deadline on inquiry_quotes');
  await knex.raw('drop function if exists inquiry_quotes_append_only()');
  await knex.raw('drop function if exists inquiry_quotes_before_deadline()');
  await knex.schema.dropTable('inquiry_quote_lines');
  await knex.schema.dropTable('inquiry_quotes');
  await knex.schema.dropTable('inquiry_suppliers');
  await knex.schema.dropTable('inquiry_lines');
  await knex.schema.dropTable('inquiries');
}
