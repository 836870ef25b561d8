import type { Knex } from 'knex';
import type { ApprovalAction, ApprovalStatus, PolicyStep, Role, StepCondition, StepOrigin, StepUnitScope } from '@portal/domain';

// ---------------------------------------------------------------------------
// Who holds a step. One definition, used by submit's check, by every action and by the inbox.

/** Every (unit, ancestor-or-self) pair. The tree is tens of units, so computing it whole is cheap. */
const ANCESTRY = `ancestry(unit_id, ancestor_id) as (
  select id, id from units
  union all
  select a.unit_id, u.parent_id from ancestry a join units u on u.id = a.ancestor_id where u.parent_id is not null
)`;

/**
 * Does grant g hold step s? For the document's unit or its branch: the role granted
 * on that unit or any unit above it (a company leader at HQ covers every unit). For
 * HQ: the role as held anywhere at head office, i.e. on a unit with no branch above
 * it, because HQ's approvers sit in its centres (the 售后服务中心 GM is granted on
 * 售后服务中心, not on the root).
 */
const HOLDS_STEP = `g.role = s.role and case when s.unit_scope = 'hq'
  then not exists (select 1 from ancestry a join units b on b.id = a.ancestor_id where a.unit_id = g.unit_id and b.kind = 'branch')
  else exists (select 1 from ancestry a where a.unit_id = s.unit_id and a.ancestor_id = g.unit_id) end`;

export interface Person {
  id: number;
  display_name: string;
}

/** Active users who hold the step's role for its unit (the submitter is excluded by the caller). */
export async function holders(db: Knex, step: { role: Role; unitId: number; scope: StepUnitScope }): Promise<Person[]> {
  const { rows } = await db.raw(
    `with recursive ${ANCESTRY}, s(role, unit_id, unit_scope) as (select ?::text, ?::int, ?::text)
     select distinct u.id, u.display_name
       from s join role_grants g on ${HOLDS_STEP}
       join users u on u.id = g.user_id and u.active
      order by u.id`,
    [step.role, step.unitId, step.scope],
  );
  return rows;
}

// ---------------------------------------------------------------------------
// Units

export interface UnitRef {
  id: number;
  name_zh: string;
  name_en: string;
  kind: string;
}

/** The unit, its nearest branch (itself if it is one) and the root, from the tree as it is now. */
export async function placeUnit(db: Knex, unitId: number): Promise<{ unit: UnitRef; branch: UnitRef | null; root: UnitRef } | undefined> {
  const { rows } = await db.raw(
    `with recursive up(id, depth) as (
       select ?::int, 0
       union all
       select u.parent_id, up.depth + 1 from up join units u on u.id = up.id where u.parent_id is not null
     )
     select n.id, n.name_zh, n.name_en, n.kind, n.parent_id from up join units n on n.id = up.id order by up.depth`,
    [unitId],
  );
  if (rows.length === 0) return undefined;
  const pick = (r: UnitRef) => ({ id: r.id, name_zh: r.name_zh, name_en: r.name_en, kind: r.kind });
  const branch = rows.find((r: UnitRef) => r.kind === 'branch');
  return { unit: pick(rows[0]), branch: branch ? pick(branch) : null, root: pick(rows[rows.length - 1]) };
}

export async function unitsByIds(db: Knex, ids: number[]): Promise<Map<number, UnitRef>> {
  const rows: UnitRef[] = ids.length ? await db('units').whereIn('id', ids).select('id', 'name_zh', 'name_en', 'kind') : [];
  return new Map(rows.map((r) => [r.id, r]));
}

// ---------------------------------------------------------------------------
// Policies

export interface PolicyRow {
  document_type: string;
  steps: PolicyStep[];
  version: number;
  updated_by: number | null;
  updated_at: Date;
}

export async function listPolicies(db: Knex): Promise<PolicyRow[]> {
  return db('approval_policies').orderBy('document_type').select('*');
}

