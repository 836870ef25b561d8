import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, ElementRef, inject, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Store } from '@ngrx/store';
import {
  BUYING_UNIT_LABELS,
  BUYING_UNITS,
  calendarDay,
  formatFen,
  ITEM_CATEGORY_INFO,
  PURCHASE_LEDGER_READ_ALL_ROLES,
  monthOf,
  platformLabel,
  type BuyingUnit,
} from '@portal/domain';
import { ArcElement, BarController, BarElement, CategoryScale, Chart, DoughnutController, Legend, LinearScale, Tooltip, type ChartConfiguration } from 'chart.js';
import { I18n } from '../../core/i18n/i18n';
import type { Lang } from '../../core/i18n/text';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { Notify } from '../../core/notify';
import { selectRoles } from '../../core/session/session.reducer';
import { MonthSelect } from '../../shared/month-select';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { ledgerMonths } from './ledger-tab';
import { PurchaseLedgersApi, type PurchaseSpend } from './purchase-ledgers.api';
import { LEDGERS_TEXT } from './purchase-ledgers.text';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, DoughnutController, ArcElement, Tooltip, Legend);

/** A chart's labels and yuan values, in the order the API ranked them (largest first). */
export interface SpendSeries {
  labels: string[];
  yuan: number[];
}

/** The month's spend as the three charts plot it, in the screen's language. */
export function spendSeries(s: PurchaseSpend, lang: Lang, unassigned: string): { platform: SpendSeries; department: SpendSeries; category: SpendSeries } {
  return {
    platform: {
      labels: s.byPlatform.map((p) => platformLabel(p.platform, p.platformName, lang)),
      yuan: s.byPlatform.map((p) => p.amountFen / 100),
    },
    department: { labels: s.byDepartment.map((d) => d.department?.name ?? unassigned), yuan: s.byDepartment.map((d) => d.amountFen / 100) },
    category: { labels: s.byCategory.map((c) => ITEM_CATEGORY_INFO[c.category][lang]), yuan: s.byCategory.map((c) => c.amountFen / 100) },
  };
}

const PALETTE = ['#1f4e79', '#2e86c1', '#48c9b0', '#f5b041', '#dc7633', '#a569bd', '#5d6d7e', '#c0392b'];
const yuanTick = (v: number | string) => `¥${formatFen(Math.round(Number(v) * 100))}`;

