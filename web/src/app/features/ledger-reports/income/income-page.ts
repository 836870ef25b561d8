import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { addMonths, calendarDay, monthOf } from '@portal/domain';
import { AppDatePipe } from '../../../core/i18n/app-date.pipe';
import { I18n } from '../../../core/i18n/i18n';
import { TrPipe } from '../../../core/i18n/tr.pipe';
import { FenPipe } from '../../../shared/money.pipe';
import { MonthSelect, monthsAround } from '../../../shared/month-select';
import { LedgerReportsApi } from '../ledger-reports.api';
import { LEDGER_REPORTS_TEXT } from '../ledger-reports.text';
import { ReportFilters } from '../report-filters';
import { ledgerReport } from '../report-state';
import { IncomeChart } from './income-chart';
import { customerChart, monthUnitChart } from './income-chart-data';

const OTHERS = { zh: '其他厂家', en: 'Other customers' };

/** 广告收入: income net of VAT by month × HQ-or-branch (stacked bars) and by customer, with the figures beneath. */
@Component({
  selector: 'app-income-page',
  imports: [ReportFilters, MonthSelect, IncomeChart, FenPipe, TrPipe, AppDatePipe],
  template: `
    <app-report-filters [state]="ledger" testId="in">
      <app-month-select [label]="text.from" [value]="from()" [months]="months" (picked)="pickFrom($event)" testId="in-from" />
      <app-month-select [label]="text.to" [value]="to()" [months]="months" (picked)="pickTo($event)" testId="in-to" />
    </app-report-filters>
    @if (ledger.report(); as r) {
      <div class="cards">
        <div class="card"><div class="label">{{ text.income | tr }} · {{ text.total | tr }}</div><div class="value" data-testid="in-total">{{ r.totalFen | fen }}</div></div>
      </div>
      <h2>{{ text.byMonthUnit | tr }}</h2>
      <app-income-chart [data]="byMonth()" [label]="text.byMonthUnit | tr" data-testid="in-chart-months" />
      <div class="scroll">
        <table class="report narrow" data-testid="in-table">
          <thead>
            <tr>
              <th>{{ text.month | tr }}</th>
              @for (u of r.units; track u.id) {
                <th class="num">{{ u.name }}</th>
              }
              <th class="num">{{ text.total | tr }}</th>
            </tr>
          </thead>
          <tbody>
            @for (row of table(); track row.period) {
              <tr>
                <td>{{ row.period | appDate: 'month' }}</td>
                @for (v of row.values; track $index) {
                  <td class="num" [class.negative]="v < 0">{{ v | fen: false }}</td>
                }
                <td class="num">{{ row.total | fen: false }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      <h2>{{ text.byCustomer | tr }}</h2>
      @if (r.byCustomer.length) {
        <app-income-chart [data]="byCustomer()" [label]="text.byCustomer | tr" [horizontal]="true" [height]="60 + byCustomer().labels.length * 28" data-testid="in-chart-customers" />
        <div class="scroll">
          <table class="report narrow">
            <thead>
              <tr>
                <th>{{ text.customer | tr }}</th>
                <th class="num">{{ text.income | tr }}</th>
              </tr>
            </thead>
            <tbody>
              @for (c of r.byCustomer; track c.customer.id) {
                <tr>
                  <td>{{ c.customer.name }}</td>
                  <td class="num">{{ c.netFen | fen: false }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      } @else {
        <div class="no-data">{{ text.noRows | tr }}</div>
      }
    }
  `,
  styleUrl: '../ledger-reports.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IncomePage {
  private readonly api = inject(LedgerReportsApi);
  private readonly i18n = inject(I18n);
  protected readonly text = LEDGER_REPORTS_TEXT;
  private readonly thisMonth = monthOf(calendarDay(new Date()));
  protected readonly months = monthsAround(this.thisMonth, 35, 0);
  protected readonly from = signal(addMonths(this.thisMonth, -5));
  protected readonly to = signal(this.thisMonth);
  protected readonly ledger = ledgerReport('income', () => ({ from: this.from(), to: this.to() }), (q) => this.api.income(q));

  protected readonly byMonth = computed(() => monthUnitChart(this.ledger.report()!, this.i18n.lang()));
  protected readonly byCustomer = computed(() => customerChart(this.ledger.report()!, this.i18n.t(this.text.income), this.i18n.t(OTHERS)));
  protected readonly table = computed(() => {
    const r = this.ledger.report()!;
    const cell = new Map(r.byMonthUnit.map((c) => [`${c.period}|${c.unitId}`, c.netFen]));
    return r.months.map((period) => {
      const values = r.units.map((u) => cell.get(`${period}|${u.id}`) ?? 0);
      return { period, values, total: values.reduce((a, b) => a + b, 0) };
    });
  });

  /** A range is kept the right way round: moving one end past the other moves both. */
  protected pickFrom(m: string): void {
    this.from.set(m);
    if (this.to() < m) this.to.set(m);
  }

  protected pickTo(m: string): void {
    this.to.set(m);
    if (this.from() > m) this.from.set(m);
  }
}
