import { HttpClient, HttpEventType, type HttpEvent } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { BuyingUnit, ItemCategory, PenaltyKind, Platform, SupplierStanding } from '@portal/domain';
import type {
  AlertsPage,
  Collection,
  History,
  ImportPreview,
  ImportResult,
  Item,
  Matrix,
  Observation,
  PriceScope,
  Supplier,
  ViolationList,
} from '@portal/domain/contracts';
import { filter, map, type Observable } from 'rxjs';
import { getFile, type DownloadedFile } from '../../shared/download';
import { listParams, type Page, type PagedQuery } from '../../shared/list-query';

/** What /api/items, /api/suppliers, /api/prices and /api/price-collection answer (domain/src/contracts). */
export type {
  AlertsPage,
  Collection,
  CollectionItem,
  History,
  HistoryRow,
  HistorySeries,
  ImportPreview,
  ImportResult,
  Item,
  Matrix,
  MatrixCell,
  MatrixRow,
  Observation,
  PriceAlert,
  PriceSupplier,
  RowError,
  Supplier,
  Violation,
} from '@portal/domain/contracts';

export interface ItemQuery extends PagedQuery {
  buyingUnit?: BuyingUnit | null;
  category?: ItemCategory | null;
  active?: boolean | null;
}

export interface ItemInput {
  code: string;
  name: string;
  /** blank is sent as null: no English name */
  nameEn: string | null;
  spec: string;
  uom: string;
  category: ItemCategory;
  buyingUnit: BuyingUnit;
  stockOnHand: number;
  reorderLevel: number;
}

export interface SupplierQuery extends PagedQuery {
  platform?: Platform | null;
  status?: SupplierStanding | null;
  active?: boolean | null;
}

export interface SupplierInput {
  platform: Platform;
  shopName: string;
  shopUrl: string;
  contact: string;
  note: string;
  /** B2B company details (issue 15); null clears one. */
  company?: Supplier['company'];
}

export interface ViolationInput {
  kind: PenaltyKind;
  points: number;
  reason: string;
  occurredOn?: string;
  rectifyBy?: string;
}

export interface MatrixQuery {
  q?: string;
  month?: string | null;
  buyingUnit?: BuyingUnit | null;
  category?: ItemCategory | null;
  platform?: Platform | null;
  page: number;
  pageSize: number;
}

export interface NewObservation {
  itemId: number;
  supplierId: number;
  priceFen: number;
  observedOn: string;
  url?: string;
  inStock?: boolean;
  note?: string;
}

export interface Correction {
  priceFen?: number;
  observedOn?: string;
  inStock?: boolean;
  note?: string;
  reason: string;
}

/** An upload in flight: how much of the file has gone, then the server's answer. */
export type Transfer<T> = { kind: 'progress'; percent: number } | { kind: 'done'; body: T };

/** csv or xlsx by the file's name; the server sniffs the content when neither fits. */
export function fileFormat(name: string): 'csv' | 'xlsx' | undefined {
  const ext = name.toLowerCase().split('.').pop();
  return ext === 'csv' ? 'csv' : ext === 'xlsx' ? 'xlsx' : undefined;
}

function transfer<T>(events: Observable<HttpEvent<T>>): Observable<Transfer<T>> {
  return events.pipe(
    map((e): Transfer<T> | null => {
      if (e.type === HttpEventType.UploadProgress) return { kind: 'progress', percent: e.total ? Math.round((100 * e.loaded) / e.total) : 0 };
      if (e.type === HttpEventType.Response) return { kind: 'done', body: e.body as T };
      return null;
    }),
    filter((t): t is Transfer<T> => t !== null),
  );
}

/** Every call of the supplier price database: /api/items, /api/suppliers, /api/prices, /api/price-collection. */
@Injectable({ providedIn: 'root' })
export class PricesApi {
  private readonly http = inject(HttpClient);

  scope(): Observable<PriceScope> {
    return this.http.get<PriceScope>('/api/prices/scope');
  }

