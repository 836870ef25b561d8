import type { Knex } from 'knex';
import { afterAction, APPROVAL_STATUS_LABELS, canTakeAction, isDocumentEditable, nextStepPosition, ROLE_LABELS, selectChain, type Role } from '@portal/domain';
import { Conflict, Invalid } from '../../http/errors';
import type { Actor } from '../../http/route';
import { audit } from '../audit/audit.service';
import { placeOf } from '../units/units.scope';
import { documentType } from './approvals.registry';
import * as policies from './approvals.policies.repo';
import * as repo from './approvals.repo';
import * as requests from './approvals.requests.repo';
import { bilingual, notifyStepWaiting, summary, type RequestSummary } from './approvals.requests';

/**
 * The approvals engine: what document modules call is here; acting on requests
 * (approvals.requests), the policies (approvals.policies) and stand-ins
 * (approvals.delegations) each have their own file, re-exported for the routes.
 */
export { act, browseInbox, browseSubmitted, inboxCount, mayReadRequest, readRequest, type RequestAction, type RequestSummary } from './approvals.requests';
export { browsePolicies, replacePolicy } from './approvals.policies';
export { browseDelegates, browseDelegations, createDelegation, deleteDelegation } from './approvals.delegations';

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

  const existing = await requests.findRequestOfDocumentForUpdate(trx, type, documentId);
  // A document that went back to draft after its decision starts a fresh round, as if never submitted.
  const reopened = !!existing && !!def.resubmitAfterDecision && (existing.status === 'approved' || existing.status === 'rejected');
  if (existing && !reopened && !canTakeAction(existing.status, 'submit')) {
    throw existing.status === 'pending'
      ? new Conflict('approvals.alreadyPending')
      : new Conflict('approvals.alreadyDecided', { status: APPROVAL_STATUS_LABELS[existing.status] });
  }
  const doc = await def.describe(trx, documentId);
  const policySteps = doc.steps ?? (await policies.findPolicy(trx, type))?.steps;
  if (!policySteps) throw new Invalid([], 'approvals.noPolicy', { type: def.label });
  const place = await placeOf(trx, doc.unitId);
  if (!place) throw new Error(`${type} ${documentId} belongs to unit ${doc.unitId}, which does not exist`);

  const chain = selectChain(policySteps, {
    origin: place.branch ? 'branch' : 'hq',
    amountFen: doc.amountFen,
    paidShareBp: doc.paidShareBp,
    overBudget: doc.overBudget,
  });
  const steps: Omit<requests.StepRow, 'round'>[] = [];
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
  const fields: requests.RequestFields = {
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
    ? await requests.restartRequest(trx, existing.id, existing.version, fields, reopened ? [existing.status] : undefined)
    : await requests.insertRequest(trx, fields);
  if (!request) throw new Conflict('approvals.alreadyActed');
  await requests.insertSteps(trx, request.id, request.round, steps);
  await requests.insertAction(trx, {
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
  const r = await requests.findRequestOfDocument(trx, type, documentId);
  if (!r || isDocumentEditable(r.status)) return;
  throw new Conflict(r.status === 'pending' ? 'approvals.lockedPending' : r.status === 'approved' ? 'approvals.lockedApproved' : 'approvals.lockedRejected');
}

/** The approval state of a document, for its own screens; null if never submitted. */
export async function approvalOf(db: Knex, type: string, documentId: number) {
  const r = await requests.findRequestOfDocument(db, type, documentId);
  return r ? summary(r) : null;
}

/** For a document's print-out: who approved it in the request's latest round, in order, with when. */
export async function approversOf(db: Knex, requestId: number): Promise<{ name: string; role: Role; at: Date }[]> {
  return requests.approversOf(db, requestId);
}

/** For a document's print-out: the role a pending request waits on, and the unit its approver is taken from. */
export async function waitingStep(db: Knex, requestId: number): Promise<{ role: Role; unit: { zh: string; en: string } } | undefined> {
  const step = await requests.waitingStep(db, requestId);
  return step && { role: step.role, unit: bilingual(step) };
}

/**
 * Ends a document's pending request because the document itself was called off (an order
 * cancelled while its virtual contract awaited confirmation): the request is withdrawn, on its
 * timeline with the reason, and leaves the approvers' inboxes. The document's own onWithdrawn
 * hook does not run: the caller has already put its document in the state it means. Call it in
 * the document module's transaction, after locking the document row. `from` widens it to a
 * request returned for changes (a returned payment request its maker discards: it then no longer
 * waits on its submitter under 我提交的). Returns whether a request was withdrawn.
 */
export async function withdrawPending(
  trx: Knex,
  actor: Actor,
  type: string,
  documentId: number,
  comment: string,
  from: readonly ('pending' | 'returned')[] = ['pending'],
): Promise<boolean> {
  if (actor.userId === null) throw new Error('only a signed-in user can withdraw a request');
  const before = await requests.findRequestOfDocumentForUpdate(trx, type, documentId);
  if (!before || !(from as readonly string[]).includes(before.status)) return false;
  const after = await requests.moveRequest(trx, before.id, before.version, { status: 'withdrawn', current_step: null }, before.status);
  if (!after) throw new Conflict('approvals.alreadyActed');
  await requests.insertAction(trx, { request_id: after.id, round: after.round, step_position: null, action: 'withdraw', actor_id: actor.userId, on_behalf_of_id: null, comment });
  await audit(trx, actor, { action: 'approval.withdraw', entity: 'approval_request', entityId: after.id, before, after: { ...after, comment } });
  return true;
}
