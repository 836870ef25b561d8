import type { Knex } from 'knex';

// Files attached to documents (a supplier's quotation PDF on a purchase plan, a scanned
// invoice on a voucher): kept in PostgreSQL beside the record they belong to, so a backup
// holds both and every instance serves the same bytes. The owner is a document type and id
// (no foreign key: it may be any module's table); api/src/modules/attachments checks it.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('attachments', (t) => {
    t.increments('id');
    t.text('owner_type').notNullable();
    t.integer('owner_id').notNullable();
    t.text('filename').notNullable();
    // Found from the bytes, never taken from the upload's name or header.
    t.text('content_type').notNullable();
    t.integer('size_bytes').notNullable();
    t.text('sha256').notNullable();
    t.binary('bytes').notNullable();
    t.integer('created_by').references('users.id').onDelete('SET NULL');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['owner_type', 'owner_id']);
  });
  await knex.raw(`alter table attachments add constraint attachments_size_check check (size_bytes > 0 and size_bytes = octet_length(bytes))`);
  await knex.raw(`alter table attachments add constraint attachments_sha256_check check (sha256 ~ '^[0-9a-f]{64}$')`);
  await knex.raw(`alter table attachments add constraint attachments_filename_check check (length(filename) between 1 and 255)`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('attachments');
}
