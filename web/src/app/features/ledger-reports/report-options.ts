import { Injectable, inject, signal } from '@angular/core';
import type { ReportOptions } from '@portal/domain/contracts';
import { LedgerReportsApi } from './ledger-reports.api';

/** The filters' choices, loaded once for the section (the tabs share them): HQ and readable branches, customers. */
@Injectable()
export class ReportOptionsStore {
  private readonly state = signal<ReportOptions>({ units: [], customers: [], accounts: [] });
  readonly options = this.state.asReadonly();

  constructor() {
    inject(LedgerReportsApi)
      .options()
      .subscribe({ next: (o) => this.state.set(o), error: () => undefined });
  }
}
