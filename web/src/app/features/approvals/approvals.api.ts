import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ApprovalAction,
  ApprovalStatus,
  DocumentFact,
  PolicyStep,
  Role,
  StepCondition,
  StepOrigin,
  StepUnitScope,
} from '@portal/domain';
import { map, type Observable } from 'rxjs';
import { listParams, type Page } from '../../shared/list-query';

/** What can be done to a request once it exists (submitting belongs to the document's own page). */
export type RequestAction = Exclude<ApprovalAction, 'submit'>;

export interface PersonRef {
  id: number;
  name: string;
}

/** A row of "Waiting for me" or "Submitted by me" (api approvals.service toListed). */
export interface ListedRequest {
  id: number;
  documentType: string;
  typeLabel: string;
  documentId: number;
  title: string;
  unitName: string | null;
  amountFen: number | null;
  paidShareBp: number | null;
  status: ApprovalStatus;
  round: number;
  version: number;
  currentStep: { position: number; role: Role; roleLabel: string; unitName: string | null } | null;
  submitter: PersonRef;
  submittedAt: string;
  decidedAt: string | null;
  /** In my inbox because I stand in for this person today. */
  onBehalfOf: PersonRef | null;
}

export type StepState = 'skipped' | 'approved' | 'rejected' | 'returned' | 'notReached' | 'current' | 'waiting';

export interface RequestStep {
  position: number;
  role: Role;
  roleLabel: string;
  unitScope: StepUnitScope;
  origin: StepOrigin;
  condition: StepCondition;
  unitId: number | null;
  unitName: string | null;
  skipped: boolean;
  state: StepState;
}

export interface TimelineEntry {
  at: string;
  round: number;
  stepPosition: number | null;
  role: Role | null;
  roleLabel: string | null;
  action: ApprovalAction;
  actor: PersonRef;
  /** The approver this person stood in for ("代 X 审批"). */
  onBehalfOf: PersonRef | null;
  comment: string | null;
}

/** GET /api/approvals/requests/:id: one request with its chain, timeline and what I may do now. */
export interface ApprovalRequest {
  id: number;
  documentType: string;
  typeLabel: string;
  documentId: number;
  /** The document's own page in the SPA, when its module says where that is. */
  documentPath: string | null;
  title: string;
  unitId: number;
  unitName: string | null;
  amountFen: number | null;
  paidShareBp: number | null;
  status: ApprovalStatus;
  round: number;
  currentStep: number | null;
  version: number;
  submitter: PersonRef;
  submittedAt: string;
  decidedAt: string | null;
  steps: RequestStep[];
  timeline: TimelineEntry[];
  allowedActions: RequestAction[];
  /** Set when my authority on the current step is a delegation from this person. */
  actingOnBehalfOf: PersonRef | null;
}

export interface RequestQuery {
  documentType?: string | null;
  status?: ApprovalStatus | null;
  /** 1-based, as the API counts. */
  page: number;
  pageSize: number;
}

export interface Policy {
  documentType: string;
  label: { zh: string; en: string } | null;
  /** False while the document's module is not installed: the policy can be read, not saved. */
  registered: boolean;
  facts: DocumentFact[];
  steps: PolicyStep[];
  /** 0: no policy yet; saving with version 0 creates it. */
  version: number;
  updatedAt: string | null;
}

export interface Delegation {
  id: number;
  from: PersonRef;
  to: PersonRef;
  startsOn: string;
  endsOn: string;
  direction: 'given' | 'received';
  active: boolean;
  createdAt: string;
}

/** Someone who can be named as a stand-in. */
export interface DelegateCandidate {
  id: number;
  name: string;
  unitName: string | null;
  username?: string;
}

/** The ad discount authority (ad-sales contract): the deepest paid share each role may grant alone. */
export interface DiscountAuthoritySettings {
  version: number;
  floorBp: number;
  authority: Record<DiscountAuthorityRole, number>;
}

export const DISCOUNT_AUTHORITY_ROLES = ['ecommerce_staff', 'branch_ecommerce_clerk', 'branch_gm', 'hq_center_gm'] as const;
export type DiscountAuthorityRole = (typeof DISCOUNT_AUTHORITY_ROLES)[number];

/** /api/approvals/*: the inbox, requests and their actions, policies and delegations. */
@Injectable({ providedIn: 'root' })
export class ApprovalsApi {
  private readonly http = inject(HttpClient);

  inbox(query: RequestQuery): Observable<Page<ListedRequest>> {
    const params = listParams({ documentType: query.documentType, page: query.page, pageSize: query.pageSize });
    return this.http.get<Page<ListedRequest>>('/api/approvals/inbox', { params });
  }

  submitted(query: RequestQuery): Observable<Page<ListedRequest>> {
    const params = listParams({ documentType: query.documentType, status: query.status, page: query.page, pageSize: query.pageSize });
    return this.http.get<Page<ListedRequest>>('/api/approvals/submitted', { params });
  }

  request(id: number): Observable<ApprovalRequest> {
    return this.http.get<ApprovalRequest>(`/api/approvals/requests/${id}`);
  }

  /** `version` is the request's version as shown: if someone acted first, the API answers 409. */
  act(id: number, action: RequestAction, body: { version: number; comment?: string }): Observable<ApprovalRequest> {
    return this.http.post<ApprovalRequest>(`/api/approvals/requests/${id}/${action}`, body);
  }

  policies(): Observable<Page<Policy>> {
    return this.http.get<Page<Policy>>('/api/approvals/policies');
  }

  savePolicy(documentType: string, body: { version: number; steps: PolicyStep[] }): Observable<Policy> {
    return this.http.put<Policy>(`/api/approvals/policies/${encodeURIComponent(documentType)}`, body);
  }

  delegations(): Observable<Page<Delegation>> {
    return this.http.get<Page<Delegation>>('/api/approvals/delegations');
  }

  createDelegation(body: { toUserId: number; startsOn: string; endsOn: string }): Observable<Delegation> {
    return this.http.post<Delegation>('/api/approvals/delegations', body);
  }

  deleteDelegation(id: number): Observable<unknown> {
    return this.http.delete(`/api/approvals/delegations/${id}`);
  }

  /** Colleagues who can be named as a stand-in (any signed-in user may search; name and unit only). */
  searchDelegates(q: string): Observable<DelegateCandidate[]> {
    const params = listParams({ q: q.trim(), pageSize: 10 });
    return this.http.get<Page<DelegateCandidate>>('/api/approvals/delegates', { params }).pipe(map((p) => p.items));
  }

  discountAuthority(): Observable<DiscountAuthoritySettings> {
    return this.http.get<DiscountAuthoritySettings>('/api/ad-discount-authority');
  }

  saveDiscountAuthority(body: DiscountAuthoritySettings): Observable<DiscountAuthoritySettings> {
    return this.http.put<DiscountAuthoritySettings>('/api/ad-discount-authority', body);
  }
}
