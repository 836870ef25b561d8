import type { Knex } from 'knex';

/**
 * The first half of the monthly purchasing cycle (DOMAIN.md §2, steps 1–3):
 * the planning calendar, departments' monthly requests, the office-supplies
 * budget and the company plan. Stock has its own migration (module stock).
 *
 * Months are dates (the first of the month), quantities numeric(14,3) (whole for
 * counted units: domain/src/quantities.ts), money bigint fen.
 */
const BUYING_UNITS = `(select id from units where code in ('OFFICE', 'SUPPLY'))`;

export async function up(knex: Knex): Promise<void> {
  // Planning calendar (采购计划日历): a row only where the clerk set something; a month
  // without one is open with its cut-off on the 20th of the month before.
  await knex.schema.createTable('planning_calendar', (t) => {
    t.integer('unit_id').notNullable().references('units.id').onDelete('RESTRICT');
    t.date('month').notNullable();
    t.date('cutoff_on').notNullable();
    t.text('status').notNullable().defaultTo('open').checkIn(['open', 'consolidating', 'closed'], 'planning_calendar_status_check');
    t.integer('version').notNullable().defaultTo(1);
    t.integer('updated_by').references('users.id').onDelete('SET NULL');
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['unit_id', 'month']);
  });
  await knex.raw(`alter table planning_calendar add constraint planning_calendar_month_check check (extract(day from month) = 1)`);

  // Department request (部门月度采购申请): one per department, buying unit and month.
  await knex.schema.createTable('purchase_requests', (t) => {
    t.increments('id');
    t.text('number').notNullable().unique();
    t.integer('department_id').notNullable().references('units.id').onDelete('RESTRICT');
    t.integer('buying_unit_id').notNullable().references('units.id').onDelete('RESTRICT');
    t.date('month').notNullable();
    // draft → submitted → approved; rejected and returned are editable again and resubmitted.
    t.text('status')
      .notNullable()
      .defaultTo('draft')
      .checkIn(['draft', 'submitted', 'approved', 'rejected', 'returned'], 'purchase_requests_status_check');
    t.boolean('late').notNullable().defaultTo(false);
    t.text('note').notNullable().defaultTo('');
    // Set when submitted over a warn-controlled budget: the warning the request carries.
    t.bigInteger('over_budget_fen');
    t.bigInteger('total_fen').notNullable().defaultTo(0);
    t.integer('created_by').references('users.id').onDelete('SET NULL');
    t.timestamp('submitted_at', { useTz: true });
    t.timestamp('decided_at', { useTz: true });
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['department_id', 'buying_unit_id', 'month']);
    t.index(['buying_unit_id', 'month', 'status']);
  });
  await knex.raw(`alter table purchase_requests add constraint purchase_requests_month_check check (extract(day from month) = 1)`);
  await knex.raw(`alter table purchase_requests add constraint purchase_requests_total_check check (total_fen >= 0)`);

  await knex.schema.createTable('purchase_request_lines', (t) => {
    t.increments('id');
    t.integer('request_id').notNullable().references('purchase_requests.id').onDelete('CASCADE');
    t.integer('line_no').notNullable();
    // A catalogue item of the buying unit, or a free-text new item the clerk maps later.
    t.integer('item_id').references('items.id').onDelete('RESTRICT');
    t.text('new_item_name');
    t.text('new_item_spec').notNullable().defaultTo('');
    t.text('new_item_uom');
    t.integer('mapped_item_id').references('items.id').onDelete('RESTRICT');
    t.integer('mapped_by').references('users.id').onDelete('SET NULL');
    t.specificType('quantity', 'numeric(14,3)').notNullable();
    t.date('needed_by');
    t.text('purpose').notNullable().defaultTo('');
    // Estimated price, prefilled from the lowest eligible current price (supplier and day it came from).
    t.bigInteger('est_unit_price_fen');
    t.integer('est_supplier_id').references('suppliers.id').onDelete('RESTRICT');
    t.date('est_observed_on');
    t.bigInteger('est_amount_fen').notNullable().defaultTo(0);
    t.unique(['request_id', 'line_no']);
    t.index(['item_id']);
  });
  await knex.raw(`alter table purchase_request_lines add constraint purchase_request_lines_quantity_check check (quantity > 0)`);
  await knex.raw(
    `alter table purchase_request_lines add constraint purchase_request_lines_item_check
       check ((item_id is not null) <> (new_item_name is not null and new_item_uom is not null))`,
  );
  await knex.raw(
    `alter table purchase_request_lines add constraint purchase_request_lines_price_check
       check (est_unit_price_fen is null or est_unit_price_fen > 0) `,
  );

  // Annual office-supplies budget (年度办公用品预算分解), per year and department, for 办公室 purchases.
  await knex.schema.createTable('budgets', (t) => {
    t.increments('id');
    t.integer('year').notNullable();
    t.integer('department_id').notNullable().references('units.id').onDelete('RESTRICT');
    t.integer('buying_unit_id').notNullable().references('units.id').onDelete('RESTRICT');
    t.bigInteger('amount_fen').notNullable();
    t.text('control').notNullable().defaultTo('warn').checkIn(['warn', 'stop'], 'budgets_control_check');
    t.integer('version').notNullable().defaultTo(1);
    t.integer('updated_by').references('users.id').onDelete('SET NULL');
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['year', 'department_id', 'buying_unit_id']);
  });
  await knex.raw(`alter table budgets add constraint budgets_amount_check check (amount_fen >= 0)`);
  await knex.raw(`alter table budgets add constraint budgets_year_check check (year between 2000 and 2100)`);

  // Company plan (公司采购计划): one per buying unit and month.
  await knex.schema.createTable('purchase_plans', (t) => {
    t.increments('id');
    t.text('number').notNullable().unique();
    t.integer('unit_id').notNullable().references('units.id').onDelete('RESTRICT');
    t.date('month').notNullable();
    // draft → submitted → approved (frozen); a rejected/returned plan, or a change to an approved one, goes back to draft.
    t.text('status')
      .notNullable()
      .defaultTo('draft')
      .checkIn(['draft', 'submitted', 'approved', 'rejected', 'returned'], 'purchase_plans_status_check');
    t.bigInteger('total_fen').notNullable().defaultTo(0);
    t.boolean('over_budget').notNullable().defaultTo(false);
    t.text('note').notNullable().defaultTo('');
    t.integer('created_by').references('users.id').onDelete('SET NULL');
    t.timestamp('submitted_at', { useTz: true });
    t.timestamp('approved_at', { useTz: true });
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['unit_id', 'month']);
  });
  await knex.raw(`alter table purchase_plans add constraint purchase_plans_month_check check (extract(day from month) = 1)`);
  await knex.raw(`alter table purchase_plans add constraint purchase_plans_total_check check (total_fen >= 0)`);

  // A plan line per item: requested by the departments, netted against usable stock, proposed to buy.
  await knex.schema.createTable('purchase_plan_lines', (t) => {
    t.increments('id');
    t.integer('plan_id').notNullable().references('purchase_plans.id').onDelete('CASCADE');
    t.integer('item_id').notNullable().references('items.id').onDelete('RESTRICT');
    t.specificType('requested_qty', 'numeric(14,3)').notNullable();
    t.specificType('stock_qty', 'numeric(14,3)').notNullable().defaultTo(0);
    t.specificType('proposed_qty', 'numeric(14,3)').notNullable();
    // Required when the clerk changes the proposed quantity from requested − usable stock.
    t.text('proposed_reason');
    t.bigInteger('est_unit_price_fen');
    t.integer('est_supplier_id').references('suppliers.id').onDelete('RESTRICT');
    t.bigInteger('est_amount_fen').notNullable().defaultTo(0);
    t.unique(['plan_id', 'item_id']);
  });
  await knex.raw(
    `alter table purchase_plan_lines add constraint purchase_plan_lines_quantity_check
       check (requested_qty > 0 and stock_qty >= 0 and proposed_qty >= 0)`,
  );

  // What the plan did with each department request line: included, cut or deferred (with the reason its requester sees).
  await knex.schema.createTable('purchase_plan_sources', (t) => {
    t.increments('id');
    t.integer('plan_id').notNullable().references('purchase_plans.id').onDelete('CASCADE');
    t.integer('request_line_id').notNullable().references('purchase_request_lines.id').onDelete('RESTRICT');
    t.integer('plan_line_id').references('purchase_plan_lines.id').onDelete('SET NULL');
    t.text('decision').notNullable().defaultTo('included').checkIn(['included', 'cut', 'deferred'], 'purchase_plan_sources_decision_check');
    t.text('reason');
    t.unique(['plan_id', 'request_line_id']);
    t.index(['request_line_id']);
  });
  await knex.raw(
    `alter table purchase_plan_sources add constraint purchase_plan_sources_reason_check
       check (decision = 'included' or length(trim(coalesce(reason, ''))) > 0)`,
  );

  // Only the two buying units buy; a request or plan for any other unit is a bug, not data.
  for (const [table, column] of [
    ['planning_calendar', 'unit_id'],
    ['purchase_requests', 'buying_unit_id'],
    ['purchase_plans', 'unit_id'],
    ['budgets', 'buying_unit_id'],
  ] as const) {
    await knex.raw(`
      create function ${table}_buying_unit_guard() returns trigger language plpgsql as $$
      begin
        if new.${column} not in ${BUYING_UNITS} then
          raise exception '${table}.${column} must be a buying unit (办公室 or 供应处)' using errcode = '23514';
        end if;
        return new;
      end $$`);
    await knex.raw(`
      create trigger ${table}_buying_unit_guard before insert or update of ${column} on ${table}
      for each row execute function ${table}_buying_unit_guard()`);
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['purchase_plan_sources', 'purchase_plan_lines', 'purchase_plans', 'budgets', 'purchase_request_lines', 'purchase_requests', 'planning_calendar']) {
    await knex.schema.dropTableIfExists(table);
  }
  for (const table of ['planning_calendar', 'purchase_requests', 'purchase_plans', 'budgets']) {
    await knex.raw(`drop function if exists ${table}_buying_unit_guard()`);
  }
}
