import { type Signal, type WritableSignal, computed, inject, signal } from '@angular/core';
import type { PageEvent } from '@angular/material/paginator';
import type { Observable } from 'rxjs';
import { fileDownloads } from '../../shared/download';
import { loadLatest } from '../../shared/load-latest';
import { LedgerReportsApi, type ReportFilter, type ReportName } from './ledger-reports.api';

/** A paged report's page (1-based) and its size; a report read whole leaves them out. */
export type ReportPaging = { page: number; pageSize: number };

/** What the filter bar (ReportFilters) needs of a report page's state. */
export interface ReportBar {
  readonly unit: WritableSignal<number | null>;
  readonly customer: WritableSignal<number | null>;
  readonly loading: Signal<boolean>;
  readonly downloading: Signal<boolean>;
  download(): void;
}

/**
 * A ledger report page's state: the unit and customer every report is filtered by, the report as
 * last read for the page's `own` filters with those (a newer choice cancels a slower answer), its
 * Excel export of exactly that, and with `pageSize` a page at a time. Create it in an injection context.
 */
export function ledgerReport<F extends object, R>(
  name: ReportName,
  own: () => F,
  read: (q: F & ReportFilter & ReportPaging) => Observable<R>,
  pageSize?: number,
) {
  const api = inject(LedgerReportsApi);
  const downloads = fileDownloads<'xlsx'>();
  const unit = signal<number | null>(null);
  const customer = signal<number | null>(null);
  const page = signal(1);
  const size = signal(pageSize ?? 0);
  const report = signal<R | null>(null);
  const query = computed(() => ({ ...own(), unit: unit(), customer: customer(), ...(pageSize ? { page: page(), pageSize: size() } : {}) }) as F & ReportFilter & ReportPaging);
  const state = loadLatest(query, read, (r) => report.set(r));
  return {
    unit,
    customer,
    page,
    pageSize: size,
    report: report.asReadonly(),
    loading: state.loading,
    downloading: computed(() => !!downloads.busy()),
    paged(e: PageEvent): void {
      size.set(e.pageSize);
      page.set(e.pageIndex + 1);
    },
    download(): void {
      downloads.start('xlsx', api.xlsx(name, query()));
    },
  };
}
