import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import { listParams, type Page } from '../../shared/list-query';

/** A customer (厂家): a manufacturer that buys ad space. */
export interface Customer {
  id: number;
  name: string;
  contact: string;
  phone: string;
  address: string;
  /** 统一社会信用代码, 18 characters (GB 32100-2015). */
  uscc: string | null;
  active: boolean;
  version: number;
}

export type CustomerFields = Omit<Customer, 'id' | 'version' | 'active'> & { active?: boolean };

export interface CustomerQuery {
  q?: string;
  sort?: string;
  page: number;
  pageSize: number;
}

/** /api/customers: kept by those who quote, read by finance and audit. */
@Injectable({ providedIn: 'root' })
export class CustomersApi {
  private readonly http = inject(HttpClient);

  list(query: CustomerQuery): Observable<Page<Customer>> {
    const params = listParams({ q: query.q?.trim(), sort: query.sort, page: query.page, pageSize: query.pageSize });
    return this.http.get<Page<Customer>>('/api/customers', { params });
  }

  get(id: number): Observable<Customer> {
    return this.http.get<Customer>(`/api/customers/${id}`);
  }

  create(customer: CustomerFields): Observable<Customer> {
    return this.http.post<Customer>('/api/customers', customer);
  }

  update(id: number, patch: Partial<CustomerFields> & { version: number }): Observable<Customer> {
    return this.http.put<Customer>(`/api/customers/${id}`, patch);
  }
}
