import type { Knex } from 'knex';

/**
 * What the attachments module publishes for other modules' queries (a ledger's "attachment"
 * column): each file's description, never its bytes. `.leftJoin(attachmentsView(db).as('a'), …)`.
 */
export const attachmentsView = (db: Knex) =>
  db('attachments').select('id', 'owner_type', 'owner_id', 'filename', 'content_type', 'size_bytes', 'sha256', 'created_by', 'created_at');
