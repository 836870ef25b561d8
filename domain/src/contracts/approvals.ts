import { z } from 'zod';
import { APPROVAL_ACTIONS, APPROVAL_STATUSES, DOCUMENT_FACTS, STEP_ORIGINS, STEP_UNIT_SCOPES } from '../approvals';
import { ROLES } from '../roles';
import { Bilingual, day, fen, id, page, PersonRef, timestamp } from './common';

const role = z.enum(ROLES);

/** A row of "Waiting for me" or "Submitted by me". */
export const ListedRequest = z.object({
  id,
  documentType: z.string(),
  typeLabel: z.string(),
  documentId: id,
  title: z.string(),
  unitName: z.string().nullable(),
  amountFen: fen.nullable(),
  paidShareBp: z.number().int().nullable(),
  status: z.enum(APPROVAL_STATUSES),
  round: z.number().int(),
  version: z.number().int(),
  currentStep: z.object({ position: z.number().int(), role, roleLabel: z.string(), unitName: z.string().nullable() }).nullable(),
  submitter: PersonRef,
  submittedAt: timestamp,
  decidedAt: timestamp.nullable(),
  /** In my inbox because I stand in for this person today. */
  onBehalfOf: PersonRef.nullable(),
});
export type ListedRequest = z.infer<typeof ListedRequest>;

export const RequestList = page(ListedRequest);
export type RequestList = z.infer<typeof RequestList>;

/** GET /api/approvals/inbox/count (polled with ETag). */
export const InboxCount = z.object({ count: z.number().int() });
export type InboxCount = z.infer<typeof InboxCount>;

export const StepCondition = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('always') }),
  z.object({ kind: z.literal('amountAtLeast'), amountFen: fen }),
  z.object({ kind: z.literal('paidShareBelow'), paidShareBp: z.number().int() }),
  z.object({ kind: z.literal('overBudget') }),
]);
export type StepCondition = z.infer<typeof StepCondition>;

export const PolicyStepContract = z.object({
  role,
  unit: z.enum(STEP_UNIT_SCOPES),
  origin: z.enum(STEP_ORIGINS),
  condition: StepCondition,
});
export type PolicyStepContract = z.infer<typeof PolicyStepContract>;

export const STEP_STATES = ['skipped', 'approved', 'rejected', 'returned', 'notReached', 'current', 'waiting'] as const;
export type StepState = (typeof STEP_STATES)[number];

export const RequestStep = z.object({
  position: z.number().int(),
  role,
  roleLabel: z.string(),
  unitScope: z.enum(STEP_UNIT_SCOPES),
  origin: z.enum(STEP_ORIGINS),
  condition: StepCondition,
  unitId: id.nullable(),
  unitName: z.string().nullable(),
  skipped: z.boolean(),
  state: z.enum(STEP_STATES),
});
export type RequestStep = z.infer<typeof RequestStep>;

export const TimelineEntry = z.object({
  at: timestamp,
  round: z.number().int(),
  stepPosition: z.number().int().nullable(),
  role: role.nullable(),
  roleLabel: z.string().nullable(),
  action: z.enum(APPROVAL_ACTIONS),
  actor: PersonRef,
  /** The approver this person stood in for ("代 X 审批"). */
  onBehalfOf: PersonRef.nullable(),
  comment: z.string().nullable(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

/** GET /api/approvals/requests/:id: one request with its chain, timeline and what I may do now. */
export const ApprovalRequest = z.object({
  id,
  documentType: z.string(),
  typeLabel: z.string(),
  documentId: id,
  /** The document's own page in the SPA, when its module says where that is. */
  documentPath: z.string().nullable(),
  title: z.string(),
  unitId: id,
  unitName: z.string().nullable(),
  amountFen: fen.nullable(),
  paidShareBp: z.number().int().nullable(),
  status: z.enum(APPROVAL_STATUSES),
  round: z.number().int(),
  currentStep: z.number().int().nullable(),
  version: z.number().int(),
  submitter: PersonRef,
  submittedAt: timestamp,
  decidedAt: timestamp.nullable(),
  steps: z.array(RequestStep),
  timeline: z.array(TimelineEntry),
  /** Submitting belongs to the document's own page, so it is never offered here. */
  allowedActions: z.array(z.enum(['approve', 'reject', 'return', 'withdraw'])),
  /** Set when my authority on the current step is a delegation from this person. */
  actingOnBehalfOf: PersonRef.nullable(),
});
export type ApprovalRequest = z.infer<typeof ApprovalRequest>;

export const Policy = z.object({
  documentType: z.string(),
  label: Bilingual.nullable(),
  /** False while the document's module is not installed: the policy can be read, not saved. */
  registered: z.boolean(),
  facts: z.array(z.enum(DOCUMENT_FACTS)),
  steps: z.array(PolicyStepContract),
  /** 0: no policy yet; saving with version 0 creates it. */
  version: z.number().int(),
  updatedAt: timestamp.nullable(),
});
export type Policy = z.infer<typeof Policy>;

export const PolicyList = page(Policy);
export type PolicyList = z.infer<typeof PolicyList>;

export const Delegation = z.object({
  id,
  from: PersonRef,
  to: PersonRef,
  startsOn: day,
  endsOn: day,
  /** 'given': I asked someone to stand in for me; 'received': I stand in for someone. */
  direction: z.enum(['given', 'received']),
  active: z.boolean(),
  createdAt: timestamp,
});
export type Delegation = z.infer<typeof Delegation>;

export const DelegationList = page(Delegation);
export type DelegationList = z.infer<typeof DelegationList>;

/** Someone who can be named as a stand-in: name and unit only. */
export const DelegateCandidate = z.object({ id, name: z.string(), unitName: z.string().nullable() });
export type DelegateCandidate = z.infer<typeof DelegateCandidate>;

export const DelegateList = page(DelegateCandidate);
export type DelegateList = z.infer<typeof DelegateList>;
