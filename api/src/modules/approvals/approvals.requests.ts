import type { Knex } from 'knex';
import {
  afterAction,
  allowedActions,
  APPROVAL_STATUS_LABELS,
  calendarDay,
  canTakeAction,
  commentRequired,
  hasAnyRole,
  nextStepPosition,
  ROLE_LABELS,
  type ApprovalAction,
  type ApprovalStatus,
  type Role,
} from '@portal/domain';
import { Conflict, Forbidden, Invalid, NotFound } from '../../http/errors';
import type { Lang } from '../../http/lang';
import type { Actor } from '../../http/route';
import type { SessionUser } from '../../http/session';
import { audit } from '../audit/audit.service';
import { notify } from '../notifications/notifications.service';
import { loadUnitTree } from '../units/units.scope';
import * as users from '../users/users.service';
import { documentType, findDocumentType, type DocumentType } from './approvals.registry';
import * as delegations from './approvals.delegations.repo';
import * as repo from './approvals.repo';
import * as requests from './approvals.requests.repo';

/** Those who read every request without taking part: the administrator and internal audit. */
const READS_ALL: readonly Role[] = ['admin', 'auditor'];

const requestLink = (id: number) => `/approvals/requests/${id}`;
/** Delegations run on the company's calendar day (China time), whatever the server's zone. */
export const today = () => calendarDay(new Date());
export const bilingual = (u: { name_zh: string; name_en: string }) => ({ zh: u.name_zh, en: u.name_en });

function stepKey(s: requests.StepRow) {
  return { role: s.role, unitId: s.unit_id!, scope: s.unit_scope };
}

/**
 * On whose authority this user may act on the step: 'self' as a holder, a
 * holder's id as that holder's delegate today, or null. The submitter never
 * counts, neither in person nor through a delegate; nor does anyone who already
 * approved a step of this round (`approved`): a chain of two company leaders
 * means two people, not one person twice.
 */
export async function authorityOver(
  db: Knex,
  userId: number,
  submitterId: number,
  step: requests.StepRow,
  delegators: readonly number[],
  approved: readonly number[] = [],
): Promise<'self' | number | null> {
  if (userId === submitterId || approved.includes(userId) || step.skipped || step.unit_id === null) return null;
  const holders = (await repo.holders(db, stepKey(step))).map((p) => p.id).filter((id) => id !== submitterId && !approved.includes(id));
  if (holders.includes(userId)) return 'self';
  // Delegation is not passed on: a delegate acts for the people who named them, not for whoever named those.
  return delegators.find((id) => holders.includes(id)) ?? null;
}

/** Everyone to tell that the step waits for them: its holders and their delegates of today. */
export async function notifyStepWaiting(trx: Knex, def: DocumentType, request: requests.RequestRow, step: requests.StepRow): Promise<void> {
  const approved = await requests.approvedThisRound(trx, request);
  const holders = (await repo.holders(trx, stepKey(step))).map((p) => p.id).filter((id) => id !== request.submitter_id && !approved.includes(id));
  const delegates = (await delegations.delegatesOf(trx, holders, today())).map((d) => d.to_user_id).filter((id) => id !== request.submitter_id);
  const submitter = await users.personById(trx, request.submitter_id);
  await notify(trx, [...holders, ...delegates], {
    kind: 'approval.submitted',
    params: { submitter: submitter?.display_name ?? '', type: def.label, title: request.title, position: step.position, role: ROLE_LABELS[step.role] },
    link: requestLink(request.id),
  });
}

export function summary(r: requests.RequestRow) {
  return { id: r.id, status: r.status, round: r.round, currentStep: r.current_step, version: r.version };
}

