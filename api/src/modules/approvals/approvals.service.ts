import type { Knex } from 'knex';
import {
  afterAction,
  allowedActions,
  APPROVAL_STATUS_LABELS,
  calendarDay,
  canTakeAction,
  commentRequired,
  hasAnyRole,
  isDocumentEditable,
  MAX_POLICY_STEPS,
  nextStepPosition,
  policyProblems,
  ROLE_LABELS,
  selectChain,
  type ApprovalAction,
  type ApprovalStatus,
  type PolicyStep,
  type Role,
} from '@portal/domain';
import { Conflict, Forbidden, Invalid, NotFound } from '../../http/errors';
import type { Lang } from '../../http/lang';
import type { Actor } from '../../http/route';
import type { SessionUser } from '../../http/session';
import { audit } from '../audit/audit.service';
import { notify } from '../notifications/notifications.service';
import { documentType, findDocumentType, registeredDocumentTypes, type DocumentType } from './approvals.registry';
import * as repo from './approvals.repo';

/** Those who read every request without taking part: the administrator and internal audit. */
const READS_ALL: readonly Role[] = ['admin', 'auditor'];

const requestLink = (id: number) => `/approvals/requests/${id}`;
/** Delegations run on the company's calendar day (China time), whatever the server's zone. */
const today = () => calendarDay(new Date());
const bilingual = (u: { name_zh: string; name_en: string }) => ({ zh: u.name_zh, en: u.name_en });

function stepKey(s: repo.StepRow) {
  return { role: s.role, unitId: s.unit_id!, scope: s.unit_scope };
}

/**
 * On whose authority this user may act on the step: 'self' as a holder, a
 * holder's id as that holder's delegate today, or null. The submitter never
 * counts, neither in person nor through a delegate.
 */
async function authorityOver(
  db: Knex,
  userId: number,
  submitterId: number,
  step: repo.StepRow,
  delegators: readonly number[],
): Promise<'self' | number | null> {
  if (userId === submitterId || step.skipped || step.unit_id === null) return null;
  const holders = (await repo.holders(db, stepKey(step))).map((p) => p.id).filter((id) => id !== submitterId);
  if (holders.includes(userId)) return 'self';
  // Delegation is not passed on: a delegate acts for the people who named them, not for whoever named those.
  return delegators.find((id) => holders.includes(id)) ?? null;
}

/** Everyone to tell that the step waits for them: its holders and their delegates of today. */
async function notifyStepWaiting(trx: Knex, def: DocumentType, request: repo.RequestRow, step: repo.StepRow): Promise<void> {
  const holders = (await repo.holders(trx, stepKey(step))).map((p) => p.id).filter((id) => id !== request.submitter_id);
  const delegates = (await repo.delegatesOf(trx, holders, today())).map((d) => d.to_user_id).filter((id) => id !== request.submitter_id);
  const submitter = await repo.personById(trx, request.submitter_id);
  await notify(trx, [...holders, ...delegates], {
    kind: 'approval.submitted',
    params: { submitter: submitter?.display_name ?? '', type: def.label, title: request.title, position: step.position, role: ROLE_LABELS[step.role] },
    link: requestLink(request.id),
  });
}

function summary(r: repo.RequestRow) {
  return { id: r.id, status: r.status, round: r.round, currentStep: r.current_step, version: r.version };
}

export type RequestSummary = ReturnType<typeof summary>;

// ---------------------------------------------------------------------------
// What document modules call

/**
 * Submits a document for approval, or submits it again after it was returned or
 * withdrawn (the chain starts again from the first step, chosen afresh from the
 * current policy and the document as it is now). Call it inside the document
 * module's own transaction, after locking the document row: every check runs
 * before the first write, and any refusal rolls back the caller's change too, so
 * nothing is ever half-submitted. With no applicable step the document is approved at once.
 */
