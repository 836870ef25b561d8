import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { addMonths, BUYING_UNITS, BUYING_UNIT_LABELS, isBuyingUnit, parseMonth, type BuyingUnit } from '@portal/domain';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { I18n } from '../../core/i18n/i18n';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { Notify } from '../../core/notify';
import { loadLatest } from '../../shared/load-latest';
import { FenPipe } from '../../shared/money.pipe';
import { thisMonth } from '../prices/price-scope';
import { keeperUnit } from './keeper-unit';
import { PlanChip } from './plan-status';
import { PlanView } from './plan-view';
import { PurchasePlansApi, type PlanConsolidation } from './purchase-plans.api';
import { PURCHASE_PLANS_TEXT } from './purchase-plans.text';

/**
 * A buying unit's month before its plan exists: every approved department request of the
 * month consolidated live (grouped by item, netted against today's stock, priced, with the
 * budgets), read-only. The unit's clerk opens the plan from here; once it exists the page
 * leads to it. Any reader may look at either unit and step through the months.
 */
@Component({
  selector: 'app-month-page',
  imports: [AppDatePipe, RouterLink, MatButtonModule, MatButtonToggleModule, MatIconModule, MatProgressBarModule, TrPipe, FenPipe, PlanChip, PlanView],
  templateUrl: './month-page.html',
  styleUrl: './month-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MonthPage {
  readonly unit = input.required<string>();
  readonly month = input.required<string>();

  private readonly api = inject(PurchasePlansApi);
  private readonly router = inject(Router);
  private readonly notify = inject(Notify);
  private readonly i18n = inject(I18n);
  protected readonly text = PURCHASE_PLANS_TEXT;
  protected readonly units = BUYING_UNITS;
  protected readonly unitLabels = BUYING_UNIT_LABELS;
  protected readonly keeper = keeperUnit();
  protected readonly opening = signal(false);

  /** The URL's unit and month, or this month of 办公室 for anything the API would refuse. */
  protected readonly shown = computed(() => {
    const unit: BuyingUnit = isBuyingUnit(this.unit()) ? (this.unit() as BuyingUnit) : 'OFFICE';
    return { unit, month: parseMonth(this.month()) ?? thisMonth(), lang: this.i18n.lang() };
  });
  protected readonly consolidation = signal<PlanConsolidation | null>(null);
  protected readonly load = loadLatest(this.shown, (q) => this.api.consolidation(q.unit, q.month), (c) => this.consolidation.set(c));

  /** The answer for the unit and month shown, never the one before while the next loads. */
  protected readonly current = computed(() => {
    const c = this.consolidation();
    const q = this.shown();
    return c && c.unit.code === q.unit && c.month === q.month ? c : null;
  });
  protected readonly canOpen = computed(() => this.keeper() === this.shown().unit && !!this.current() && !this.current()!.plan);

  protected go(unit: BuyingUnit, month: string): void {
    void this.router.navigate(['/purchase-plans', unit, month]);
  }

  protected step(by: number): void {
    this.go(this.shown().unit, addMonths(this.shown().month, by));
  }

  protected open(): void {
    if (this.opening()) return;
    const { unit, month } = this.shown();
    this.opening.set(true);
    this.api.open(unit, month).subscribe({
      next: (plan) => {
        this.opening.set(false);
        this.notify.ok(this.text.opened, { number: plan.number });
        void this.router.navigate(['/purchase-plans', plan.id]);
      },
      error: (err: unknown) => {
        this.opening.set(false);
        this.notify.error(err);
      },
    });
  }
}