export type RequestSummary = ReturnType<typeof summary>;

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
 * saw: of two people acting at once, exactly one counts (requests.moveRequest).
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
    const before = await requests.findRequest(trx, requestId);
    if (!before || !(await canSee(trx, viewer, before))) throw new NotFound();
    if (before.version !== input.version) throw new Conflict('approvals.alreadyActed');
    if (!canTakeAction(before.status, action)) throw new Conflict('approvals.notAllowedNow', { status: APPROVAL_STATUS_LABELS[before.status] });
    const def = documentType(before.document_type);
    const steps = await requests.stepsOf(trx, before.id, before.round);

    let onBehalfOf: number | null = null;
    if (action === 'withdraw') {
      if (viewer.id !== before.submitter_id) throw new Forbidden('approvals.onlySubmitterWithdraws');
    } else {
      onBehalfOf = await requireAuthority(trx, viewer.id, before, steps);
    }
    const comment = input.comment?.trim() || null;
    if (commentRequired(action) && !comment) throw Invalid.field('comment', 'approvals.commentRequired');

    const to = afterAction(before.status, action, action === 'approve' ? nextStepPosition(steps, before.current_step) : null);
    const after = await requests.moveRequest(trx, before.id, before.version, { status: to.status, current_step: to.currentStep });
    if (!after) throw new Conflict('approvals.alreadyActed');
    await requests.insertAction(trx, {
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
async function requireAuthority(trx: Knex, userId: number, r: requests.RequestRow, steps: requests.StepRow[]): Promise<number | null> {
  if (userId === r.submitter_id) throw new Forbidden('approvals.ownSubmission');
  const delegators = await delegations.delegatorsOf(trx, userId, today());
  const current = steps.find((s) => s.position === r.current_step)!;
  const approved = await requests.approvedThisRound(trx, r);
  const authority = await authorityOver(trx, userId, r.submitter_id, current, delegators, approved);
  if (authority === 'self') return null;
  if (authority !== null) return authority;
  // They hold this step too, but signed an earlier one of the round: it waits for someone else.
  if (approved.includes(userId) && (await authorityOver(trx, userId, r.submitter_id, current, delegators)) !== null) {
    throw new Forbidden('approvals.alreadySigned');
  }
  // A later step's approver is told whose turn it is; anyone else only that this step is not theirs.
  for (const later of steps.filter((s) => s.position > current.position)) {
    if ((await authorityOver(trx, userId, r.submitter_id, later, delegators, approved)) !== null) {
      const unit = (await loadUnitTree(trx)).get(current.unit_id!)!;
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
async function canSee(db: Knex, viewer: SessionUser, r: requests.RequestRow): Promise<boolean> {
  if (viewer.id === r.submitter_id || hasAnyRole(viewer.roles, READS_ALL)) return true;
  if (await requests.hasTakenPart(db, r.id, viewer.id)) return true;
  const delegators = await delegations.delegatorsOf(db, viewer.id, today());
  for (const step of await requests.stepsOf(db, r.id, r.round)) {
    if ((await authorityOver(db, viewer.id, r.submitter_id, step, delegators)) !== null) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// Reading

/** Where a step of the current round stands, for the progress shown above the timeline. */
function stepState(s: requests.StepRow, acted: ApprovalAction | undefined, r: requests.RequestRow) {
  if (s.skipped) return 'skipped';
  if (acted === 'approve') return 'approved';
  if (acted === 'reject') return 'rejected';
  if (acted === 'return') return 'returned';
  if (r.status !== 'pending') return 'notReached';
  return s.position === r.current_step ? 'current' : 'waiting';
}

/** Whether readRequest would show this request to the viewer, so a document's page asks only for what it may read. */
export async function mayReadRequest(db: Knex, viewer: SessionUser, id: number): Promise<boolean> {
  const r = await requests.findRequest(db, id);
  return !!r && (await canSee(db, viewer, r));
}

export async function readRequest(db: Knex, viewer: SessionUser, lang: Lang, id: number) {
  const r = await requests.findRequest(db, id);
  if (!r || !(await canSee(db, viewer, r))) throw new NotFound();
  const def = findDocumentType(r.document_type);
  const steps = await requests.stepsOf(db, r.id, r.round);
  const timeline = await requests.timelineOf(db, r.id);
  const submitter = await users.personById(db, r.submitter_id);
  const units = await loadUnitTree(db);
  const unitName = (unitId: number | null) => (unitId === null ? null : (units.get(unitId)?.[lang === 'zh' ? 'name_zh' : 'name_en'] ?? null));

  let actingFor: number | null = null;
  let currentApprover = false;
  const current = steps.find((s) => s.position === r.current_step);
  if (r.status === 'pending' && current) {
    const authority = await authorityOver(db, viewer.id, r.submitter_id, current, await delegations.delegatorsOf(db, viewer.id, today()), await requests.approvedThisRound(db, r));
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
    actingOnBehalfOf: actingFor === null ? null : { id: actingFor, name: (await users.personById(db, actingFor))?.display_name ?? '' },
  };
}

function toListed(r: requests.ListedRequestRow, lang: Lang) {
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
export async function browseInbox(db: Knex, userId: number, lang: Lang, filter: requests.RequestFilter) {
  const { items, total } = await requests.listInbox(db, userId, today(), filter);
  return { items: items.map((r) => toListed(r, lang)), total };
}

export async function inboxCount(db: Knex, userId: number): Promise<number> {
  return requests.countInbox(db, userId, today());
}

export async function browseSubmitted(db: Knex, userId: number, lang: Lang, filter: requests.RequestFilter) {
  const { items, total } = await requests.listSubmitted(db, userId, filter);
  return { items: items.map((r) => toListed(r, lang)), total };
}
