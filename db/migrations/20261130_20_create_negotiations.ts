import type { Knex } from 'knex';

/**
 * Issue 15 / DOMAIN.md §4: the negotiation sheet (洽谈单) a buying unit opens with one supplier
 * from an inquiry's comparison. Every edit of its terms or lines is a new version; versions and
 * their lines are never changed or removed (the database refuses), so every earlier version stays
 * readable. Two edits racing on one version cannot both land: unique (negotiation_id, version_no)
 * holds whatever the code does. Agreeing pins the version a side agreed to. Module negotiations
 * owns every table here. Money is bigint fen, quantities numeric(14,3), tax rates basis points.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('negotiations', (t) => {
    t.increments('id');
    t.text('number').notNullable().unique();
    t.integer('inquiry_id').notNullable().references('inquiries.id').onDelete('RESTRICT');
    t.integer('supplier_id').notNullable().references('suppliers.id').onDelete('RESTRICT');
    // The buying unit: the inquiry's.
    t.integer('unit_id').notNullable().references('units.id').onDelete('RESTRICT');
    t.text('title').notNullable();
    t.integer('current_version').notNullable().defaultTo(1);
    t.integer('buyer_agreed_version');
    t.integer('supplier_agreed_version');
    t.integer('created_by').references('users.id').onDelete('SET NULL');
    // The row's own version, for the agree/edit race on the row itself.
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    // One sheet per supplier per inquiry: a double click cannot open two.
    t.unique(['inquiry_id', 'supplier_id']);
    t.index(['unit_id', 'created_at']);
    t.index(['supplier_id']);
  });
  await knex.raw(
    `alter table negotiations add constraint negotiations_pins_check check (
       current_version > 0
       and (buyer_agreed_version is null or buyer_agreed_version between 1 and current_version)
       and (supplier_agreed_version is null or supplier_agreed_version between 1 and current_version))`,
  );

  await knex.schema.createTable('negotiation_versions', (t) => {
    t.increments('id');
    t.integer('negotiation_id').notNullable().references('negotiations.id').onDelete('RESTRICT');
    t.integer('version_no').notNullable();
    t.text('quality_requirements').notNullable();
    t.text('inspection_method').notNullable();
    t.text('delivery_place').notNullable();
    t.date('delivery_date').notNullable();
    t.text('payment_method').notNullable();
    // Why this version: a line the editor writes for the other side.
    t.text('note').notNullable().defaultTo('');
    t.text('side').notNullable().checkIn(['buyer', 'supplier'], 'negotiation_versions_side_check');
    t.integer('author_id').references('users.id').onDelete('SET NULL');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['negotiation_id', 'version_no'], { indexName: 'negotiation_versions_one_per_number' });
  });
  await knex.raw(`alter table negotiation_versions add constraint negotiation_versions_no_check check (version_no > 0)`);

  await knex.schema.createTable('negotiation_lines', (t) => {
    t.increments('id');
    t.integer('version_id').notNullable().references('negotiation_versions.id').onDelete('RESTRICT');
    t.integer('line_no').notNullable();
    t.integer('inquiry_line_id').references('inquiry_lines.id').onDelete('RESTRICT');
    t.integer('item_id').references('items.id').onDelete('RESTRICT');
    t.text('name').notNullable();
    t.text('spec').notNullable().defaultTo('');
    t.text('uom').notNullable();
    t.specificType('quantity', 'numeric(14,3)').notNullable();
    t.bigInteger('unit_price_fen').notNullable();
    t.integer('tax_rate_bp').notNullable();
    t.unique(['version_id', 'line_no']);
  });
  await knex.raw(
    `alter table negotiation_lines add constraint negotiation_lines_values_check
       check (quantity > 0 and unit_price_fen > 0 and tax_rate_bp between 0 and 10000 and length(btrim(name)) > 0 and length(btrim(uom)) > 0)`,
  );

  await knex.schema.createTable('negotiation_comments', (t) => {
    t.increments('id');
    t.integer('negotiation_id').notNullable().references('negotiations.id').onDelete('RESTRICT');
    // The version on the table when it was written.
    t.integer('version_no').notNullable();
    t.text('side').notNullable().checkIn(['buyer', 'supplier'], 'negotiation_comments_side_check');
    t.integer('author_id').references('users.id').onDelete('SET NULL');
    t.text('body').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['negotiation_id', 'created_at']);
  });
  await knex.raw(`alter table negotiation_comments add constraint negotiation_comments_body_check check (length(btrim(body)) > 0)`);

  // Versions are history: what a side agreed to can never be changed underneath it.
  await knex.raw(`
    create function negotiation_versions_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'negotiation versions are kept as written' using errcode = '23514', constraint = 'negotiation_versions_append_only';
    end $$`);
  for (const table of ['negotiation_versions', 'negotiation_lines', 'negotiation_comments']) {
    await knex.raw(`create trigger ${table}_append_only before update or delete on ${table} for each row execute function negotiation_versions_append_only()`);
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['negotiation_versions', 'negotiation_lines', 'negotiation_comments']) {
    await knex.raw(`drop trigger if exists ${table}_append_only on ${table}`);
  }
  await knex.raw('drop function if exists negotiation_versions_append_only()');
  await knex.schema.dropTable('negotiation_comments');
  await knex.schema.dropTable('negotiation_lines');
  await knex.schema.dropTable('negotiation_versions');
  await knex.schema.dropTable('negotiations');
}
