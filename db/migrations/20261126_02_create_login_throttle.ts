import type { Knex } from 'knex';

// Failed sign-ins counted per (username, client address) and per username from any address ('*'),
// whether or not the username exists, so the answers do not tell which names are real. A row is
// locked (SELECT … FOR UPDATE via the upsert) while a sign-in reserves its attempt: the count and the
// check are one step, so however many requests and instances race, at most the limit of passwords is
// ever verified per window. users.failed_attempts / locked_until stay the administrator's view.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('login_throttle', (t) => {
    t.text('username_key').notNullable();
    t.text('client').notNullable();
    // Attempts reserved (verifying now or failed) and failures counted in this window.
    t.integer('attempts').notNullable().defaultTo(0);
    t.integer('failures').notNullable().defaultTo(0);
    t.timestamp('window_started_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('locked_until', { useTz: true });
    t.primary(['username_key', 'client']);
  });
  await knex.raw('create index login_throttle_window on login_throttle (window_started_at)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('login_throttle');
}