export async function findPolicy(db: Knex, type: string): Promise<PolicyRow | undefined> {
  return db('approval_policies').where({ document_type: type }).first('*');
}

export async function insertPolicy(trx: Knex, type: string, steps: PolicyStep[], userId: number | null): Promise<PolicyRow> {
  const [row] = await trx('approval_policies')
    .insert({ document_type: type, steps: JSON.stringify(steps), updated_by: userId })
    .returning('*');
  return row;
}

/** Replaces the steps only if the policy is still at `version`; undefined means someone got there first. */
export async function updatePolicy(trx: Knex, type: string, version: number, steps: PolicyStep[], userId: number | null): Promise<PolicyRow | undefined> {
  const [row] = await trx('approval_policies')
    .where({ document_type: type, version })
    .update({ steps: JSON.stringify(steps), version: version + 1, updated_by: userId, updated_at: trx.fn.now() })
    .returning('*');
  return row;
}

// ---------------------------------------------------------------------------
// Requests, their steps and their timeline

export interface RequestRow {
  id: number;
  document_type: string;
  document_id: number;
  title: string;
  unit_id: number;
  branch_unit_id: number | null;
  amount_fen: number | null;
  paid_share_bp: number | null;
  submitter_id: number;
  status: ApprovalStatus;
  round: number;
  current_step: number | null;
  version: number;
  submitted_at: Date;
  decided_at: Date | null;
}

const REQUEST_COLUMNS = [
  'id', 'document_type', 'document_id', 'title', 'unit_id', 'branch_unit_id', 'amount_fen', 'paid_share_bp',
  'submitter_id', 'status', 'round', 'current_step', 'version', 'submitted_at', 'decided_at',
];

export async function findRequest(db: Knex, id: number): Promise<RequestRow | undefined> {
  return db('approval_requests').where({ id }).first(REQUEST_COLUMNS);
}

/**
 * Locks the document's request row for the rest of the transaction, so two
 * submissions of one document cannot both start a round.
 */
export async function findRequestOfDocumentForUpdate(db: Knex, type: string, documentId: number): Promise<RequestRow | undefined> {
  return db('approval_requests').where({ document_type: type, document_id: documentId }).forUpdate().first(REQUEST_COLUMNS);
}

export async function findRequestOfDocument(db: Knex, type: string, documentId: number): Promise<RequestRow | undefined> {
  return db('approval_requests').where({ document_type: type, document_id: documentId }).first(REQUEST_COLUMNS);
}

export type RequestFields = Omit<RequestRow, 'id' | 'version' | 'submitted_at' | 'decided_at' | 'round'>;

export async function insertRequest(trx: Knex, r: RequestFields): Promise<RequestRow> {
  const [row] = await trx('approval_requests')
    .insert({ ...r, decided_at: r.status === 'pending' ? null : trx.fn.now() })
    .returning(REQUEST_COLUMNS);
  return row;
}

/** A new round of a returned or withdrawn request: guarded by version like every other change. */
export async function restartRequest(
  trx: Knex,
  id: number,
  version: number,
  r: RequestFields,
  from: readonly ApprovalStatus[] = ['returned', 'withdrawn'],
): Promise<RequestRow | undefined> {
  const [row] = await trx('approval_requests')
    .where({ id, version })
    .whereIn('status', from)
    .update({
      ...r,
      round: trx.raw('round + 1'),
      version: version + 1,
      submitted_at: trx.fn.now(),
      decided_at: r.status === 'pending' ? null : trx.fn.now(),
      updated_at: trx.fn.now(),
    })
    .returning(REQUEST_COLUMNS);
  return row;
}

/**
 * Moves a pending request on. The where clause is the concurrency guard: of two
 * people acting on the same step at once, PostgreSQL lets the second update see
 * the first one's new version, so it matches no row and that person is told.
 */
