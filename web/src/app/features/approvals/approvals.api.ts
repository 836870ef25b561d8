import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ApprovalAction, ApprovalStatus, PolicyStep } from '@portal/domain';
import type {
  ApprovalRequest,
  DelegateCandidate,
  DelegateList,
  Delegation,
  DelegationList,
  ListedRequest,
  Policy,
  PolicyList,
} from '@portal/domain/contracts';
import { map, type Observable } from 'rxjs';
import { listParams, type Page, type PagedQuery } from '../../shared/list-query';

/** What can be done to a request once it exists (submitting belongs to the document's own page). */
export type RequestAction = Exclude<ApprovalAction, 'submit'>;

/** What /api/approvals answers (domain/src/contracts/approvals.ts): declared once, checked by the API's tests. */
export type {
  ApprovalRequest,
  Delegation,
  DelegateCandidate,
  ListedRequest,
  PersonRef,
  Policy,
  RequestStep,
  StepState,
  TimelineEntry,
} from '@portal/domain/contracts';

export interface RequestQuery extends Omit<PagedQuery, 'q' | 'sort'> {
  documentType?: string | null;
  status?: ApprovalStatus | null;
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

  policies(): Observable<PolicyList> {
    return this.http.get<PolicyList>('/api/approvals/policies');
  }

  savePolicy(documentType: string, body: { version: number; steps: PolicyStep[] }): Observable<Policy> {
    return this.http.put<Policy>(`/api/approvals/policies/${encodeURIComponent(documentType)}`, body);
  }

  delegations(): Observable<DelegationList> {
    return this.http.get<DelegationList>('/api/approvals/delegations');
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
    return this.http.get<DelegateList>('/api/approvals/delegates', { params }).pipe(map((p) => p.items));
  }

  discountAuthority(): Observable<DiscountAuthoritySettings> {
    return this.http.get<DiscountAuthoritySettings>('/api/ad-discount-authority');
  }

  saveDiscountAuthority(body: DiscountAuthoritySettings): Observable<DiscountAuthoritySettings> {
    return this.http.put<DiscountAuthoritySettings>('/api/ad-discount-authority', body);
  }
}
