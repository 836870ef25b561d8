import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatIconModule } from '@angular/material/icon';
import { Router } from '@angular/router';
import { calendarDay, monthEnd, monthOf, periodOf } from '@portal/domain';
import { I18n } from '../../core/i18n/i18n';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { FenPipe } from '../../shared/money.pipe';
import { MonthSelect, monthsAround } from '../../shared/month-select';
import { LedgerReportsApi } from './ledger-reports.api';
import { LEDGER_REPORTS_TEXT } from './ledger-reports.text';
import { ReportFilters } from './report-filters';
import { ledgerReport } from './report-state';

/** 科目余额表: a period's opening, movements and closing per account, parents rolled up, debits = credits shown. */
@Component({
  selector: 'app-trial-balance-page',
  imports: [ReportFilters, MonthSelect, FenPipe, TrPipe, MatIconModule, MatCheckboxModule],
  template: `
    <app-report-filters [state]="ledger" testId="tb">
      <app-month-select [label]="text.period" [value]="month()" [months]="months" (picked)="month.set($event)" testId="tb-period" />
      <mat-checkbox [checked]="hideZero()" (change)="hideZero.set($event.checked)" data-testid="tb-hide-zero">{{ text.hideZero | tr }}</mat-checkbox>
    </app-report-filters>
    @if (ledger.report(); as r) {
      <div class="scroll">
        <table class="report" data-testid="tb-table">
          <thead>
            <tr class="group">
              <th rowspan="2">{{ text.code | tr }}</th>
              <th rowspan="2">{{ text.name | tr }}</th>
              <th colspan="2">{{ text.opening | tr }}</th>
              <th colspan="2">{{ text.movement | tr }}</th>
              <th colspan="2">{{ text.closing | tr }}</th>
            </tr>
            <tr>
              @for (i of [1, 2, 3]; track i) {
                <th class="num">{{ text.debit | tr }}</th>
                <th class="num">{{ text.credit | tr }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (l of lines(); track l.code) {
              <tr [class.parent]="!l.leaf" [attr.data-testid]="'tb-row-' + l.code">
                <td class="mono"><button type="button" class="link" (click)="openLedger(l.code)">{{ l.code }}</button></td>
                <td class="name" [style.padding-inline-start.px]="10 + (l.level - 1) * 16">{{ lang() === 'en' ? l.nameEn || l.name : l.name }}</td>
                <td class="num">{{ l.openingDebitFen || null | fen: false }}</td>
                <td class="num">{{ l.openingCreditFen || null | fen: false }}</td>
                <td class="num">{{ l.debitFen || null | fen: false }}</td>
                <td class="num">{{ l.creditFen || null | fen: false }}</td>
                <td class="num" data-testid="tb-closing-debit">{{ l.closingDebitFen || null | fen: false }}</td>
                <td class="num" data-testid="tb-closing-credit">{{ l.closingCreditFen || null | fen: false }}</td>
              </tr>
            }
          </tbody>
          <tfoot>
            <tr data-testid="tb-totals">
              <td></td>
              <td>{{ text.total | tr }}</td>
              <td class="num">{{ r.totals.openingDebitFen | fen }}</td>
              <td class="num">{{ r.totals.openingCreditFen | fen }}</td>
              <td class="num">{{ r.totals.debitFen | fen }}</td>
              <td class="num">{{ r.totals.creditFen | fen }}</td>
              <td class="num">{{ r.totals.closingDebitFen | fen }}</td>
              <td class="num">{{ r.totals.closingCreditFen | fen }}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <div class="verdict" [class.ok]="r.totals.balanced" [class.bad]="!r.totals.balanced" data-testid="tb-verdict">
        <mat-icon>{{ r.totals.balanced ? 'check_circle' : 'error' }}</mat-icon>
        {{ (r.totals.balanced ? text.balanced : text.unbalanced) | tr }}
      </div>
    }
  `,
  styleUrl: './ledger-reports.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrialBalancePage {
  private readonly api = inject(LedgerReportsApi);
  private readonly router = inject(Router);
  protected readonly lang = inject(I18n).lang;
  protected readonly text = LEDGER_REPORTS_TEXT;
  private readonly thisMonth = monthOf(calendarDay(new Date()));
  protected readonly months = monthsAround(this.thisMonth, 23, 0);
  protected readonly month = signal(this.thisMonth);
  protected readonly hideZero = signal(true);
  protected readonly ledger = ledgerReport('trial-balance', () => ({ period: this.month() }), (q) => this.api.trialBalance(q));

  /** Accounts with nothing at the opening, in the period or at the close say nothing; hidden unless asked for. */
  protected readonly lines = computed(() => {
    const lines = this.ledger.report()?.lines ?? [];
    if (!this.hideZero()) return lines;
    return lines.filter((l) => l.openingDebitFen || l.openingCreditFen || l.debitFen || l.creditFen || l.closingDebitFen || l.closingCreditFen);
  });

  protected openLedger(account: string): void {
    const from = periodOf(this.month());
    void this.router.navigate(['/ledger-reports/general-ledger'], { queryParams: { account, from, to: monthEnd(from) } });
  }
}