export async function moveRequest(
  trx: Knex,
  id: number,
  version: number,
  to: { status: ApprovalStatus; current_step: number | null },
): Promise<RequestRow | undefined> {
  const [row] = await trx('approval_requests')
    .where({ id, version, status: 'pending' })
    .update({
      ...to,
      version: version + 1,
      decided_at: to.status === 'pending' ? null : trx.fn.now(),
      updated_at: trx.fn.now(),
    })
    .returning(REQUEST_COLUMNS);
  return row;
}

export interface StepRow {
  round: number;
  position: number;
  role: Role;
  unit_scope: StepUnitScope;
  origin: StepOrigin;
  condition: StepCondition;
  unit_id: number | null;
  skipped: boolean;
}

export async function insertSteps(trx: Knex, requestId: number, round: number, steps: Omit<StepRow, 'round'>[]): Promise<void> {
  if (steps.length === 0) return;
  await trx('approval_request_steps').insert(
    steps.map((s) => ({ ...s, request_id: requestId, round, condition: JSON.stringify(s.condition) })),
  );
}

export async function stepsOf(db: Knex, requestId: number, round: number): Promise<StepRow[]> {
  return db('approval_request_steps')
    .where({ request_id: requestId, round })
    .orderBy('position')
    .select('round', 'position', 'role', 'unit_scope', 'origin', 'condition', 'unit_id', 'skipped');
}

export async function insertAction(
  trx: Knex,
  a: {
    request_id: number;
    round: number;
    step_position: number | null;
    action: ApprovalAction;
    actor_id: number;
    on_behalf_of_id: number | null;
    comment: string | null;
  },
): Promise<void> {
  await trx('approval_actions').insert(a);
}

export interface TimelineRow {
  id: number;
  round: number;
  step_position: number | null;
  action: ApprovalAction;
  actor_id: number;
  actor_name: string;
  on_behalf_of_id: number | null;
  on_behalf_of_name: string | null;
  comment: string | null;
  at: Date;
  role: Role | null;
}

export async function timelineOf(db: Knex, requestId: number): Promise<TimelineRow[]> {
  return db('approval_actions as a')
    .join('users as u', 'u.id', 'a.actor_id')
    .leftJoin('users as b', 'b.id', 'a.on_behalf_of_id')
    .leftJoin('approval_request_steps as s', function () {
      this.on('s.request_id', 'a.request_id').andOn('s.round', 'a.round').andOn('s.position', 'a.step_position');
    })
    .where('a.request_id', requestId)
    .orderBy('a.id')
    .select(
      'a.id', 'a.round', 'a.step_position', 'a.action', 'a.actor_id', 'u.display_name as actor_name',
      'a.on_behalf_of_id', 'b.display_name as on_behalf_of_name', 'a.comment', 'a.at', 's.role',
    );
}

export async function hasTakenPart(db: Knex, requestId: number, userId: number): Promise<boolean> {
  return !!(await db('approval_actions')
    .where('request_id', requestId)
    .andWhere((w) => w.where('actor_id', userId).orWhere('on_behalf_of_id', userId))
    .first('id'));
}

export async function personById(db: Knex, id: number): Promise<Person | undefined> {
  return db('users').where({ id }).first('id', 'display_name');
}

// ---------------------------------------------------------------------------
// Inbox and "submitted by me"

/**
 * The pending requests whose current step this user may act on: as a holder of the
 * step, or as the delegate of a holder on a day inside the delegation. Never their
 * own submissions, and never on behalf of the submitter. Where both apply, acting
 * as oneself wins (delegator_id null).
 */
const ELIGIBLE = `with recursive ${ANCESTRY},
  principals(user_id, delegator_id) as (
    select ?::int, null::int
    union all
    select d.from_user_id, d.from_user_id from approval_delegations d
     where d.to_user_id = ? and ?::date between d.starts_on and d.ends_on
  )
  select distinct on (r.id) r.id as request_id, p.delegator_id
    from approval_requests r
    join approval_request_steps s on s.request_id = r.id and s.round = r.round and s.position = r.current_step
    join role_grants g on ${HOLDS_STEP}
    join users gu on gu.id = g.user_id and gu.active
    join principals p on p.user_id = g.user_id
   where r.status = 'pending' and r.submitter_id <> ? and g.user_id <> r.submitter_id
   order by r.id, p.delegator_id nulls first`;

