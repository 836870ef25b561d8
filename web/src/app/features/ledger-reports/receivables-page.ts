import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { AGEING_BUCKET_LABELS, AGEING_BUCKETS, calendarDay } from '@portal/domain';
import { provideAppDayAdapter } from '../../core/i18n/app-day-adapter';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { FenPipe } from '../../shared/money.pipe';
import { LedgerReportsApi } from './ledger-reports.api';
import { LEDGER_REPORTS_TEXT } from './ledger-reports.text';
import { ReportFilters } from './report-filters';
import { ledgerReport } from './report-state';

/** 应收账龄: per customer what is still owed on the as-of date, aged from each instalment's due date. */
@Component({
  selector: 'app-receivables-page',
  imports: [ReportFilters, FenPipe, TrPipe, MatFormFieldModule, MatInputModule, MatDatepickerModule, MatIconModule],
  providers: [provideAppDayAdapter()],
  template: `
    <app-report-filters [state]="ledger" testId="ar">
      <mat-form-field class="field" appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ text.asOf | tr }}</mat-label>
        <input matInput [matDatepicker]="picker" [value]="asOf()" (dateChange)="$event.value && asOf.set($event.value)" data-testid="ar-as-of" />
        <mat-datepicker-toggle matIconSuffix [for]="picker" />
        <mat-datepicker #picker />
      </mat-form-field>
    </app-report-filters>
    @if (ledger.report(); as r) {
      <div class="cards">
        <div class="card"><div class="label">{{ text.owed | tr }}</div><div class="value" data-testid="ar-total">{{ r.totals.owedFen | fen }}</div></div>
        @for (b of buckets; track b) {
          <div class="card" [class.warn]="b !== 'current' && r.totals.buckets[b] > 0">
            <div class="label">{{ labels[b] | tr }}</div>
            <div class="value" [attr.data-testid]="'ar-bucket-' + b">{{ r.totals.buckets[b] | fen }}</div>
          </div>
        }
      </div>
      <div class="scroll">
        <table class="report" data-testid="ar-table">
          <thead>
            <tr>
              <th>{{ text.customer | tr }}</th>
              <th class="num">{{ text.owed | tr }}</th>
              @for (b of buckets; track b) {
                <th class="num">{{ labels[b] | tr }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (c of r.customers; track c.customer.id) {
              <tr [attr.data-testid]="'ar-customer-' + c.customer.id">
                <td>
                  <button type="button" class="link" (click)="toggle(c.customer.id)" [attr.aria-expanded]="open().has(c.customer.id)">
                    <mat-icon inline>{{ open().has(c.customer.id) ? 'expand_less' : 'expand_more' }}</mat-icon>{{ c.customer.name }}
                  </button>
                </td>
                <td class="num">{{ c.owedFen | fen: false }}</td>
                @for (b of buckets; track b) {
                  <td class="num" [class.negative]="b !== 'current' && c.buckets[b] > 0">{{ c.buckets[b] || null | fen: false }}</td>
                }
              </tr>
              @if (open().has(c.customer.id)) {
                @for (i of c.instalments; track i.instalmentId) {
                  <tr class="sub" data-testid="ar-instalment">
                    <td>{{ i.agreementNumber }} · {{ text.seq | tr }} {{ i.seq }} · {{ text.dueOn | tr }} {{ i.dueOn }}</td>
                    <td class="num">{{ i.owedFen | fen: false }}</td>
                    @for (b of buckets; track b) {
                      <td class="num">
                        @if (i.bucket === b) {
                          {{ i.owedFen | fen: false }}
                          @if (i.daysPastDue > 0) {
                            <span class="muted">（{{ i.daysPastDue }}）</span>
                          }
                        }
                      </td>
                    }
                  </tr>
                }
              }
            } @empty {
              <tr><td [attr.colspan]="buckets.length + 2" class="no-data">{{ text.noRows | tr }}</td></tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styleUrl: './ledger-reports.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReceivablesPage {
  private readonly api = inject(LedgerReportsApi);
  protected readonly text = LEDGER_REPORTS_TEXT;
  protected readonly buckets = AGEING_BUCKETS;
  protected readonly labels = AGEING_BUCKET_LABELS;
  protected readonly asOf = signal(calendarDay(new Date()));
  protected readonly open = signal(new Set<number>());
  protected readonly ledger = ledgerReport('receivables', () => ({ asOf: this.asOf() }), (q) => this.api.receivables(q));

  protected toggle(id: number): void {
    this.open.update((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }
}