export async function submit(trx: Knex, actor: Actor, type: string, documentId: number): Promise<RequestSummary> {
  const def = documentType(type);
  const submitterId = actor.userId;
  if (submitterId === null) throw new Error('only a signed-in user can submit a document');

  const existing = await repo.findRequestOfDocumentForUpdate(trx, type, documentId);
  // A document that went back to draft after its decision starts a fresh round, as if never submitted.
  const reopened = !!existing && !!def.resubmitAfterDecision && (existing.status === 'approved' || existing.status === 'rejected');
  if (existing && !reopened && !canTakeAction(existing.status, 'submit')) {
    throw existing.status === 'pending'
      ? new Conflict('approvals.alreadyPending')
      : new Conflict('approvals.alreadyDecided', { status: APPROVAL_STATUS_LABELS[existing.status] });
  }
  const doc = await def.describe(trx, documentId);
  const policySteps = doc.steps ?? (await repo.findPolicy(trx, type))?.steps;
  if (!policySteps) throw new Invalid([], 'approvals.noPolicy', { type: def.label });
  const place = await repo.placeUnit(trx, doc.unitId);
  if (!place) throw new Error(`${type} ${documentId} belongs to unit ${doc.unitId}, which does not exist`);

  const chain = selectChain(policySteps, {
    origin: place.branch ? 'branch' : 'hq',
    amountFen: doc.amountFen,
    paidShareBp: doc.paidShareBp,
  });
  const steps: Omit<repo.StepRow, 'round'>[] = [];
  for (const { position, step, skipped } of chain) {
    const unit = step.unit === 'own' ? place.unit : step.unit === 'branch' ? place.branch : place.root;
    if (!skipped) {
      if (!unit) throw new Invalid([], 'approvals.noBranch', { position });
      const others = (await repo.holders(trx, { role: step.role, unitId: unit.id, scope: step.unit })).filter((p) => p.id !== submitterId);
      if (others.length === 0) {
        throw new Invalid([], 'approvals.noApprover', { position, role: ROLE_LABELS[step.role], unit: bilingual(unit) });
      }
    }
    steps.push({ position, role: step.role, unit_scope: step.unit, origin: step.origin, condition: step.condition, unit_id: unit?.id ?? null, skipped });
  }

  const next = afterAction(reopened ? null : (existing?.status ?? null), 'submit', nextStepPosition(chain, null));
  const fields: repo.RequestFields = {
    document_type: type,
    document_id: documentId,
    title: doc.title,
    unit_id: place.unit.id,
    branch_unit_id: place.branch?.id ?? null,
    amount_fen: doc.amountFen ?? null,
    paid_share_bp: doc.paidShareBp ?? null,
    submitter_id: submitterId,
    status: next.status,
    current_step: next.currentStep,
  };
  const request = existing
    ? await repo.restartRequest(trx, existing.id, existing.version, fields, reopened ? [existing.status] : undefined)
    : await repo.insertRequest(trx, fields);
  if (!request) throw new Conflict('approvals.alreadyActed');
  await repo.insertSteps(trx, request.id, request.round, steps);
  await repo.insertAction(trx, {
    request_id: request.id,
    round: request.round,
    step_position: null,
    action: 'submit',
    actor_id: submitterId,
    on_behalf_of_id: null,
    comment: null,
  });
  if (request.status === 'approved') {
    await def.onApproved(trx, actor, documentId, { requestId: request.id, comment: null });
  } else {
    const first = steps.find((s) => s.position === request.current_step)!;
    await notifyStepWaiting(trx, def, request, { ...first, round: request.round });
  }
  await audit(trx, actor, {
    action: 'approval.submit',
    entity: 'approval_request',
    entityId: request.id,
    before: existing ?? null,
    after: { ...request, steps },
  });
  return summary(request);
}

/**
 * Refuses a change to a document while it is being approved or once decided.
 * Call it after locking the document row, so a submission cannot slip in between.
 */
export async function assertEditable(trx: Knex, type: string, documentId: number): Promise<void> {
  const r = await repo.findRequestOfDocument(trx, type, documentId);
  if (!r || isDocumentEditable(r.status)) return;
  throw new Conflict(r.status === 'pending' ? 'approvals.lockedPending' : r.status === 'approved' ? 'approvals.lockedApproved' : 'approvals.lockedRejected');
}

/** The approval state of a document, for its own screens; null if never submitted. */
export async function approvalOf(db: Knex, type: string, documentId: number) {
  const r = await repo.findRequestOfDocument(db, type, documentId);
  return r ? summary(r) : null;
}