function eligible(db: Knex, userId: number, today: string) {
  return db.raw(`(${ELIGIBLE}) as e`, [userId, userId, today, userId]);
}

export interface ListedRequestRow extends RequestRow {
  submitter_name: string;
  unit_name_zh: string;
  unit_name_en: string;
  step_role: Role | null;
  step_unit_name_zh: string | null;
  step_unit_name_en: string | null;
  delegator_id?: number | null;
  delegator_name?: string | null;
}

export interface RequestFilter {
  q?: string;
  documentType?: string;
  status?: ApprovalStatus;
  sort: { column: 'submittedAt'; desc: boolean };
  page: number;
  pageSize: number;
}

function listed(db: Knex) {
  return db('approval_requests as r')
    .join('users as sub', 'sub.id', 'r.submitter_id')
    .join('units as n', 'n.id', 'r.unit_id')
    .leftJoin('approval_request_steps as cs', function () {
      this.on('cs.request_id', 'r.id').andOn('cs.round', 'r.round').andOn('cs.position', 'r.current_step');
    })
    .leftJoin('units as cn', 'cn.id', 'cs.unit_id');
}

const LISTED_COLUMNS = [
  ...REQUEST_COLUMNS.map((c) => `r.${c}`),
  'sub.display_name as submitter_name',
  'n.name_zh as unit_name_zh',
  'n.name_en as unit_name_en',
  'cs.role as step_role',
  'cn.name_zh as step_unit_name_zh',
  'cn.name_en as step_unit_name_en',
];

function applyFilter(qb: Knex.QueryBuilder, f: RequestFilter) {
  if (f.documentType) qb.where('r.document_type', f.documentType);
  if (f.status) qb.where('r.status', f.status);
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
    qb.where((w) => w.whereILike('r.title', like).orWhereILike('sub.display_name', like));
  }
}

async function page(base: Knex.QueryBuilder, f: RequestFilter, columns: string[]) {
  const [{ count }] = await base.clone().count<{ count: number }[]>({ count: '*' });
  const items = await base
    .clone()
    .orderBy('r.submitted_at', f.sort.desc ? 'desc' : 'asc')
    .orderBy('r.id', f.sort.desc ? 'desc' : 'asc')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .select(columns);
  return { items: items as ListedRequestRow[], total: Number(count) };
}

export async function listInbox(db: Knex, userId: number, today: string, f: RequestFilter) {
  const base = listed(db)
    .join(eligible(db, userId, today), 'e.request_id', 'r.id')
    .leftJoin('users as dl', 'dl.id', 'e.delegator_id')
    .modify((qb) => applyFilter(qb, f));
  return page(base, f, [...LISTED_COLUMNS, 'e.delegator_id', 'dl.display_name as delegator_name']);
}

export async function countInbox(db: Knex, userId: number, today: string): Promise<number> {
  const [{ count }] = await db.from(eligible(db, userId, today)).count<{ count: number }[]>({ count: '*' });
  return Number(count);
}

export async function listSubmitted(db: Knex, userId: number, f: RequestFilter) {
  const base = listed(db)
    .where('r.submitter_id', userId)
    .modify((qb) => applyFilter(qb, f));
  return page(base, f, LISTED_COLUMNS);
}

// ---------------------------------------------------------------------------
// Delegations

export interface DelegationRow {
  id: number;
  from_user_id: number;
  from_name: string;
  to_user_id: number;
  to_name: string;
  starts_on: string;
  ends_on: string;
  created_at: Date;
}

