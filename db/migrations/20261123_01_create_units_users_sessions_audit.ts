import type { Knex } from 'knex';

// The roles and unit kinds are listed in the database too, so no code path can
// store a role the domain does not know (domain/src/roles.ts, units.ts).
const ROLES = [
  'requester', 'purchasing_clerk', 'dept_head', 'company_leader', 'ecommerce_staff',
  'branch_ecommerce_clerk', 'branch_marketer', 'branch_gm', 'hq_center_gm', 'finance', 'admin', 'auditor',
];
const UNIT_KINDS = ['hq', 'centre', 'department', 'branch', 'branch_department'];

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('units', (t) => {
    t.increments('id');
    t.text('code').notNullable().unique();
    t.text('name_zh').notNullable();
    t.text('name_en').notNullable();
    t.text('kind').notNullable().checkIn(UNIT_KINDS, 'units_kind_check');
    t.integer('parent_id').references('units.id').onDelete('RESTRICT');
    t.boolean('active').notNullable().defaultTo(true);
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['parent_id']);
  });
  // Exactly one root: the head office.
  await knex.raw(`create unique index units_single_root on units ((true)) where parent_id is null`);

  await knex.schema.createTable('users', (t) => {
    t.increments('id');
    t.text('username').notNullable();
    t.text('display_name').notNullable();
    t.text('password_hash').notNullable();
    t.integer('unit_id').notNullable().references('units.id').onDelete('RESTRICT');
    t.boolean('active').notNullable().defaultTo(true);
    // Lockout lives in the row, not in process memory, so it holds across API instances.
    t.integer('failed_attempts').notNullable().defaultTo(0);
    t.timestamp('locked_until', { useTz: true });
    t.timestamp('last_login_at', { useTz: true });
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.raw(`create unique index users_username_lower on users (lower(username))`);

  await knex.schema.createTable('role_grants', (t) => {
    t.increments('id');
    t.integer('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.text('role').notNullable().checkIn(ROLES, 'role_grants_role_check');
    t.integer('unit_id').notNullable().references('units.id').onDelete('RESTRICT');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['user_id', 'role', 'unit_id']);
    t.index(['role', 'unit_id']);
  });

  await knex.schema.createTable('sessions', (t) => {
    // sha256 of the cookie's token: a leaked table does not hand out live sessions.
    t.text('id').primary();
    t.integer('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.text('csrf_token').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('last_seen_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.text('ip');
    t.text('user_agent');
    t.index(['user_id']);
    t.index(['expires_at']);
  });

  await knex.schema.createTable('audit_log', (t) => {
    t.bigIncrements('id');
    t.timestamp('at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.integer('actor_id').references('users.id').onDelete('SET NULL');
    // The name as it was then: the trail stays readable after a user is renamed.
    t.text('actor_name');
    t.text('action').notNullable();
    t.text('entity').notNullable();
    t.text('entity_id');
    t.jsonb('before');
    t.jsonb('after');
    t.text('request_id');
    t.text('ip');
    t.index(['at']);
    t.index(['entity', 'entity_id']);
    t.index(['actor_id', 'at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('audit_log');
  await knex.schema.dropTable('sessions');
  await knex.schema.dropTable('role_grants');
  await knex.schema.dropTable('users');
  await knex.schema.dropTable('units');
}