/** 支出分析: a month's spend by platform, by requesting department and by category, as Chart.js charts. */
@Component({
  selector: 'app-spend-tab',
  imports: [TrPipe, MonthSelect, MatFormFieldModule, MatSelectModule],
  template: `
    <div class="spend-filters">
      <app-month-select [label]="text.spendMonth" [value]="month()" [months]="months" (picked)="month.set($event)" testId="spend-month" />
      @if (readsAll()) {
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ text.unit | tr }}</mat-label>
          <mat-select [value]="unit()" (selectionChange)="unit.set($event.value)" data-testid="spend-unit">
            <mat-option [value]="null">{{ text.anyUnit | tr }}</mat-option>
            @for (u of units; track u) {
              <mat-option [value]="u">{{ unitLabels[u] | tr }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      }
    </div>
    @if (spend(); as s) {
      <p class="headline" data-testid="spend-total">{{ text.spendTotal | tr: { amount: '¥' + fen(s.totalFen), orders: orderCount() } }}</p>
      @if (s.byPlatform.length === 0) {
        <p class="muted" data-testid="spend-empty">{{ text.noSpend | tr }}</p>
      }
    }
    <div class="charts" [class.hidden]="!spend()?.byPlatform?.length">
      <figure>
        <figcaption>{{ text.byPlatform | tr }}</figcaption>
        <div class="canvas"><canvas #platformChart data-testid="spend-chart-platform"></canvas></div>
      </figure>
      <figure>
        <figcaption>{{ text.byDepartment | tr }}</figcaption>
        <div class="canvas"><canvas #departmentChart data-testid="spend-chart-department"></canvas></div>
      </figure>
      <figure>
        <figcaption>{{ text.byCategory | tr }}</figcaption>
        <div class="canvas"><canvas #categoryChart data-testid="spend-chart-category"></canvas></div>
      </figure>
    </div>
  `,
  styles: `
    .spend-filters { display: flex; flex-wrap: wrap; gap: 12px; margin-bottom: 8px; }
    .spend-filters > * { width: 180px; }
    .headline { font: var(--mat-sys-title-medium); margin: 8px 0 16px; }
    .muted { color: var(--mat-sys-on-surface-variant); }
    .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: 16px; }
    .charts.hidden { display: none; }
    figure { margin: 0; padding: 12px; border-radius: 12px; background: var(--mat-sys-surface-container-low); min-width: 0; }
    figcaption { font: var(--mat-sys-title-small); margin-bottom: 8px; }
    .canvas { position: relative; height: 280px; }
    @media (max-width: 600px) { .charts { grid-template-columns: 1fr; } .spend-filters > * { width: 100%; } }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SpendTab {
  private readonly api = inject(PurchaseLedgersApi);
  private readonly notify = inject(Notify);
  private readonly lang = inject(I18n).lang;
  protected readonly text = LEDGERS_TEXT;
  protected readonly unitLabels = BUYING_UNIT_LABELS;
  protected readonly units = BUYING_UNITS;
  protected readonly months = ledgerMonths(calendarDay(new Date()));
  protected readonly month = signal(monthOf(calendarDay(new Date())));
  protected readonly unit = signal<BuyingUnit | null>(null);
  protected readonly spend = signal<PurchaseSpend | null>(null);
  protected readonly orderCount = computed(() => this.spend()?.byPlatform.reduce((n, p) => n + p.orders, 0) ?? 0);
  protected readonly fen = formatFen;

  private readonly roles = toSignal(inject(Store).select(selectRoles), { initialValue: [] });
  protected readonly readsAll = computed(() => this.roles().some((r) => PURCHASE_LEDGER_READ_ALL_ROLES.includes(r)));

  private readonly platformCanvas = viewChild.required<ElementRef<HTMLCanvasElement>>('platformChart');
  private readonly departmentCanvas = viewChild.required<ElementRef<HTMLCanvasElement>>('departmentChart');
  private readonly categoryCanvas = viewChild.required<ElementRef<HTMLCanvasElement>>('categoryChart');
  private charts: Chart[] = [];

  constructor() {
    effect((onCleanup) => {
      const sub = this.api.spend(this.month(), this.unit()).subscribe({ next: (s) => this.spend.set(s), error: (e: unknown) => this.notify.error(e) });
      onCleanup(() => sub.unsubscribe());
    });
    // Redrawn when the answer or the language changes.
    effect(() => {
      const s = this.spend();
      const lang = this.lang();
      this.destroyCharts();
      if (!s) return;
      const series = spendSeries(s, lang, LEDGERS_TEXT.unassigned[lang]);
      this.charts = [
        new Chart(this.platformCanvas().nativeElement, this.bar(series.platform, 'x')),
        new Chart(this.departmentCanvas().nativeElement, this.bar(series.department, 'y')),
        new Chart(this.categoryCanvas().nativeElement, this.doughnut(series.category)),
      ];
    });
    inject(DestroyRef).onDestroy(() => this.destroyCharts());
  }

  private destroyCharts(): void {
    for (const c of this.charts) c.destroy();
    this.charts = [];
  }

  private bar(s: SpendSeries, indexAxis: 'x' | 'y'): ChartConfiguration<'bar'> {
    const valueAxis = indexAxis === 'x' ? 'y' : 'x';
    return {
      type: 'bar',
      data: { labels: s.labels, datasets: [{ data: s.yuan, backgroundColor: PALETTE.slice(0, s.labels.length) }] },
      options: {
        indexAxis,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: false }, tooltip: { callbacks: { label: (c) => yuanTick(c.parsed[valueAxis] ?? 0) } } },
        scales: { [valueAxis]: { beginAtZero: true, ticks: { callback: yuanTick } } },
      },
    };
  }

  private doughnut(s: SpendSeries): ChartConfiguration<'doughnut'> {
    return {
      type: 'doughnut',
      data: { labels: s.labels, datasets: [{ data: s.yuan, backgroundColor: PALETTE.slice(0, s.labels.length) }] },
      options: {
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { position: 'bottom' }, tooltip: { callbacks: { label: (c) => `${c.label}: ${yuanTick(c.parsed)}` } } },
      },
    };
  }
}
