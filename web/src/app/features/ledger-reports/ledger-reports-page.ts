import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { LEDGER_REPORTS_TEXT } from './ledger-reports.text';
import { ReportOptionsStore } from './report-options';

/** 财务报表: a tab per report over the ledger; the filters' choices are loaded once for all of them. */
@Component({
  selector: 'app-ledger-reports-page',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, MatTabsModule, TrPipe],
  providers: [ReportOptionsStore],
  template: `
    <div class="page">
      <div class="page-header">
        <h1>{{ text.title | tr }}</h1>
      </div>
      <nav mat-tab-nav-bar [tabPanel]="panel" mat-stretch-tabs="false" data-testid="ledger-reports-tabs">
        @for (t of tabs; track t.path) {
          <a mat-tab-link [routerLink]="t.path" routerLinkActive #rla="routerLinkActive" [active]="rla.isActive" [attr.data-testid]="'ledger-reports-tab-' + t.path">
            {{ t.label | tr }}
          </a>
        }
      </nav>
      <mat-tab-nav-panel #panel><router-outlet /></mat-tab-nav-panel>
    </div>
  `,
  styles: `
    nav { margin-bottom: 16px; }
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
