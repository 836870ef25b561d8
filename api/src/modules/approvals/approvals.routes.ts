import { ApprovalRequest, DelegateList, Delegation, DelegationList, InboxCount, Policy, PolicyList, RequestList } from '@portal/domain/contracts';
import type { Role } from '@portal/domain';
import { notModified } from '../../http/conditional';
import { route } from '../../http/route';
import { idParam } from '../../http/validate';
import {
  approveBody,
  createDelegationBody,
  delegatesQuery,
  inboxQuery,
  policyParams,
  reasonedBody,
  replacePolicyBody,
  submittedQuery,
  withdrawBody,
} from './approvals.schema';
import * as approvals from './approvals.service';

// DOMAIN.md §1: the administrator keeps policies; internal audit reads everything and changes nothing.
const policyKeepers: readonly Role[] = ['admin'];
const policyReaders: readonly Role[] = ['admin', 'auditor'];

// Anyone may submit or approve something, so the request routes are open to every signed-in
// user; the service decides per request (submitter, current step's approver or delegate).
export const approvalsRoutes = [
  route({
    method: 'get',
    path: '/approvals/inbox',
    allow: 'signedIn',
    response: RequestList,
    summary: 'Waiting for me: requests whose current step I hold or stand in for, oldest first',
    query: inboxQuery,
    handle: ({ db, lang, user, query }) => approvals.browseInbox(db, user.id, lang, query),
  }),
  route({
    method: 'get',
    path: '/approvals/inbox/count',
    allow: 'signedIn',
    response: InboxCount,
    summary: 'How many requests wait for me; polled with If-None-Match (304 when unchanged)',
    handle: async ({ req, res, db, user }) => {
      const count = await approvals.inboxCount(db, user.id);
      if (notModified(req, res, user.id, count)) return undefined;
      return { count };
    },
  }),
  route({
    method: 'get',
    path: '/approvals/submitted',
    allow: 'signedIn',
    response: RequestList,
    summary: 'Submitted by me, with status and the step each waits for',
    query: submittedQuery,
    handle: ({ db, lang, user, query }) => approvals.browseSubmitted(db, user.id, lang, query),
  }),
  route({
    method: 'get',
    path: '/approvals/requests/:id',
    allow: 'signedIn',
    response: ApprovalRequest,
    summary: 'One request with its steps, timeline and the actions open to me',
    params: idParam,
    handle: ({ db, lang, user, params }) => approvals.readRequest(db, user, lang, params.id),
  }),
  route({
    method: 'post',
    path: '/approvals/requests/:id/approve',
    allow: 'signedIn',
    response: ApprovalRequest,
    summary: 'Approve the current step; the last step approves the document',
    params: idParam,
    body: approveBody,
    handle: ({ db, actor, lang, user, params, body }) => approvals.act(db, actor, user, lang, params.id, 'approve', body),
  }),
  route({
    method: 'post',
    path: '/approvals/requests/:id/reject',
    allow: 'signedIn',
    response: ApprovalRequest,
    summary: 'Reject with a reason; ends the request',
    params: idParam,
    body: reasonedBody,
    handle: ({ db, actor, lang, user, params, body }) => approvals.act(db, actor, user, lang, params.id, 'reject', body),
  }),
  route({
    method: 'post',
    path: '/approvals/requests/:id/return',
    allow: 'signedIn',
    response: ApprovalRequest,
    summary: 'Return to the submitter for changes, with a reason; resubmitting starts the chain again',
    params: idParam,
    body: reasonedBody,
    handle: ({ db, actor, lang, user, params, body }) => approvals.act(db, actor, user, lang, params.id, 'return', body),
  }),
  route({
    method: 'post',
    path: '/approvals/requests/:id/withdraw',
    allow: 'signedIn',
    response: ApprovalRequest,
    summary: 'Withdraw my own pending request',
    params: idParam,
    body: withdrawBody,
    handle: ({ db, actor, lang, user, params, body }) => approvals.act(db, actor, user, lang, params.id, 'withdraw', body),
  }),
  route({
    method: 'get',
    path: '/approvals/policies',
    allow: policyReaders,
    response: PolicyList,
    summary: 'The approval policy of every document type',
    handle: ({ db }) => approvals.browsePolicies(db),
  }),
  route({
    method: 'put',
    path: '/approvals/policies/:documentType',
    allow: policyKeepers,
    response: Policy,
    summary: "Replace a document type's ordered steps (version 0 creates the policy)",
    params: policyParams,
    body: replacePolicyBody,
    handle: ({ db, actor, params, body }) => approvals.replacePolicy(db, actor, params.documentType, body),
  }),
  route({
    method: 'get',
    path: '/approvals/delegates',
    allow: 'signedIn',
    response: DelegateList,
    summary: 'Colleagues who may be named as a stand-in: active users by name, with their unit',
    query: delegatesQuery,
    handle: ({ db, lang, user, query }) => approvals.browseDelegates(db, user.id, lang, query),
  }),
  route({
    method: 'get',
    path: '/approvals/delegations',
    allow: 'signedIn',
    response: DelegationList,
    summary: 'Delegations I have given and received',
    handle: ({ db, user }) => approvals.browseDelegations(db, user.id),
  }),
  route({
    method: 'post',
    path: '/approvals/delegations',
    allow: 'signedIn',
    response: Delegation,
    status: 201,
    summary: 'Name a stand-in for my approvals over a date range',
    body: createDelegationBody,
    handle: ({ db, actor, body }) => approvals.createDelegation(db, actor, body),
  }),
  route({
    method: 'delete',
    path: '/approvals/delegations/:id',
    allow: 'signedIn',
    response: 'empty',
    summary: 'End a delegation I gave',
    params: idParam,
    handle: ({ db, actor, params }) => approvals.deleteDelegation(db, actor, params.id),
  }),
];
