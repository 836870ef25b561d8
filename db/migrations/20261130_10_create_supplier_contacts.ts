import type { Knex } from 'knex';

/**
 * Issue 15: the portal's first external users. A supplier contact is a user (users, role
 * `supplier_contact`) linked to exactly one supplier company; it signs in with a password it
 * set itself through a one-time link (only the link's sha256 is stored: a leaked table hands
 * out no live link). The supplier gains the company details a B2B contract names
 * (DOMAIN.md §2 invoice rules: legal name, taxpayer ID, address, phone, bank, account).
 */
const ROLES = [
  'requester', 'purchasing_clerk', 'dept_head', 'company_leader', 'ecommerce_staff',
  'branch_ecommerce_clerk', 'branch_marketer', 'branch_gm', 'hq_center_gm', 'finance', 'admin', 'auditor',
];
const list = (xs: string[]) => xs.map((x) => `'${x}'`).join(', ');

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`alter table role_grants drop constraint role_grants_role_check`);
  await knex.raw(`alter table role_grants add constraint role_grants_role_check check (role in (${list([...ROLES, 'supplier_contact'])}))`);

  await knex.schema.alterTable('suppliers', (t) => {
    t.text('legal_name');
    t.text('taxpayer_id');
    t.text('registered_address');
    t.text('phone');
    t.text('bank_name');
    t.text('bank_account');
  });

  await knex.schema.createTable('supplier_contacts', (t) => {
    t.increments('id');
    // One user is the contact of one supplier, for good: a contact never changes company.
    t.integer('user_id').notNullable().unique().references('users.id').onDelete('RESTRICT');
    t.integer('supplier_id').notNullable().references('suppliers.id').onDelete('RESTRICT');
    t.text('phone').notNullable().defaultTo('');
    t.text('email').notNullable().defaultTo('');
    t.integer('invited_by').references('users.id').onDelete('SET NULL');
    t.timestamp('password_set_at', { useTz: true });
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['supplier_id']);
  });

  await knex.schema.createTable('supplier_contact_invites', (t) => {
    t.increments('id');
    t.integer('contact_id').notNullable().references('supplier_contacts.id').onDelete('CASCADE');
    t.text('token_hash').notNullable().unique();
    t.timestamp('expires_at', { useTz: true }).notNullable();
    // Used once: set when the password is set, or when a newer link replaces it.
    t.timestamp('used_at', { useTz: true });
    t.text('ended_by').checkIn(['password_set', 'replaced'], 'supplier_contact_invites_ended_by_check');
    t.integer('created_by').references('users.id').onDelete('SET NULL');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['contact_id']);
  });
  // At most one live link per contact.
  await knex.raw(`create unique index supplier_contact_invites_one_open on supplier_contact_invites (contact_id) where used_at is null`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('supplier_contact_invites');
  await knex.schema.dropTable('supplier_contacts');
  await knex.schema.alterTable('suppliers', (t) => {
    t.dropColumns('legal_name', 'taxpayer_id', 'registered_address', 'phone', 'bank_name', 'bank_account');
  });
  await knex.raw(`delete from role_grants where role = 'supplier_contact'`);
  await knex.raw(`alter table role_grants drop constraint role_grants_role_check`);
  await knex.raw(`alter table role_grants add constraint role_grants_role_check check (role in (${list(ROLES)}))`);
}
