import type { Knex } from 'knex';

// Online-mall advertising (网上商城广告, DOMAIN.md §3). Lists mirror domain/src/ad-quotes.ts
// so the database refuses what the rules do not know.
const PRICING_UNITS = ['day', 'week', 'month', 'placement'];
const CARD_STATUSES = ['draft', 'published', 'superseded'];
// 'expired' is derived from valid_until when read, never stored.
const QUOTE_STATUSES = ['draft', 'pending_approval', 'approved', 'sent', 'accepted', 'declined', 'cancelled'];

export async function up(knex: Knex): Promise<void> {
  // The exclusion constraint on bookings compares an integer with = inside a GiST index.
  await knex.raw('create extension if not exists btree_gist');

  await knex.schema.createTable('ad_slots', (t) => {
    t.increments('id');
    t.text('code').notNullable();
    t.text('name').notNullable();
    t.text('page').notNullable().defaultTo('');
    t.text('format').notNullable().defaultTo('');
    t.text('size').notNullable().defaultTo('');
    t.text('pricing_unit').notNullable().checkIn(PRICING_UNITS, 'ad_slots_pricing_unit_check');
    t.boolean('exclusive').notNullable().defaultTo(true);
    t.boolean('active').notNullable().defaultTo(true);
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.raw('create unique index ad_slots_code on ad_slots (lower(code))');

  // 《网上商城广告报价》: one card per month, in revisions. A published card is never edited: a
  // correction is the next revision of the same month, and publishing it supersedes the last one.
  await knex.schema.createTable('ad_rate_cards', (t) => {
    t.increments('id');
    t.text('month').notNullable();
    t.integer('revision').notNullable();
    t.text('status').notNullable().checkIn(CARD_STATUSES, 'ad_rate_cards_status_check');
    t.text('note').notNullable().defaultTo('');
    t.integer('supersedes_id').references('ad_rate_cards.id').onDelete('RESTRICT');
    t.timestamp('published_at', { useTz: true });
    t.integer('published_by').references('users.id').onDelete('SET NULL');
    t.integer('created_by').references('users.id').onDelete('SET NULL');
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['month', 'revision']);
  });
  await knex.raw(`alter table ad_rate_cards add constraint ad_rate_cards_month_check check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')`);
  await knex.raw(`alter table ad_rate_cards add constraint ad_rate_cards_published_check check ((status = 'draft') = (published_at is null))`);
  // At most one published card and one draft per month, whatever two keepers do at once.
  await knex.raw(`create unique index ad_rate_cards_one_published on ad_rate_cards (month) where status = 'published'`);
  await knex.raw(`create unique index ad_rate_cards_one_draft on ad_rate_cards (month) where status = 'draft'`);

  await knex.schema.createTable('ad_rate_card_prices', (t) => {
    t.integer('card_id').notNullable().references('ad_rate_cards.id').onDelete('CASCADE');
    t.integer('slot_id').notNullable().references('ad_slots.id').onDelete('RESTRICT');
    t.bigInteger('price_fen').notNullable();
    t.primary(['card_id', 'slot_id']);
  });
  await knex.raw(`alter table ad_rate_card_prices add constraint ad_rate_card_prices_price_check check (price_fen >= 0)`);

  // 厂家: the manufacturers ads are sold to.
  await knex.schema.createTable('customers', (t) => {
    t.increments('id');
    t.text('name').notNullable();
    t.text('contact').notNullable().defaultTo('');
    t.text('phone').notNullable().defaultTo('');
    t.text('address').notNullable().defaultTo('');
    // 统一社会信用代码, checked by the API (GB 32100-2015); unique so one company is kept once.
    t.text('uscc');
    t.boolean('active').notNullable().defaultTo(true);
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.raw(`create unique index customers_uscc on customers (uscc) where uscc is not null`);
  await knex.raw(`alter table customers add constraint customers_uscc_check check (uscc is null or uscc ~ '^[0-9A-Z]{18}$')`);

  // Numbers run per owner unit and month (BJ-202611-0007): one counter row each, bumped in the
  // quote's own transaction, so two clerks saving at once never get the same number.
  await knex.schema.createTable('ad_quote_counters', (t) => {
    t.integer('unit_id').notNullable().references('units.id').onDelete('RESTRICT');
    t.text('month').notNullable();
    t.integer('last_seq').notNullable();
    t.primary(['unit_id', 'month']);
  });

  await knex.schema.createTable('ad_quotes', (t) => {
    t.increments('id');
    t.text('number').notNullable().unique();
    // HQ or a branch: whose quote it is, who may see it, and who approves its discount.
    t.integer('unit_id').notNullable().references('units.id').onDelete('RESTRICT');
    t.integer('customer_id').notNullable().references('customers.id').onDelete('RESTRICT');
    t.text('status').notNullable().checkIn(QUOTE_STATUSES, 'ad_quotes_status_check');
    t.date('valid_until').notNullable();
    // Share of list paid, basis points (4500 = 4.5折): the bundle discount over the whole quote.
    t.integer('bundle_share_bp').notNullable().defaultTo(10000);
    // Totals as last saved (quoteTotals); lists and the approver read them without the lines.
    t.bigInteger('list_fen').notNullable().defaultTo(0);
    t.bigInteger('net_fen').notNullable().defaultTo(0);
    t.integer('paid_share_bp').notNullable().defaultTo(10000);
    t.text('note').notNullable().defaultTo('');
    t.integer('created_by').references('users.id').onDelete('SET NULL');
    t.integer('updated_by').references('users.id').onDelete('SET NULL');
    // Who submitted it last: the approval chain follows from this person's own authority.
    t.integer('submitted_by').references('users.id').onDelete('SET NULL');
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['unit_id', 'status']);
    t.index(['customer_id']);
  });
  await knex.raw(`alter table ad_quotes add constraint ad_quotes_share_check check (bundle_share_bp between 1 and 10000)`);

  // The card, its revision and the unit price are copied onto the line when it is saved:
  // a later revision of the card never changes a quote already made.
  await knex.schema.createTable('ad_quote_lines', (t) => {
    t.increments('id');
    t.integer('quote_id').notNullable().references('ad_quotes.id').onDelete('CASCADE');
    t.integer('position').notNullable();
    t.integer('slot_id').notNullable().references('ad_slots.id').onDelete('RESTRICT');
    t.date('starts_on').notNullable();
    t.date('ends_on').notNullable();
    t.integer('units').notNullable();
    t.integer('card_id').notNullable().references('ad_rate_cards.id').onDelete('RESTRICT');
    t.integer('card_revision').notNullable();
    t.bigInteger('unit_price_fen').notNullable();
    t.bigInteger('list_fen').notNullable();
    t.integer('share_bp').notNullable();
    t.bigInteger('net_fen').notNullable();
    t.unique(['quote_id', 'position']);
    t.index(['slot_id']);
  });
  await knex.raw(
    `alter table ad_quote_lines add constraint ad_quote_lines_check
       check (ends_on >= starts_on and units > 0 and share_bp between 1 and 10000 and list_fen >= 0)`,
  );

  // 广告费折扣权限 as data the admin changes: the lowest paid share each role may give alone, and the floor.
  await knex.schema.createTable('ad_discount_authority', (t) => {
    t.integer('id').primary();
    t.integer('floor_bp').notNullable();
    t.jsonb('authority').notNullable();
    t.integer('version').notNullable().defaultTo(1);
    t.integer('updated_by').references('users.id').onDelete('SET NULL');
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.raw(`alter table ad_discount_authority add constraint ad_discount_authority_single check (id = 1 and floor_bp between 1 and 10000)`);
  await knex('ad_discount_authority').insert({
    id: 1,
    floor_bp: 3000,
    authority: JSON.stringify({ ecommerce_staff: 5000, branch_ecommerce_clerk: 5000, branch_gm: 4000, hq_center_gm: 3000 }),
  });

  // An exclusive slot is held by at most one accepted quote on any day. The database enforces it,
  // so two accepts racing each other cannot both succeed: the second fails the constraint.
  await knex.schema.createTable('ad_slot_bookings', (t) => {
    t.increments('id');
    t.integer('slot_id').notNullable().references('ad_slots.id').onDelete('RESTRICT');
    t.integer('quote_id').notNullable().references('ad_quotes.id').onDelete('CASCADE');
    t.integer('line_id').notNullable().references('ad_quote_lines.id').onDelete('CASCADE');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.raw(`alter table ad_slot_bookings add column during daterange not null`);
  await knex.raw(
    `alter table ad_slot_bookings add constraint ad_slot_bookings_no_overlap exclude using gist (slot_id with =, during with &&)`,
  );
}

export async function down(knex: Knex): Promise<void> {
  for (const table of [
    'ad_slot_bookings',
    'ad_discount_authority',
    'ad_quote_lines',
    'ad_quotes',
    'ad_quote_counters',
    'customers',
    'ad_rate_card_prices',
    'ad_rate_cards',
    'ad_slots',
  ]) {
    await knex.schema.dropTableIfExists(table);
  }
}
