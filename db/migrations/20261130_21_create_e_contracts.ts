import type { Knex } from 'knex';

/**
 * Issue 15 / DOMAIN.md §4: the e-contract (电子合同) generated from the version of a negotiation
 * both sides agreed. The PDF both sign is stored as bytes with its SHA-256; each signature records
 * who, for which side, when, and the SHA-256 of the exact bytes signed. One signature per side
 * (unique), and a signature must bind the contract's own hash (checked by the database). Once both
 * signed, the issued copy with the signature page is stored too, with its own hash. Module
 * e-contracts owns both tables.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('e_contracts', (t) => {
    t.increments('id');
    t.text('number').notNullable().unique();
    // One contract per negotiation.
    t.integer('negotiation_id').notNullable().unique().references('negotiations.id').onDelete('RESTRICT');
    t.integer('version_no').notNullable();
    t.integer('unit_id').notNullable().references('units.id').onDelete('RESTRICT');
    t.integer('supplier_id').notNullable().references('suppliers.id').onDelete('RESTRICT');
    t.text('title').notNullable();
    t.bigInteger('total_fen').notNullable();
    t.text('status')
      .notNullable()
      .checkIn(['awaiting_approval', 'awaiting_signatures', 'signed', 'rejected'], 'e_contracts_status_check');
    // What the PDF was rendered from, frozen: the signed copy repeats exactly these pages.
    t.jsonb('print_view').notNullable();
    t.binary('pdf').notNullable();
    t.specificType('sha256', 'char(64)').notNullable();
    t.binary('signed_pdf');
    t.specificType('signed_sha256', 'char(64)');
    t.timestamp('signed_at', { useTz: true });
    t.integer('created_by').references('users.id').onDelete('SET NULL');
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['unit_id', 'created_at']);
    t.index(['supplier_id']);
    t.index(['sha256']);
    t.index(['signed_sha256']);
  });
  await knex.raw(
    `alter table e_contracts add constraint e_contracts_signed_check check (
       total_fen > 0
       and (status = 'signed') = (signed_pdf is not null and signed_sha256 is not null and signed_at is not null))`,
  );
  // The contract's hash is part of its key, so a signature can point at exactly these bytes.
  await knex.raw(`alter table e_contracts add constraint e_contracts_id_sha256_key unique (id, sha256)`);

  await knex.schema.createTable('e_contract_signatures', (t) => {
    t.increments('id');
    t.integer('contract_id').notNullable();
    t.text('side').notNullable().checkIn(['buyer', 'supplier'], 'e_contract_signatures_side_check');
    t.integer('signer_id').notNullable().references('users.id').onDelete('RESTRICT');
    t.text('signer_name').notNullable();
    t.text('role').notNullable();
    t.specificType('sha256', 'char(64)').notNullable();
    t.timestamp('signed_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['contract_id', 'side'], { indexName: 'e_contract_signatures_one_per_side' });
    t.foreign(['contract_id', 'sha256'], 'e_contract_signatures_binds_contract').references(['id', 'sha256']).inTable('e_contracts').onDelete('RESTRICT');
  });
  // A signature is a fact: never changed, never removed.
  await knex.raw(`
    create function e_contract_signatures_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'signatures are kept as made' using errcode = '23514', constraint = 'e_contract_signatures_append_only';
    end $$`);
  await knex.raw(
    `create trigger e_contract_signatures_append_only before update or delete on e_contract_signatures for each row execute function e_contract_signatures_append_only()`,
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop trigger if exists e_contract_signatures_append_only on e_contract_signatures');
  await knex.raw('drop function if exists e_contract_signatures_append_only()');
  await knex.schema.dropTable('e_contract_signatures');
  await knex.schema.dropTable('e_contracts');
}
