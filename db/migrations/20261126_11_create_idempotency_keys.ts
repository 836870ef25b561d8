import type { Knex } from 'knex';

// Idempotency-Key on POSTs that create something (api/src/http/idempotency.ts): the key is
// claimed before the work runs and the first successful response kept for 24 hours. In
// PostgreSQL, not in memory, so a retry that a load balancer sends to another instance is
// still recognised.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('idempotency_keys', (t) => {
    t.integer('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.text('key').notNullable();
    // sha256 of method, URL and body: the same key with another request is refused, not replayed.
    t.text('request_hash').notNullable();
    // Null while the first request is still running.
    t.integer('status');
    t.text('response_body');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.primary(['user_id', 'key']);
    t.index(['expires_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('idempotency_keys');
}