function delegations(db: Knex) {
  return db('approval_delegations as d')
    .join('users as f', 'f.id', 'd.from_user_id')
    .join('users as t', 't.id', 'd.to_user_id')
    .select(
      'd.id', 'd.from_user_id', 'f.display_name as from_name', 'd.to_user_id', 't.display_name as to_name',
      'd.starts_on', 'd.ends_on', 'd.created_at',
    );
}

export async function listDelegations(db: Knex, userId: number): Promise<DelegationRow[]> {
  return delegations(db)
    .where((w) => w.where('d.from_user_id', userId).orWhere('d.to_user_id', userId))
    .orderBy([{ column: 'd.starts_on', order: 'desc' }, { column: 'd.id', order: 'desc' }]);
}

export async function findDelegation(db: Knex, id: number): Promise<DelegationRow | undefined> {
  return delegations(db).where('d.id', id).first();
}

export async function overlappingDelegation(db: Knex, fromUserId: number, startsOn: string, endsOn: string): Promise<DelegationRow | undefined> {
  return delegations(db)
    .where('d.from_user_id', fromUserId)
    .andWhere('d.starts_on', '<=', endsOn)
    .andWhere('d.ends_on', '>=', startsOn)
    .first();
}

/** Serialises one person's delegation changes, so two overlapping ones cannot both pass the check. */
export async function lockDelegationsOf(trx: Knex, userId: number): Promise<void> {
  await trx.raw(`select pg_advisory_xact_lock(hashtext('portal.delegations'), ?)`, [userId]);
}

export async function insertDelegation(
  trx: Knex,
  d: { from_user_id: number; to_user_id: number; starts_on: string; ends_on: string },
): Promise<number> {
  const [row] = await trx('approval_delegations').insert(d).returning('id');
  return row.id;
}

export async function deleteDelegation(trx: Knex, id: number): Promise<void> {
  await trx('approval_delegations').where({ id }).delete();
}

/** Who acts for these users today. */
export async function delegatesOf(db: Knex, userIds: number[], today: string): Promise<{ from_user_id: number; to_user_id: number }[]> {
  if (userIds.length === 0) return [];
  return db('approval_delegations as d')
    .join('users as t', 't.id', 'd.to_user_id')
    .where('t.active', true)
    .whereIn('d.from_user_id', userIds)
    .andWhere('d.starts_on', '<=', today)
    .andWhere('d.ends_on', '>=', today)
    .select('d.from_user_id', 'd.to_user_id');
}

/** Whom this user acts for today. */
export async function delegatorsOf(db: Knex, userId: number, today: string): Promise<number[]> {
  return db('approval_delegations')
    .where('to_user_id', userId)
    .andWhere('starts_on', '<=', today)
    .andWhere('ends_on', '>=', today)
    .orderBy('from_user_id')
    .pluck('from_user_id');
}

/** Active colleagues by name or username, for choosing a stand-in; never the asker. */
export async function searchActiveUsers(db: Knex, f: { q?: string; excludeId: number; page: number; pageSize: number }) {
  const base = db('users as u')
    .leftJoin('units as n', 'n.id', 'u.unit_id')
    .where('u.active', true)
    .whereNot('u.id', f.excludeId)
    .modify((qb) => {
      if (f.q) {
        const like = `%${f.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
        qb.where((w) => w.whereILike('u.display_name', like).orWhereILike('u.username', like));
      }
    });
  const [{ n }] = await base.clone().count<{ n: number }[]>({ n: '*' });
  const rows: { id: number; display_name: string; unit_name_zh: string | null; unit_name_en: string | null }[] = await base
    .clone()
    .select('u.id', 'u.display_name', 'n.name_zh as unit_name_zh', 'n.name_en as unit_name_en')
    .orderBy([{ column: 'u.display_name' }, { column: 'u.id' }])
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  return { rows, total: Number(n) };
}

export async function activeUser(db: Knex, id: number): Promise<Person | undefined> {
  return db('users').where({ id, active: true }).first('id', 'display_name');
}
