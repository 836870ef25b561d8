import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorIntl, MatPaginatorModule } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute } from '@angular/router';
import { calendarDay, monthEnd, periodOf } from '@portal/domain';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { provideAppDayAdapter } from '../../core/i18n/app-day-adapter';
import { I18n } from '../../core/i18n/i18n';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { FenPipe } from '../../shared/money.pipe';
import { PaginatorIntl } from '../../shared/paginator-intl';
import { LedgerReportsApi } from './ledger-reports.api';
import { LEDGER_REPORTS_TEXT } from './ledger-reports.text';
import { ReportFilters } from './report-filters';
import { ledgerReport } from './report-state';
import { ReportOptionsStore } from './report-options';

/** 明细账: one account (a parent takes its children's lines) over a range of days, each line with the balance it leaves. */
@Component({
  selector: 'app-general-ledger-page',
  imports: [ReportFilters, FenPipe, TrPipe, AppDatePipe, MatFormFieldModule, MatSelectModule, MatInputModule, MatDatepickerModule, MatPaginatorModule],
  providers: [provideAppDayAdapter(), { provide: MatPaginatorIntl, useClass: PaginatorIntl }],
  template: `
    <app-report-filters [state]="ledger" testId="gl">
      <mat-form-field class="field" appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ text.account | tr }}</mat-label>
        <mat-select [value]="account()" (selectionChange)="move({ account: $event.value })" data-testid="gl-account">
          @for (a of store.options().accounts; track a.code) {
            <mat-option [value]="a.code">{{ a.code }} {{ lang() === 'en' ? a.nameEn || a.name : a.name }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field class="field" appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ text.from | tr }}</mat-label>
        <input matInput [matDatepicker]="fromPicker" [value]="from()" (dateChange)="$event.value && move({ from: $event.value })" data-testid="gl-from" />
        <mat-datepicker-toggle matIconSuffix [for]="fromPicker" />
        <mat-datepicker #fromPicker />
      </mat-form-field>
      <mat-form-field class="field" appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ text.to | tr }}</mat-label>
        <input matInput [matDatepicker]="toPicker" [value]="to()" (dateChange)="$event.value && move({ to: $event.value })" data-testid="gl-to" />
        <mat-datepicker-toggle matIconSuffix [for]="toPicker" />
        <mat-datepicker #toPicker />
      </mat-form-field>
    </app-report-filters>
    @if (ledger.report(); as r) {
      <div class="scroll">
        <table class="report" data-testid="gl-table">
          <thead>
            <tr>
              <th>{{ text.date | tr }}</th>
              <th>{{ text.voucher | tr }}</th>
              <th>{{ text.memo | tr }}</th>
              <th>{{ text.customer | tr }}</th>
              <th class="num">{{ text.debit | tr }}</th>
              <th class="num">{{ text.credit | tr }}</th>
              <th class="num">{{ text.balance | tr }}</th>
            </tr>
          </thead>
          <tbody>
            @if (ledger.page() === 1) {
              <tr class="total">
                <td>{{ r.from | appDate }}</td>
                <td colspan="5">{{ text.openingLine | tr }}</td>
                <td class="num" data-testid="gl-opening">{{ r.openingFen | fen }}</td>
              </tr>
            }
            @for (l of r.items; track l.entryId + '-' + l.lineNo) {
              <tr data-testid="gl-line">
                <td class="mono">{{ l.entryDate }}</td>
                <td class="mono">{{ l.entryNumber }}</td>
                <td>{{ l.memo }}@if (l.accountCode !== r.account.code) {<span class="muted"> · {{ l.accountCode }}</span>}</td>
                <td>{{ l.customer?.name }}</td>
                <td class="num">{{ l.debitFen || null | fen: false }}</td>
                <td class="num">{{ l.creditFen || null | fen: false }}</td>
                <td class="num" [class.negative]="l.balanceFen < 0" data-testid="gl-balance">{{ l.balanceFen | fen: false }}</td>
              </tr>
            } @empty {
              <tr><td colspan="7" class="no-data">{{ text.noRows | tr }}</td></tr>
            }
          </tbody>
          <tfoot>
            <tr>
              <td>{{ r.to | appDate }}</td>
              <td colspan="3">{{ text.closingLine | tr }}</td>
              <td class="num">{{ r.debitFen | fen }}</td>
              <td class="num">{{ r.creditFen | fen }}</td>
              <td class="num" data-testid="gl-closing">{{ r.closingFen | fen }}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <mat-paginator [length]="r.total" [pageIndex]="ledger.page() - 1" [pageSize]="ledger.pageSize()" [pageSizeOptions]="[50, 100, 200]" (page)="ledger.paged($event)" />
    }
  `,
  styleUrl: './ledger-reports.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GeneralLedgerPage {
  private readonly api = inject(LedgerReportsApi);
  protected readonly store = inject(ReportOptionsStore);
  protected readonly lang = inject(I18n).lang;
  protected readonly text = LEDGER_REPORTS_TEXT;
  // The trial balance links here with ?account&from&to.
  private readonly linked = inject(ActivatedRoute).snapshot.queryParamMap;
  private readonly thisPeriod = periodOf(calendarDay(new Date()));
  protected readonly account = signal(this.linked.get('account') ?? '1122');
  protected readonly from = signal(this.linked.get('from') ?? this.thisPeriod);
  protected readonly to = signal(this.linked.get('to') ?? monthEnd(this.thisPeriod));
  protected readonly ledger = ledgerReport('general-ledger', () => ({ account: this.account(), from: this.from(), to: this.to() }), (q) => this.api.generalLedger(q), 100);

  /** A new account or range starts again at the first page. */
  protected move(change: Partial<{ account: string; from: string; to: string }>): void {
    if (change.account) this.account.set(change.account);
    if (change.from) this.from.set(change.from);
    if (change.to) this.to.set(change.to);
    this.ledger.page.set(1);
  }
}