// ---------------------------------------------------------------------------
// Actions on a request

export type RequestAction = Exclude<ApprovalAction, 'submit'>;

const OUTCOMES: Partial<Record<ApprovalStatus, { hook: 'onApproved' | 'onRejected' | 'onReturned' | 'onWithdrawn'; kind?: string }>> = {
  approved: { hook: 'onApproved', kind: 'approval.approved' },
  rejected: { hook: 'onRejected', kind: 'approval.rejected' },
  returned: { hook: 'onReturned', kind: 'approval.returned' },
  // The submitter withdrew it themselves: nobody else needs telling.
  withdrawn: { hook: 'onWithdrawn' },
};

/**
 * Approve, reject or return the current step, or withdraw the request. The state
 * change, the timeline row, the document's reaction, the notifications and the
 * audit row are one transaction. `version` is the request's version the person
 * saw: of two people acting at once, exactly one counts (repo.moveRequest).
 */
export async function act(
  db: Knex,
  actor: Actor,
  viewer: SessionUser,
  lang: Lang,
  requestId: number,
  action: RequestAction,
  input: { version: number; comment?: string | null },
) {
  await db.transaction(async (trx) => {
    const before = await repo.findRequest(trx, requestId);
    if (!before || !(await canSee(trx, viewer, before))) throw new NotFound();
    if (before.version !== input.version) throw new Conflict('approvals.alreadyActed');
    if (!canTakeAction(before.status, action)) throw new Conflict('approvals.notAllowedNow', { status: APPROVAL_STATUS_LABELS[before.status] });
    const def = documentType(before.document_type);
    const steps = await repo.stepsOf(trx, before.id, before.round);

    let onBehalfOf: number | null = null;
    if (action === 'withdraw') {
      if (viewer.id !== before.submitter_id) throw new Forbidden('approvals.onlySubmitterWithdraws');
    } else {
      onBehalfOf = await requireAuthority(trx, viewer.id, before, steps);
    }
    const comment = input.comment?.trim() || null;
    if (commentRequired(action) && !comment) throw Invalid.field('comment', 'approvals.commentRequired');

    const to = afterAction(before.status, action, action === 'approve' ? nextStepPosition(steps, before.current_step) : null);
    const after = await repo.moveRequest(trx, before.id, before.version, { status: to.status, current_step: to.currentStep });
    if (!after) throw new Conflict('approvals.alreadyActed');
    await repo.insertAction(trx, {
      request_id: after.id,
      round: after.round,
      step_position: action === 'withdraw' ? null : before.current_step,
      action,
      actor_id: viewer.id,
      on_behalf_of_id: onBehalfOf,
      comment,
    });

    const outcome = OUTCOMES[after.status];
    if (outcome) {
      await def[outcome.hook]?.(trx, actor, after.document_id, { requestId: after.id, comment });
      if (outcome.kind) {
        await notify(trx, [after.submitter_id], {
          kind: outcome.kind,
          params: { type: def.label, title: after.title, actor: viewer.displayName, comment: comment ?? '' },
          link: requestLink(after.id),
        });
      }
    } else {
      await notifyStepWaiting(trx, def, after, steps.find((s) => s.position === after.current_step)!);
    }
    await audit(trx, actor, {
      action: `approval.${action}`,
      entity: 'approval_request',
      entityId: after.id,
      before,
      after: { ...after, step: before.current_step, comment, onBehalfOf },
    });
  });
  return readRequest(db, viewer, lang, requestId);
}

/** Who may act on the current step, and on whose behalf; otherwise a refusal that says why. */
async function requireAuthority(trx: Knex, userId: number, r: repo.RequestRow, steps: repo.StepRow[]): Promise<number | null> {
  if (userId === r.submitter_id) throw new Forbidden('approvals.ownSubmission');
  const delegators = await repo.delegatorsOf(trx, userId, today());
  const current = steps.find((s) => s.position === r.current_step)!;
  const authority = await authorityOver(trx, userId, r.submitter_id, current, delegators);
  if (authority === 'self') return null;
  if (authority !== null) return authority;
  // A later step's approver is told whose turn it is; anyone else only that this step is not theirs.
  for (const later of steps.filter((s) => s.position > current.position)) {
    if ((await authorityOver(trx, userId, r.submitter_id, later, delegators)) !== null) {
      const unit = (await repo.unitsByIds(trx, [current.unit_id!])).get(current.unit_id!)!;
      throw new Forbidden('approvals.notYourTurn', { position: current.position, role: ROLE_LABELS[current.role], unit: bilingual(unit) });
    }
  }
  throw new Forbidden('approvals.notYourStep');
}

