import type { Knex } from 'knex';
import type { ApprovalAction, ApprovalStatus, Role, StepCondition, StepOrigin, StepUnitScope } from '@portal/domain';
import { whereContains } from '../../db/like';
import { pageOf } from '../../db/paging';
import { UNIT_ANCESTRY, unitsView } from '../units/units.reads.repo';
import { ACTIVE_GRANTS, usersView } from '../users/users.reads.repo';
import { HOLDS_STEP } from './approvals.repo';

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
 * Moves a pending request on (or one in `from`: a returned request withdrawn because its
 * document was discarded). The where clause is the concurrency guard: of two
 * people acting on the same step at once, PostgreSQL lets the second update see
 * the first one's new version, so it matches no row and that person is told.
 */
export async function moveRequest(
  trx: Knex,
  id: number,
  version: number,
  to: { status: ApprovalStatus; current_step: number | null },
  from: ApprovalStatus = 'pending',
): Promise<RequestRow | undefined> {
  const [row] = await trx('approval_requests')
    .where({ id, version, status: from })
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
    .join(usersView(db).as('u'), 'u.id', 'a.actor_id')
    .leftJoin(usersView(db).as('b'), 'b.id', 'a.on_behalf_of_id')
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

// ---------------------------------------------------------------------------
// Inbox and "submitted by me"

/**
 * The pending requests whose current step this user may act on: as a holder of the
 * step, or as the delegate of a holder on a day inside the delegation. Never their
 * own submissions, and never on behalf of the submitter. Where both apply, acting
 * as oneself wins (delegator_id null).
 */
const ELIGIBLE = `with recursive ${UNIT_ANCESTRY},
  principals(user_id, delegator_id) as (
    select ?::int, null::int
    union all
    select d.from_user_id, d.from_user_id from approval_delegations d
     where d.to_user_id = ? and ?::date between d.starts_on and d.ends_on
  )
  select distinct on (r.id) r.id as request_id, p.delegator_id
    from approval_requests r
    join approval_request_steps s on s.request_id = r.id and s.round = r.round and s.position = r.current_step
    join (${ACTIVE_GRANTS}) g on ${HOLDS_STEP}
    join principals p on p.user_id = g.user_id
   where r.status = 'pending' and r.submitter_id <> ? and g.user_id <> r.submitter_id
     -- One signature per person per round: whoever approved an earlier step waits for someone else.
     and not exists (select 1 from approval_actions x
                      where x.request_id = r.id and x.round = r.round and x.action = 'approve'
                        and (x.actor_id in (g.user_id, ?) or x.on_behalf_of_id = g.user_id))
   order by r.id, p.delegator_id nulls first`;

function eligible(db: Knex, userId: number, today: string) {
  return db.raw(`(${ELIGIBLE}) as e`, [userId, userId, today, userId, userId]);
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
    .join(usersView(db).as('sub'), 'sub.id', 'r.submitter_id')
    .join(unitsView(db).as('n'), 'n.id', 'r.unit_id')
    .leftJoin('approval_request_steps as cs', function () {
      this.on('cs.request_id', 'r.id').andOn('cs.round', 'r.round').andOn('cs.position', 'r.current_step');
    })
    .leftJoin(unitsView(db).as('cn'), 'cn.id', 'cs.unit_id');
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
  whereContains(qb, f.q, ['r.title', 'sub.display_name']);
}

function page(base: Knex.QueryBuilder, f: RequestFilter, columns: string[]) {
  return pageOf<ListedRequestRow>(base, f, (qb) =>
    qb
      .orderBy('r.submitted_at', f.sort.desc ? 'desc' : 'asc')
      .orderBy('r.id', f.sort.desc ? 'desc' : 'asc')
      .select(columns),
  );
}

export async function listInbox(db: Knex, userId: number, today: string, f: RequestFilter) {
  const base = listed(db)
    .join(eligible(db, userId, today), 'e.request_id', 'r.id')
    .leftJoin(usersView(db).as('dl'), 'dl.id', 'e.delegator_id')
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
// What a document's print-out shows of its approval

/** Who approved the document in the request's latest round, in order, with when. */
export async function approversOf(db: Knex, requestId: number): Promise<{ name: string; role: Role; at: Date }[]> {
  return db('approval_actions as a')
    .join('approval_requests as r', 'r.id', 'a.request_id')
    .join('approval_request_steps as s', (j) => j.on('s.request_id', 'a.request_id').andOn('s.round', 'a.round').andOn('s.position', 'a.step_position'))
    .join(usersView(db).as('u'), 'u.id', 'a.actor_id')
    .where('a.request_id', requestId)
    .whereRaw('a.round = r.round')
    .where('a.action', 'approve')
    .orderBy('a.id')
    .select('u.display_name as name', 's.role', 'a.at');
}

/**
 * Who has approved a step of the request's current round, in person or through a delegate:
 * none of them counts for a later step (one person, one signature per round).
 */
export async function approvedThisRound(db: Knex, r: { id: number; round: number }): Promise<number[]> {
  const rows: { actor_id: number; on_behalf_of_id: number | null }[] = await db('approval_actions')
    .where({ request_id: r.id, round: r.round, action: 'approve' })
    .select('actor_id', 'on_behalf_of_id');
  return [...new Set(rows.flatMap((a) => (a.on_behalf_of_id === null ? [a.actor_id] : [a.actor_id, a.on_behalf_of_id])))];
}

/** The step a pending request waits on: its role and the unit the approver is taken from. */
export async function waitingStep(db: Knex, requestId: number): Promise<{ role: Role; name_zh: string; name_en: string } | undefined> {
  return db('approval_requests as r')
    .join('approval_request_steps as s', (j) => j.on('s.request_id', 'r.id').andOn('s.round', 'r.round').andOn('s.position', 'r.current_step'))
    .join(unitsView(db).as('un'), 'un.id', 's.unit_id')
    .where('r.id', requestId)
    .first('s.role', 'un.name_zh', 'un.name_en');
}
