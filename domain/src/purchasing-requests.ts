import type { FulfilmentStatus } from './purchasing-fulfilment';
import type { Role } from './roles';

/**
 * Department requests (部门月度采购申请, issue 12 item 2): one per user department,
 * buying unit and month, approved by the department's head through the approvals
 * engine, then consolidated by the buying unit's clerk into the company plan.
 */

export const PURCHASE_REQUEST_STATUSES = ['draft', 'submitted', 'approved', 'rejected', 'returned'] as const;
export type PurchaseRequestStatus = (typeof PURCHASE_REQUEST_STATUSES)[number];

export const PURCHASE_REQUEST_STATUS_LABELS: Record<PurchaseRequestStatus, { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '待部门审批', en: 'Awaiting department head' },
  approved: { zh: '部门已批准', en: 'Approved by department' },
  rejected: { zh: '已驳回', en: 'Rejected' },
  returned: { zh: '已退回修改', en: 'Returned for changes' },
};

/** A rejected or returned request is the requester's again: changed and submitted anew. */
export const EDITABLE_REQUEST_STATUSES: readonly PurchaseRequestStatus[] = ['draft', 'returned', 'rejected'];

export function isRequestEditable(status: PurchaseRequestStatus): boolean {
  return EDITABLE_REQUEST_STATUSES.includes(status);
}

/** Only a request never submitted may be deleted: a submitted one has an approval trail to keep. */
export function isRequestDeletable(status: PurchaseRequestStatus): boolean {
  return status === 'draft';
}

export const PURCHASE_REQUEST_ACTIONS = ['edit', 'submit', 'delete'] as const;
export type PurchaseRequestAction = (typeof PURCHASE_REQUEST_ACTIONS)[number];

/** What the request's own department's requester may do with it now. */
export function requestActionsFor(status: PurchaseRequestStatus): PurchaseRequestAction[] {
  if (!isRequestEditable(status)) return [];
  return isRequestDeletable(status) ? ['edit', 'submit', 'delete'] : ['edit', 'submit'];
}

/**
 * Who reads requests (each in their own scope, see the API): requesters their
 * department's, department heads their departments', clerks their buying unit's,
 * leadership, finance and audit all of them.
 */
export const PURCHASE_REQUEST_READER_ROLES: readonly Role[] = ['requester', 'dept_head', 'purchasing_clerk', 'company_leader', 'finance', 'auditor'];
/** Who writes them: the department's requesters. */
export const PURCHASE_REQUEST_WRITER_ROLES: readonly Role[] = ['requester'];
/** Who sees every department's requests. */
export const PURCHASE_REQUEST_ALL_READER_ROLES: readonly Role[] = ['company_leader', 'finance', 'auditor'];

/** The most lines one department asks for in a month: more is a list to split, not a request. */
export const MAX_REQUEST_LINES = 200;

/**
 * Where a request line stands, for its requester (issue 12 item 7): its request's
 * state until the department approves it, then what the company plan did with it.
 */
export const REQUEST_LINE_STATUSES = [
  'draft',
  'returned',
  'rejected',
  'submitted',
  'dept_approved',
  'in_plan',
  'cut',
  'deferred',
  'plan_approved',
  'ordered',
  'part_received',
  'received',
] as const;
export type RequestLineStatus = (typeof REQUEST_LINE_STATUSES)[number];

export const REQUEST_LINE_STATUS_LABELS: Record<RequestLineStatus, { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'Draft' },
  returned: { zh: '退回修改', en: 'Returned' },
  rejected: { zh: '已驳回', en: 'Rejected' },
  submitted: { zh: '已提交', en: 'Submitted' },
  dept_approved: { zh: '部门已批准', en: 'Approved by department' },
  in_plan: { zh: '已列入计划', en: 'In the plan' },
  cut: { zh: '已核减', en: 'Cut' },
  deferred: { zh: '顺延下月', en: 'Deferred' },
  plan_approved: { zh: '计划已批准', en: 'Plan approved' },
  ordered: { zh: '已下单', en: 'Ordered' },
  part_received: { zh: '部分到货', en: 'Partly received' },
  received: { zh: '已到货', en: 'Received' },
};

/** What a company plan did with a line (purchase-plans' planSourcesView). */
export interface LinePlanSource {
  planId: number;
  planStatus: string;
  planMonth: string;
  decision: 'included' | 'cut' | 'deferred';
  reason: string | null;
}

/**
 * The plan decision that speaks for a line: a line deferred from one month's plan
 * is taken up by a later one, so a non-deferred decision wins, then the latest month.
 */
export function currentPlanSource<S extends LinePlanSource>(sources: readonly S[]): S | null {
  let best: S | null = null;
  for (const s of sources) {
    if (!best) best = s;
    else if ((best.decision === 'deferred') !== (s.decision === 'deferred')) best = s.decision === 'deferred' ? best : s;
    else if (s.planMonth > best.planMonth || (s.planMonth === best.planMonth && s.planId > best.planId)) best = s;
  }
  return best;
}

/**
 * One line's status from its request's status, the plan decisions about it and, once its plan is
 * approved, how far the orders placed for it have got (purchasing-fulfilment.ts: ordered, partly
 * received, received — from the order records, issue 13 item 8).
 */
export function requestLineStatus(requestStatus: PurchaseRequestStatus, sources: readonly LinePlanSource[], fulfilment: FulfilmentStatus | null = null): RequestLineStatus {
  if (requestStatus !== 'approved') return requestStatus;
  const source = currentPlanSource(sources);
  if (!source) return 'dept_approved';
  if (source.decision === 'cut') return 'cut';
  if (source.decision === 'deferred') return 'deferred';
  if (source.planStatus !== 'approved') return 'in_plan';
  return fulfilment ?? 'plan_approved';
}

/** The request number: buying unit, month and sequence, e.g. PR-OFFICE-202611-0007. */
export function formatRequestNumber(buyingUnitCode: string, month: string, seq: number): string {
  return `PR-${buyingUnitCode}-${month.replace('-', '')}-${String(seq).padStart(4, '0')}`;
}
