import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TabbedPage } from '../../shared/tabbed-page';
import { LEDGER_REPORTS_TEXT } from './ledger-reports.text';
import { ReportOptionsStore } from './report-options';

/** 财务报表: a tab per report over the ledger; the filters' choices are loaded once for all of them. */
@Component({
  selector: 'app-ledger-reports-page',
  imports: [TabbedPage],
  providers: [ReportOptionsStore],
  template: `
    <app-tabbed-page [title]="text.title" [tabs]="tabs" testId="ledger-reports" />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LedgerReportsPage {
  protected readonly text = LEDGER_REPORTS_TEXT;
  protected readonly tabs = [
    { path: 'trial-balance', label: LEDGER_REPORTS_TEXT.tabTrialBalance },
    { path: 'general-ledger', label: LEDGER_REPORTS_TEXT.tabGeneralLedger },
    { path: 'receivables', label: LEDGER_REPORTS_TEXT.tabReceivables },
    { path: 'agreements', label: LEDGER_REPORTS_TEXT.tabAgreements },
    { path: 'income', label: LEDGER_REPORTS_TEXT.tabIncome },
  ];
}
