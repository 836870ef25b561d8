import { HttpClient, HttpEventType, type HttpEvent } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { BuyingUnit, ItemCategory, PenaltyKind, Platform, Standing, SupplierStanding } from '@portal/domain';
import { filter, map, type Observable } from 'rxjs';
import { filenameFrom } from '../../shared/download';
import { listParams, type Page } from '../../shared/list-query';

/** An item (物资) as /api/items returns it; `editable` says whether the caller may write it. */
export interface Item {
  id: number;
  code: string;
  name: string;
  spec: string;
  uom: string;
  category: ItemCategory;
  buyingUnit: BuyingUnit;
  stockOnHand: number;
  reorderLevel: number;
  belowReorder: boolean;
  active: boolean;
  version: number;
  updatedAt: string;
  editable: boolean;
}

export interface ItemQuery {
  q?: string;
  buyingUnit?: BuyingUnit | null;
  category?: ItemCategory | null;
  active?: boolean | null;
  sort?: string;
  page: number;
  pageSize: number;
}

export interface ItemInput {
  code: string;
  name: string;
  spec: string;
  uom: string;
  category: ItemCategory;
  buyingUnit: BuyingUnit;
  stockOnHand: number;
  reorderLevel: number;
}

export interface Supplier {
  id: number;
  platform: Platform;
  shopName: string;
  shopUrl: string;
  contact: string;
  note: string;
  active: boolean;
  version: number;
  updatedAt: string;
  /** This year's points and the standing derived from them (DOMAIN.md §2). */
  standing: Standing;
  eligible: boolean;
}

export interface SupplierQuery {
  q?: string;
  platform?: Platform | null;
  status?: SupplierStanding | null;
  active?: boolean | null;
  sort?: string;
  page: number;
  pageSize: number;
}

export interface SupplierInput {
  platform: Platform;
  shopName: string;
  shopUrl: string;
  contact: string;
  note: string;
}

export interface Violation {
  id: number;
  kind: PenaltyKind;
  points: number;
  reason: string;
  occurredOn: string;
  rectifyBy: string | null;
  recordedBy: string | null;
  createdAt: string;
}

export interface ViolationInput {
  kind: PenaltyKind;
  points: number;
  reason: string;
  occurredOn?: string;
  rectifyBy?: string;
}

/** A supplier as the matrix and the history name it. */
export interface PriceSupplier {
  id: number;
  platform: Platform;
  shopName: string;
  status: SupplierStanding;
  eligible: boolean;
}

export interface MatrixCell {
  supplierId: number;
  observationId: number;
  priceFen: number;
  observedOn: string;
  inStock: boolean;
  lowest: boolean;
}

export interface MatrixRow {
  id: number;
  code: string;
  name: string;
  spec: string;
  uom: string;
  category: ItemCategory;
  buyingUnit: BuyingUnit;
  cells: MatrixCell[];
  lowestFen: number | null;
  highestFen: number | null;
  spreadFen: number | null;
  spreadBp: number | null;
}

export interface Matrix {
  month: string;
  suppliers: PriceSupplier[];
  items: MatrixRow[];
  total: number;
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

export interface HistorySeries {
  supplierId: number;
  platform: Platform;
  shopName: string;
  /** Fen per month, aligned with `months`; null where the shop had no price that month. */
  prices: (number | null)[];
}

export interface HistoryRow {
  month: string;
  supplierId: number;
  observationId: number;
  priceFen: number;
  observedOn: string;
  inStock: boolean;
}

export interface History {
  item: Item;
  months: string[];
  suppliers: PriceSupplier[];
  series: HistorySeries[];
  lowest: (number | null)[];
  rows: HistoryRow[];
}

export interface PriceAlert {
  itemId: number;
  itemCode: string;
  itemName: string;
  itemSpec: string;
  itemUom: string;
  category: ItemCategory;
  buyingUnit: BuyingUnit;
  supplierId: number;
  platform: Platform;
  shopName: string;
  previousFen: number;
  previousOn: string;
  latestFen: number;
  latestOn: string;
  observationId: number;
  changeBp: number;
}

export interface AlertsPage extends Page<PriceAlert> {
  month: string;
  previousMonth: string;
  thresholdBp: number;
}

export interface Observation {
  id: number;
  itemId: number;
  itemCode: string;
  itemName: string;
  itemSpec: string;
  itemUom: string;
  buyingUnit: BuyingUnit;
  supplierId: number;
  platform: Platform;
  shopName: string;
  priceFen: number;
  observedOn: string;
  url: string;
  inStock: boolean;
  note: string;
  recordedBy: string | null;
  recordedAt: string;
  supersedesId: number | null;
  correctionReason: string | null;
  supersededBy: number | null;
  current: boolean;
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

export interface CollectionItem extends Item {
  lastPrice: { priceFen: number; observedOn: string; supplierId: number; shopName: string } | null;
}

export interface Collection extends Page<CollectionItem> {
  unit: BuyingUnit;
  month: string;
  progress: { total: number; priced: number };
}

export interface RowError {
  row: number;
  column: string;
  message: string;
}

export interface ImportPreview {
  format: 'csv' | 'xlsx';
  rows: number;
  valid: number;
  invalidRows: number;
  errorCount: number;
  errors: RowError[];
  sample: {
    row: number;
    itemCode: string;
    itemName: string;
    platform: Platform;
    shopName: string;
    priceFen: number;
    observedOn: string;
    inStock: boolean;
    note: string;
  }[];
}

export interface ImportResult {
  importId: string;
  imported: number;
  format: 'csv' | 'xlsx';
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

  scope(): Observable<{ editableUnits: BuyingUnit[] }> {
    return this.http.get<{ editableUnits: BuyingUnit[] }>('/api/prices/scope');
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
  violations(id: number): Observable<Page<Violation> & { standing: Standing; supplier: Supplier }> {
    return this.http.get<Page<Violation> & { standing: Standing; supplier: Supplier }>(`/api/suppliers/${id}/violations`);
  }
  recordViolation(id: number, input: ViolationInput): Observable<unknown> {
    return this.http.post(`/api/suppliers/${id}/violations`, input);
  }

  // Prices
  matrix(q: MatrixQuery): Observable<Matrix> {
    return this.http.get<Matrix>('/api/prices/matrix', { params: listParams({ ...q, q: q.q?.trim() }) });
  }
  /** The matrix with the screen's filters, every page, as the API's Excel workbook. */
  exportMatrix(q: Omit<MatrixQuery, 'page' | 'pageSize'>): Observable<{ blob: Blob; fileName: string }> {
    return this.http
      .get('/api/prices/matrix.xlsx', { params: listParams({ ...q, q: q.q?.trim() }), responseType: 'blob', observe: 'response' })
      .pipe(map((r) => ({ blob: r.body as Blob, fileName: filenameFrom(r.headers.get('content-disposition'), `prices-${q.month ?? ''}.xlsx`) })));
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
  template(format: 'csv' | 'xlsx'): Observable<{ blob: Blob; fileName: string }> {
    return this.http
      .get('/api/prices/import/template', { params: { format }, responseType: 'blob', observe: 'response' })
      .pipe(map((r) => ({ blob: r.body as Blob, fileName: filenameFrom(r.headers.get('content-disposition'), `template.${format}`) })));
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
