import type { Role } from './roles';

/**
 * The approvals engine's rules (Approvals issue): a policy per document type is
 * an ordered list of steps; the steps whose condition holds for a document form
 * its chain; a request walks the chain one step at a time and is approved only
 * when the last step approves. Nothing here knows any particular document type.
 */

export const APPROVAL_STATUSES = ['pending', 'approved', 'rejected', 'returned', 'withdrawn'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

export const APPROVAL_ACTIONS = ['submit', 'approve', 'reject', 'return', 'withdraw'] as const;
export type ApprovalAction = (typeof APPROVAL_ACTIONS)[number];

/** Whose unit a step's approver is taken from: the document's own unit, its branch, or head office. */
export const STEP_UNIT_SCOPES = ['own', 'branch', 'hq'] as const;
export type StepUnitScope = (typeof STEP_UNIT_SCOPES)[number];

/** Which documents a step is for, by where they come from: a branch, head office, or either. */
export const STEP_ORIGINS = ['any', 'branch', 'hq'] as const;
export type StepOrigin = (typeof STEP_ORIGINS)[number];

/** Facts a document type may state about its documents, for conditions to test. */
export const DOCUMENT_FACTS = ['amount', 'paidShare', 'overBudget'] as const;
export type DocumentFact = (typeof DOCUMENT_FACTS)[number];

export type StepCondition =
  | { kind: 'always' }
  /** Amount in fen, inclusive: "¥10,000 and above". */
  | { kind: 'amountAtLeast'; amountFen: number }
  /** Share of list price paid, in basis points, exclusive: below 5000 means deeper than 5折. */
  | { kind: 'paidShareBelow'; paidShareBp: number }
  /** Some department the document spends for is over a warn-controlled budget (a purchase plan). */
  | { kind: 'overBudget' };

export const STEP_CONDITION_KINDS = ['always', 'amountAtLeast', 'paidShareBelow', 'overBudget'] as const;

/** The fact each condition reads; 'always' reads none. */
const CONDITION_FACT: Record<StepCondition['kind'], DocumentFact | null> = {
  always: null,
  amountAtLeast: 'amount',
  paidShareBelow: 'paidShare',
  overBudget: 'overBudget',
};

export interface PolicyStep {
  role: Role;
  unit: StepUnitScope;
  origin: StepOrigin;
  condition: StepCondition;
}

/** The most steps a policy may have: a longer chain is a process problem, not a configuration. */
export const MAX_POLICY_STEPS = 10;

/** What the engine knows about one document when it picks the chain. */
export interface DocumentFacts {
  origin: 'branch' | 'hq';
  amountFen?: number | null;
  paidShareBp?: number | null;
  overBudget?: boolean | null;
}

/**
 * A missing fact counts as the condition holding: an approval is never skipped
 * because a document failed to say how much it is worth.
 */
export function conditionHolds(condition: StepCondition, facts: DocumentFacts): boolean {
  switch (condition.kind) {
    case 'always':
      return true;
    case 'amountAtLeast':
      return facts.amountFen == null || facts.amountFen >= condition.amountFen;
    case 'paidShareBelow':
      return facts.paidShareBp == null || facts.paidShareBp < condition.paidShareBp;
    case 'overBudget':
      return facts.overBudget == null || facts.overBudget;
  }
}

export function stepApplies(step: PolicyStep, facts: DocumentFacts): boolean {
  if (step.origin !== 'any' && step.origin !== facts.origin) return false;
  return conditionHolds(step.condition, facts);
}

export interface ChainStep {
  /** 1-based place in the policy, kept for skipped steps too so the timeline can say which step acted. */
  position: number;
  step: PolicyStep;
  skipped: boolean;
}

/** Every policy step in order, marked skipped where it does not apply to this document. */
export function selectChain(steps: readonly PolicyStep[], facts: DocumentFacts): ChainStep[] {
  return steps.map((step, i) => ({ position: i + 1, step, skipped: !stepApplies(step, facts) }));
}

/** The first step after `after` that is not skipped; null when the chain is done. */
export function nextStepPosition(chain: readonly { position: number; skipped: boolean }[], after: number | null): number | null {
  const next = chain.find((s) => !s.skipped && s.position > (after ?? 0));
  return next ? next.position : null;
}

export type PolicyProblem =
  /** A branch's approver exists only for branch documents. */
  | 'branchScopeNeedsBranchOrigin'
  /** The condition reads a fact this document type does not state. */
  | 'factNotStated'
  | 'tooManySteps';

/** Why a policy cannot be saved, by field, so the editor can point at the step. */
export function policyProblems(
  steps: readonly PolicyStep[],
  statedFacts: readonly DocumentFact[],
): { path: string; problem: PolicyProblem }[] {
  const problems: { path: string; problem: PolicyProblem }[] = [];
  if (steps.length > MAX_POLICY_STEPS) problems.push({ path: 'steps', problem: 'tooManySteps' });
  steps.forEach((s, i) => {
    if (s.unit === 'branch' && s.origin !== 'branch') problems.push({ path: `steps.${i}.origin`, problem: 'branchScopeNeedsBranchOrigin' });
    const fact = CONDITION_FACT[s.condition.kind];
    if (fact && !statedFacts.includes(fact)) problems.push({ path: `steps.${i}.condition`, problem: 'factNotStated' });
  });
  return problems;
}

/** Who does what: approvers act on the current step; the submitter submits and withdraws. */
export const APPROVER_ACTIONS: readonly ApprovalAction[] = ['approve', 'reject', 'return'];
export const SUBMITTER_ACTIONS: readonly ApprovalAction[] = ['submit', 'withdraw'];

/**
 * The state machine. `null` is a document never submitted. Returned and withdrawn
 * requests go back to the submitter, who edits and submits again; rejected and
 * approved ones are final.
 */
const ALLOWED: Record<ApprovalStatus | 'none', readonly ApprovalAction[]> = {
  none: ['submit'],
  pending: ['approve', 'reject', 'return', 'withdraw'],
  returned: ['submit'],
  withdrawn: ['submit'],
  approved: [],
  rejected: [],
};

export function canTakeAction(status: ApprovalStatus | null, action: ApprovalAction): boolean {
  return ALLOWED[status ?? 'none'].includes(action);
}

/** The actions a given person may take now, for the buttons a screen shows. */
export function allowedActions(
  status: ApprovalStatus | null,
  who: { submitter: boolean; currentApprover: boolean },
): ApprovalAction[] {
  return ALLOWED[status ?? 'none'].filter(
    (a) => (who.submitter && SUBMITTER_ACTIONS.includes(a)) || (who.currentApprover && APPROVER_ACTIONS.includes(a)),
  );
}

/**
 * Where an action leads. Approving moves to the next applicable step, or ends
 * approved when there is none; submitting with no applicable step approves at once.
 */
export function afterAction(
  status: ApprovalStatus | null,
  action: ApprovalAction,
  nextPosition: number | null,
): { status: ApprovalStatus; currentStep: number | null } {
  if (!canTakeAction(status, action)) throw new Error(`${action} is not allowed when ${status ?? 'not submitted'}`);
  switch (action) {
    case 'submit':
    case 'approve':
      return nextPosition === null ? { status: 'approved', currentStep: null } : { status: 'pending', currentStep: nextPosition };
    case 'reject':
      return { status: 'rejected', currentStep: null };
    case 'return':
      return { status: 'returned', currentStep: null };
    case 'withdraw':
      return { status: 'withdrawn', currentStep: null };
  }
}

/** Rejecting or returning without a reason leaves the submitter guessing. */
export function commentRequired(action: ApprovalAction): boolean {
  return action === 'reject' || action === 'return';
}

/** A document is read-only while it is being approved and once it is decided. */
export function isDocumentEditable(status: ApprovalStatus | null): boolean {
  return status === null || status === 'returned' || status === 'withdrawn';
}

export const APPROVAL_STATUS_LABELS: Record<ApprovalStatus, { zh: string; en: string }> = {
  pending: { zh: '审批中', en: 'Pending' },
  approved: { zh: '已通过', en: 'Approved' },
  rejected: { zh: '已驳回', en: 'Rejected' },
  returned: { zh: '已退回修改', en: 'Returned for changes' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};

export const APPROVAL_ACTION_LABELS: Record<ApprovalAction, { zh: string; en: string }> = {
  submit: { zh: '提交', en: 'Submitted' },
  approve: { zh: '同意', en: 'Approved' },
  reject: { zh: '驳回', en: 'Rejected' },
  return: { zh: '退回修改', en: 'Returned for changes' },
  withdraw: { zh: '撤回', en: 'Withdrawn' },
};

export const STEP_UNIT_SCOPE_LABELS: Record<StepUnitScope, { zh: string; en: string }> = {
  own: { zh: '单据所属单位', en: "The document's unit" },
  branch: { zh: '单据所属分部', en: "The document's branch" },
  hq: { zh: '总部', en: 'Head office' },
};

export const STEP_ORIGIN_LABELS: Record<StepOrigin, { zh: string; en: string }> = {
  any: { zh: '全部单据', en: 'All documents' },
  branch: { zh: '分部单据', en: 'Branch documents' },
  hq: { zh: '总部单据', en: 'Head-office documents' },
};
