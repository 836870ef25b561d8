import type { Knex } from 'knex';

/**
 * The Idempotency-Key a manual entry was posted with (user id : key), unique: the ledger's own
 * guard against posting one request twice. The idempotency kit already replays a retry, but a
 * request whose server died mid-way leaves its key claimed and unanswered; once that claim
 * lapses, a retry runs again. If the first run had committed, this key finds its entry and the
 * retry gets it back instead of a second posting (measured by `npm run bench -- ledger-crash`).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('alter table journal_entries add column request_key text');
  await knex.raw('create unique index journal_entries_request_key_unique on journal_entries (request_key) where request_key is not null');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index if exists journal_entries_request_key_unique');
  await knex.raw('alter table journal_entries drop column if exists request_key');
}
