import type { Knex } from 'knex';

/**
 * Payment (remittance) requests and the payment register (DOMAIN.md §2 step 6; module
 * payment-requests owns both). A request pays one supplier for one or more orders; finance
 * records its payment once; the register is never edited: a wrong payment is cancelled by a
 * reversing row that points at it.
 */
export async function up(knex: Knex): Promise<void> {
  // 申请汇款
  await knex.schema.createTable('payment_requests', (t) => {
    t.increments('id');
    t.text('number').notNullable().unique();
    t.integer('unit_id').notNullable().references('units.id').onDelete('RESTRICT');
    t.integer('supplier_id').notNullable().references('suppliers.id').onDelete('RESTRICT');
    // Where the money goes: a bank account, or the platform itself (paid on the mall).
    t.text('payee').notNullable();
    t.text('method').notNullable().defaultTo('bank').checkIn(['bank', 'platform'], 'payment_requests_method_check');
    t.text('bank');
    t.text('account');
    t.bigInteger('amount_fen').notNullable();
    // Requested before every order in it was accepted (预付款).
    t.boolean('prepayment').notNullable().defaultTo(false);
    t.text('status')
      .notNullable()
      .defaultTo('draft')
      .checkIn(['draft', 'submitted', 'approved', 'rejected', 'returned', 'paid'], 'payment_requests_status_check');
    t.text('note').notNullable().defaultTo('');
    t.integer('created_by').references('users.id').onDelete('SET NULL');
    t.timestamp('submitted_at', { useTz: true });
    t.timestamp('approved_at', { useTz: true });
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['unit_id', 'status']);
    t.index(['supplier_id']);
  });
  await knex.raw(`alter table payment_requests add constraint payment_requests_amount_check check (amount_fen > 0)`);
  await knex.raw(
    `alter table payment_requests add constraint payment_requests_bank_check
       check (method = 'platform' or (length(btrim(coalesce(bank, ''))) > 0 and length(btrim(coalesce(account, ''))) > 0))`,
  );

  // How much of the request goes to each order (sums to the request's amount).
  await knex.schema.createTable('payment_request_orders', (t) => {
    t.integer('request_id').notNullable().references('payment_requests.id').onDelete('CASCADE');
    t.integer('order_id').notNullable().references('purchase_orders.id').onDelete('RESTRICT');
    t.bigInteger('amount_fen').notNullable();
    t.primary(['request_id', 'order_id']);
    t.index(['order_id']);
  });
  await knex.raw(`alter table payment_request_orders add constraint payment_request_orders_amount_check check (amount_fen > 0)`);

  // 付款登记台账: a payment, or the reversal of one (negative amount, with a reason).
  await knex.schema.createTable('payments', (t) => {
    t.increments('id');
    t.text('number').notNullable().unique();
    t.integer('request_id').notNullable().references('payment_requests.id').onDelete('RESTRICT');
    t.text('kind').notNullable().checkIn(['payment', 'reversal'], 'payments_kind_check');
    t.bigInteger('amount_fen').notNullable();
    t.date('paid_on').notNullable();
    t.text('paying_account').notNullable();
    t.text('bank_ref').notNullable().defaultTo('');
    t.integer('reverses_id').unique().references('payments.id').onDelete('RESTRICT');
    t.text('reason');
    t.integer('recorded_by').references('users.id').onDelete('SET NULL');
    t.timestamp('recorded_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['request_id']);
    t.index(['paid_on']);
  });
  await knex.raw(
    `alter table payments add constraint payments_kind_values_check check (
       case kind when 'payment' then amount_fen > 0 and reverses_id is null
                 else amount_fen < 0 and reverses_id is not null and length(btrim(coalesce(reason, ''))) > 0 end)`,
  );
  // A request is paid once: a second payment row for it is refused, whoever races.
  await knex.raw(`create unique index payments_one_per_request on payments (request_id) where kind = 'payment'`);
  await knex.raw(`
    create function payments_guard() returns trigger language plpgsql as $$
    begin
      raise exception 'the payment register is never edited; cancel a payment with a reversing row' using errcode = '23514';
    end $$`);
  await knex.raw(`create trigger payments_guard before update or delete on payments for each row execute function payments_guard()`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('payments');
  await knex.raw('drop function if exists payments_guard()');
  await knex.schema.dropTableIfExists('payment_request_orders');
  await knex.schema.dropTableIfExists('payment_requests');
}