  // Items
  items(q: ItemQuery): Observable<Page<Item>> {
    return this.http.get<Page<Item>>('/api/items', { params: listParams({ ...q, q: q.q?.trim() }) });
  }
  item(id: number): Observable<Item> {
    return this.http.get<Item>(`/api/items/${id}`);
  }
  createItem(input: ItemInput): Observable<Item> {
    return this.http.post<Item>('/api/items', input);
  }
  updateItem(id: number, patch: Partial<ItemInput> & { version: number; active?: boolean }): Observable<Item> {
    return this.http.patch<Item>(`/api/items/${id}`, patch);
  }

  // Suppliers
  suppliers(q: SupplierQuery): Observable<Page<Supplier>> {
    return this.http.get<Page<Supplier>>('/api/suppliers', { params: listParams({ ...q, q: q.q?.trim() }) });
  }
  createSupplier(input: SupplierInput): Observable<Supplier> {
    return this.http.post<Supplier>('/api/suppliers', input);
  }
  updateSupplier(id: number, patch: Partial<SupplierInput> & { version: number; active?: boolean }): Observable<Supplier> {
    return this.http.patch<Supplier>(`/api/suppliers/${id}`, patch);
  }
  violations(id: number): Observable<ViolationList> {
    return this.http.get<ViolationList>(`/api/suppliers/${id}/violations`);
  }
  recordViolation(id: number, input: ViolationInput): Observable<unknown> {
    return this.http.post(`/api/suppliers/${id}/violations`, input);
  }

  // Prices
  matrix(q: MatrixQuery): Observable<Matrix> {
    return this.http.get<Matrix>('/api/prices/matrix', { params: listParams({ ...q, q: q.q?.trim() }) });
  }
  /** The matrix with the screen's filters, every page, as the API's Excel workbook. */
  exportMatrix(q: Omit<MatrixQuery, 'page' | 'pageSize'>): Observable<DownloadedFile> {
    return getFile(this.http, '/api/prices/matrix.xlsx', `prices-${q.month ?? ''}.xlsx`, listParams({ ...q, q: q.q?.trim() }));
  }
  history(itemId: number, q: { from?: string; to?: string } = {}): Observable<History> {
    return this.http.get<History>(`/api/prices/history/${itemId}`, { params: listParams(q) });
  }
  alerts(q: { threshold: string; month?: string | null; buyingUnit?: BuyingUnit | null; page: number; pageSize: number }): Observable<AlertsPage> {
    return this.http.get<AlertsPage>('/api/prices/alerts', { params: listParams(q) });
  }
  observations(q: { buyingUnit?: BuyingUnit | null; itemId?: number; from?: string; to?: string; sort?: string; page: number; pageSize: number }): Observable<Page<Observation>> {
    return this.http.get<Page<Observation>>('/api/prices', { params: listParams(q) });
  }
  record(input: NewObservation): Observable<Observation> {
    return this.http.post<Observation>('/api/prices', input);
  }
  correct(id: number, input: Correction): Observable<Observation> {
    return this.http.post<Observation>(`/api/prices/${id}/corrections`, input);
  }
  collection(unit: BuyingUnit, month: string, q: { q?: string; category?: ItemCategory | null; page: number; pageSize: number }): Observable<Collection> {
    return this.http.get<Collection>(`/api/price-collection/${unit}/${month}`, { params: listParams(q) });
  }

  // Import
  template(format: 'csv' | 'xlsx'): Observable<DownloadedFile> {
    return getFile(this.http, '/api/prices/import/template', `template.${format}`, { format });
  }
  previewImport(file: File): Observable<Transfer<ImportPreview>> {
    return transfer(this.upload<ImportPreview>('/api/prices/import/preview', file));
  }
  commitImport(file: File): Observable<Transfer<ImportResult>> {
    return transfer(this.upload<ImportResult>('/api/prices/import/commit', file));
  }

  private upload<T>(url: string, file: File): Observable<HttpEvent<T>> {
    const format = fileFormat(file.name);
    return this.http.post<T>(url, file, {
      params: format ? { format } : {},
      headers: { 'content-type': file.type || 'application/octet-stream' },
      reportProgress: true,
      observe: 'events',
    });
  }
}

