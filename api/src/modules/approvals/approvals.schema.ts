import { z } from 'zod';
import { APPROVAL_STATUSES, MAX_AMOUNT_FEN, ROLES, STEP_ORIGINS, STEP_UNIT_SCOPES } from '@portal/domain';
import { dbId, isoDay, listQuery, MAX_DB_INT, sortParam } from '../../http/validate';

const documentType = z.string().trim().regex(/^[a-z][a-z0-9_]{1,39}$/);

const requestList = {
  ...listQuery,
  documentType: documentType.optional(),
};

export const inboxQuery = z.object({
  ...requestList,
  // Oldest first: what has waited longest is dealt with first.
  sort: sortParam<'submittedAt'>(['submittedAt'], 'submittedAt'),
});

export const submittedQuery = z.object({
  ...requestList,
  status: z.enum(APPROVAL_STATUSES).optional(),
  sort: sortParam<'submittedAt'>(['submittedAt'], '-submittedAt'),
});

const comment = z.string().trim().max(1000);

export const approveBody = z.object({
  version: dbId,
  comment: comment.optional(),
});

/** Rejecting or returning says why: the submitter has to know what to change. */
export const reasonedBody = z.object({
  version: dbId,
  comment: z.string('approvals.commentRequired').trim().min(1, 'approvals.commentRequired').max(1000),
});

export const withdrawBody = approveBody;

const condition = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('always') }),
  z.object({ kind: z.literal('amountAtLeast'), amountFen: z.number().int().min(0).max(MAX_AMOUNT_FEN) }),
  z.object({ kind: z.literal('paidShareBelow'), paidShareBp: z.number().int().min(1).max(10000) }),
  z.object({ kind: z.literal('overBudget') }),
]);

const policyStep = z.object({
  role: z.enum(ROLES),
  unit: z.enum(STEP_UNIT_SCOPES),
  origin: z.enum(STEP_ORIGINS).default('any'),
  condition,
});

export const policyParams = z.object({ documentType });

export const replacePolicyBody = z.object({
  // 0 when the document type has no policy yet.
  version: z.number().int().min(0).max(MAX_DB_INT),
  // The step limit itself is a domain rule (policyProblems); this only keeps the body sane.
  steps: z.array(policyStep).max(50),
});

/** Choosing a stand-in: any signed-in user may look up colleagues by name, and sees only name and unit. */
export const delegatesQuery = z.object({ q: listQuery.q, page: listQuery.page, pageSize: listQuery.pageSize });

export const createDelegationBody = z.object({
  toUserId: dbId,
  startsOn: isoDay,
  endsOn: isoDay,
});
