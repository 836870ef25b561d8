import type { Knex } from 'knex';

// Lists mirror domain/src/approvals.ts and roles.ts, so the database refuses what the rules do not know.
const ROLES = [
  'requester', 'purchasing_clerk', 'dept_head', 'company_leader', 'ecommerce_staff',
  'branch_ecommerce_clerk', 'branch_marketer', 'branch_gm', 'hq_center_gm', 'finance', 'admin', 'auditor',
];
const STATUSES = ['pending', 'approved', 'rejected', 'returned', 'withdrawn'];
const ACTIONS = ['submit', 'approve', 'reject', 'return', 'withdraw'];
const UNIT_SCOPES = ['own', 'branch', 'hq'];
const ORIGINS = ['any', 'branch', 'hq'];

export async function up(knex: Knex): Promise<void> {
  // One ordered list of steps per document type, replaced as a whole by the admin: jsonb keeps the
  // order and the condition's shape together, and requests copy the steps they use (below).
  await knex.schema.createTable('approval_policies', (t) => {
    t.text('document_type').primary();
    t.jsonb('steps').notNullable().defaultTo('[]');
    t.integer('version').notNullable().defaultTo(1);
    t.integer('updated_by').references('users.id').onDelete('SET NULL');
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });

  // One request per document: a returned or withdrawn document is submitted again as the next
  // round of the same request, so its whole history reads as one timeline.
  await knex.schema.createTable('approval_requests', (t) => {
    t.increments('id');
    t.text('document_type').notNullable();
    t.integer('document_id').notNullable();
    // What the document said of itself at the last submission: lists filter and show these
    // without asking every document module.
    t.text('title').notNullable();
    t.integer('unit_id').notNullable().references('units.id').onDelete('RESTRICT');
    t.integer('branch_unit_id').references('units.id').onDelete('RESTRICT');
    t.bigInteger('amount_fen');
    t.integer('paid_share_bp');
    t.integer('submitter_id').notNullable().references('users.id').onDelete('RESTRICT');
    t.text('status').notNullable().checkIn(STATUSES, 'approval_requests_status_check');
    t.integer('round').notNullable().defaultTo(1);
    // The policy position of the step waiting to act; null unless pending.
    t.integer('current_step');
    // Every action bumps it; an action names the version it saw, so of two at once only one counts.
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('submitted_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('decided_at', { useTz: true });
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['document_type', 'document_id']);
    t.index(['status']);
    t.index(['submitter_id', 'submitted_at']);
  });
  await knex.raw(
    `alter table approval_requests add constraint approval_requests_current_step_check
       check ((status = 'pending') = (current_step is not null))`,
  );

  // The chain of each round as it was when submitted: editing the policy later does not
  // change what an open request waits for. Skipped steps are kept so the screen can show them.
  await knex.schema.createTable('approval_request_steps', (t) => {
    t.increments('id');
    t.integer('request_id').notNullable().references('approval_requests.id').onDelete('CASCADE');
    t.integer('round').notNullable();
    t.integer('position').notNullable();
    t.text('role').notNullable().checkIn(ROLES, 'approval_request_steps_role_check');
    t.text('unit_scope').notNullable().checkIn(UNIT_SCOPES, 'approval_request_steps_unit_scope_check');
    t.text('origin').notNullable().checkIn(ORIGINS, 'approval_request_steps_origin_check');
    t.jsonb('condition').notNullable();
    // The unit the approver is taken from; null only on a skipped step whose unit does not exist.
    t.integer('unit_id').references('units.id').onDelete('RESTRICT');
    t.boolean('skipped').notNullable();
    t.unique(['request_id', 'round', 'position']);
  });

  // The timeline: who did what, at which step, on whose behalf, with what comment.
  await knex.schema.createTable('approval_actions', (t) => {
    t.bigIncrements('id');
    t.integer('request_id').notNullable().references('approval_requests.id').onDelete('CASCADE');
    t.integer('round').notNullable();
    t.integer('step_position');
    t.text('action').notNullable().checkIn(ACTIONS, 'approval_actions_action_check');
    t.integer('actor_id').notNullable().references('users.id').onDelete('RESTRICT');
    t.integer('on_behalf_of_id').references('users.id').onDelete('RESTRICT');
    t.text('comment');
    t.timestamp('at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['request_id', 'id']);
  });

  await knex.schema.createTable('approval_delegations', (t) => {
    t.increments('id');
    t.integer('from_user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.integer('to_user_id').notNullable().references('users.id').onDelete('CASCADE');
    // Calendar days in China time, both inclusive.
    t.date('starts_on').notNullable();
    t.date('ends_on').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['to_user_id', 'starts_on']);
    t.index(['from_user_id', 'starts_on']);
  });
  await knex.raw(
    `alter table approval_delegations add constraint approval_delegations_range_check
       check (ends_on >= starts_on and from_user_id <> to_user_id)`,
  );

  // In-app notifications. The text is rendered when read, in the reader's language, from
  // the kind's message and these params; kinds are not listed here because any module may add one.
  await knex.schema.createTable('notifications', (t) => {
    t.bigIncrements('id');
    t.integer('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.text('kind').notNullable();
    t.jsonb('params').notNullable().defaultTo('{}');
    t.text('link');
    t.timestamp('read_at', { useTz: true });
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['user_id', 'id']);
  });
  await knex.raw(`create index notifications_unread on notifications (user_id) where read_at is null`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('notifications');
  await knex.schema.dropTable('approval_delegations');
  await knex.schema.dropTable('approval_actions');
  await knex.schema.dropTable('approval_request_steps');
  await knex.schema.dropTable('approval_requests');
  await knex.schema.dropTable('approval_policies');
}