/**
 * Who may open a request: its submitter, anyone who has acted on it, anyone who
 * holds (or stands in for a holder of) one of its steps, and admin and audit.
 * Anyone else is told it does not exist, so ids reveal nothing.
 */
async function canSee(db: Knex, viewer: SessionUser, r: repo.RequestRow): Promise<boolean> {
  if (viewer.id === r.submitter_id || hasAnyRole(viewer.roles, READS_ALL)) return true;
  if (await repo.hasTakenPart(db, r.id, viewer.id)) return true;
  const delegators = await repo.delegatorsOf(db, viewer.id, today());
  for (const step of await repo.stepsOf(db, r.id, r.round)) {
    if ((await authorityOver(db, viewer.id, r.submitter_id, step, delegators)) !== null) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// Reading

/** Where a step of the current round stands, for the progress shown above the timeline. */
function stepState(s: repo.StepRow, acted: ApprovalAction | undefined, r: repo.RequestRow) {
  if (s.skipped) return 'skipped';
  if (acted === 'approve') return 'approved';
  if (acted === 'reject') return 'rejected';
  if (acted === 'return') return 'returned';
  if (r.status !== 'pending') return 'notReached';
  return s.position === r.current_step ? 'current' : 'waiting';
}

export async function readRequest(db: Knex, viewer: SessionUser, lang: Lang, id: number) {
  const r = await repo.findRequest(db, id);
  if (!r || !(await canSee(db, viewer, r))) throw new NotFound();
  const def = findDocumentType(r.document_type);
  const steps = await repo.stepsOf(db, r.id, r.round);
  const timeline = await repo.timelineOf(db, r.id);
  const submitter = await repo.personById(db, r.submitter_id);
  const units = await repo.unitsByIds(db, [r.unit_id, ...steps.map((s) => s.unit_id).filter((x): x is number => x !== null)]);
  const unitName = (unitId: number | null) => (unitId === null ? null : (units.get(unitId)?.[lang === 'zh' ? 'name_zh' : 'name_en'] ?? null));

  let actingFor: number | null = null;
  let currentApprover = false;
  const current = steps.find((s) => s.position === r.current_step);
  if (r.status === 'pending' && current) {
    const authority = await authorityOver(db, viewer.id, r.submitter_id, current, await repo.delegatorsOf(db, viewer.id, today()));
    currentApprover = authority !== null;
    actingFor = typeof authority === 'number' ? authority : null;
  }
  const acted = new Map(timeline.filter((a) => a.round === r.round && a.step_position !== null).map((a) => [a.step_position!, a.action]));

  return {
    id: r.id,
    documentType: r.document_type,
    typeLabel: def?.label[lang] ?? r.document_type,
    documentId: r.document_id,
    documentPath: def?.path?.(r.document_id) ?? null,
    title: r.title,
    unitId: r.unit_id,
    unitName: unitName(r.unit_id),
    amountFen: r.amount_fen,
    paidShareBp: r.paid_share_bp,
    status: r.status,
    round: r.round,
    currentStep: r.current_step,
    version: r.version,
    submitter: { id: r.submitter_id, name: submitter?.display_name ?? '' },
    submittedAt: r.submitted_at,
    decidedAt: r.decided_at,
    steps: steps.map((s) => ({
      position: s.position,
      role: s.role,
      roleLabel: ROLE_LABELS[s.role][lang],
      unitScope: s.unit_scope,
      origin: s.origin,
      condition: s.condition,
      unitId: s.unit_id,
      unitName: unitName(s.unit_id),
      skipped: s.skipped,
      state: stepState(s, acted.get(s.position), r),
    })),
    timeline: timeline.map((a) => ({
      at: a.at,
      round: a.round,
      stepPosition: a.step_position,
      role: a.role,
      roleLabel: a.role ? ROLE_LABELS[a.role][lang] : null,
      action: a.action,
      actor: { id: a.actor_id, name: a.actor_name },
      onBehalfOf: a.on_behalf_of_id === null ? null : { id: a.on_behalf_of_id, name: a.on_behalf_of_name },
      comment: a.comment,
    })),
    allowedActions: allowedActions(r.status, { submitter: viewer.id === r.submitter_id, currentApprover }).filter((a) => a !== 'submit'),
    actingOnBehalfOf: actingFor === null ? null : { id: actingFor, name: (await repo.personById(db, actingFor))?.display_name ?? '' },
  };
}

function toListed(r: repo.ListedRequestRow, lang: Lang) {
  const name = (zh: string | null, en: string | null) => (lang === 'zh' ? zh : en);
  return {
    id: r.id,
    documentType: r.document_type,
    typeLabel: findDocumentType(r.document_type)?.label[lang] ?? r.document_type,
    documentId: r.document_id,
    title: r.title,
    unitName: name(r.unit_name_zh, r.unit_name_en),
    amountFen: r.amount_fen,
    paidShareBp: r.paid_share_bp,
    status: r.status,
    round: r.round,
    version: r.version,
    currentStep:
      r.current_step === null || r.step_role === null
        ? null
        : { position: r.current_step, role: r.step_role, roleLabel: ROLE_LABELS[r.step_role][lang], unitName: name(r.step_unit_name_zh, r.step_unit_name_en) },
    submitter: { id: r.submitter_id, name: r.submitter_name },
    submittedAt: r.submitted_at,
    decidedAt: r.decided_at,
    onBehalfOf: r.delegator_id ? { id: r.delegator_id, name: r.delegator_name } : null,
  };
}

/** Waiting for me: the current step is mine, or of someone I stand in for today. */
export async function browseInbox(db: Knex, userId: number, lang: Lang, filter: repo.RequestFilter) {
  const { items, total } = await repo.listInbox(db, userId, today(), filter);
  return { items: items.map((r) => toListed(r, lang)), total };
}

export async function inboxCount(db: Knex, userId: number): Promise<number> {
  return repo.countInbox(db, userId, today());
}

export async function browseSubmitted(db: Knex, userId: number, lang: Lang, filter: repo.RequestFilter) {
  const { items, total } = await repo.listSubmitted(db, userId, filter);
  return { items: items.map((r) => toListed(r, lang)), total };
}

// ---------------------------------------------------------------------------
// Policies

function toPolicy(type: string, row: repo.PolicyRow | undefined) {
  const def = findDocumentType(type);
  return {
    documentType: type,
    label: def?.label ?? null,
    // A seeded policy may wait for its document module; it can be edited once the module registers.
    registered: !!def,
    facts: def?.facts ?? [],
    steps: row?.steps ?? [],
    // 0: no policy yet; saving with version 0 creates it.
    version: row?.version ?? 0,
    updatedAt: row?.updated_at ?? null,
  };
}

export async function browsePolicies(db: Knex) {
  const rows = new Map((await repo.listPolicies(db)).map((r) => [r.document_type, r]));
  // A type whose documents carry their own chain has no policy to show or edit.
  const types = [...new Set([...registeredDocumentTypes().filter((d) => !d.ownChain).map((d) => d.type), ...rows.keys()])].sort();
  return { items: types.map((t) => toPolicy(t, rows.get(t))), total: types.length };
}

export async function replacePolicy(db: Knex, actor: Actor, type: string, input: { version: number; steps: PolicyStep[] }) {
  const def = findDocumentType(type);
  if (!def || def.ownChain) throw new NotFound('approvals.unknownType');
  const problems = policyProblems(input.steps, def.facts);
  if (problems.length) {
    throw new Invalid(problems.map((p) => ({ path: p.path, message: `approvals.policy.${p.problem}`, params: { max: MAX_POLICY_STEPS } })));
  }
  return db.transaction(async (trx) => {
    const before = await repo.findPolicy(trx, type);
    if ((before?.version ?? 0) !== input.version) throw Conflict.stale();
    const after = before
      ? await repo.updatePolicy(trx, type, input.version, input.steps, actor.userId)
      : await repo.insertPolicy(trx, type, input.steps, actor.userId);
    if (!after) throw Conflict.stale();
    await audit(trx, actor, { action: 'approval_policy.update', entity: 'approval_policy', entityId: type, before: before ?? null, after });
    return toPolicy(type, after);
  });
}

// ---------------------------------------------------------------------------
// Delegations

function toDelegation(d: repo.DelegationRow, userId: number, day: string) {
  return {
    id: d.id,
    from: { id: d.from_user_id, name: d.from_name },
    to: { id: d.to_user_id, name: d.to_name },
    startsOn: d.starts_on,
    endsOn: d.ends_on,
    /** 'given': I asked someone to stand in for me; 'received': I stand in for someone. */
    direction: d.from_user_id === userId ? 'given' : 'received',
    active: d.starts_on <= day && day <= d.ends_on,
    createdAt: d.created_at,
  };
}

export async function browseDelegations(db: Knex, userId: number) {
  const rows = await repo.listDelegations(db, userId);
  const day = today();
  return { items: rows.map((d) => toDelegation(d, userId, day)), total: rows.length };
}

export async function browseDelegates(db: Knex, userId: number, lang: Lang, query: { q?: string; page: number; pageSize: number }) {
  const { rows, total } = await repo.searchActiveUsers(db, { ...query, excludeId: userId });
  return {
    items: rows.map((r) => ({ id: r.id, name: r.display_name, unitName: (lang === 'en' ? r.unit_name_en : r.unit_name_zh) ?? r.unit_name_zh })),
    total,
  };
}

/**
 * Names a stand-in for a date range. One at a time per person: "on behalf of"
 * then always names one person, and the approver knows who holds their inbox.
 */
export async function createDelegation(db: Knex, actor: Actor, input: { toUserId: number; startsOn: string; endsOn: string }) {
  const fromId = actor.userId!;
  const day = today();
  if (input.toUserId === fromId) throw Invalid.field('toUserId', 'approvals.delegateSelf');
  if (input.endsOn < input.startsOn) throw Invalid.field('endsOn', 'approvals.delegationRange');
  if (input.endsOn < day) throw Invalid.field('endsOn', 'approvals.delegationPast');
  return db.transaction(async (trx) => {
    const to = await repo.activeUser(trx, input.toUserId);
    if (!to) throw Invalid.field('toUserId', 'approvals.delegateNotFound');
    await repo.lockDelegationsOf(trx, fromId);
    const clash = await repo.overlappingDelegation(trx, fromId, input.startsOn, input.endsOn);
    if (clash) {
      const params = { startsOn: clash.starts_on, endsOn: clash.ends_on, to: clash.to_name };
      throw new Conflict('approvals.delegationOverlap', params, [{ path: 'startsOn', message: 'approvals.delegationOverlap', params }]);
    }
    const id = await repo.insertDelegation(trx, { from_user_id: fromId, to_user_id: to.id, starts_on: input.startsOn, ends_on: input.endsOn });
    const row = (await repo.findDelegation(trx, id))!;
    await notify(trx, [to.id], {
      kind: 'approval.delegated',
      params: { from: actor.name ?? '', startsOn: input.startsOn, endsOn: input.endsOn },
      link: '/approvals',
    });
    await audit(trx, actor, { action: 'approval_delegation.create', entity: 'approval_delegation', entityId: id, after: row });
    return toDelegation(row, fromId, day);
  });
}

/** Only the person who named the stand-in ends it; for anyone else it does not exist. */
export async function deleteDelegation(db: Knex, actor: Actor, id: number): Promise<void> {
  await db.transaction(async (trx) => {
    const row = await repo.findDelegation(trx, id);
    if (!row || row.from_user_id !== actor.userId) throw new NotFound();
    await repo.deleteDelegation(trx, id);
    await audit(trx, actor, { action: 'approval_delegation.delete', entity: 'approval_delegation', entityId: id, before: row });
  });
}
