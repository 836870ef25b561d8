import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { Customer } from '@portal/domain/contracts';
import { pagedParams, type Page, type PagedQuery } from '../../shared/list-query';

/** A customer (厂家): a manufacturer that buys ad space (domain/src/contracts/customers.ts). */
export type { Customer } from '@portal/domain/contracts';

export type CustomerFields = Omit<Customer, 'id' | 'version' | 'active'> & { active?: boolean };

export type CustomerQuery = PagedQuery;

/** /api/customers: kept by those who quote, read by finance and audit. */
@Injectable({ providedIn: 'root' })
export class CustomersApi {
  private readonly http = inject(HttpClient);

  list(query: CustomerQuery): Observable<Page<Customer>> {
    return this.http.get<Page<Customer>>('/api/customers', { params: pagedParams(query) });
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
