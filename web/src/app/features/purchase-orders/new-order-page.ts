import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import {
  aboveLowestBp,
  calendarDay,
  formatFen,
  lineAmountFen,
  ORDER_PLATFORMS,
  parseYuan,
  PLATFORM_LABELS,
  priceNeedsReason,
  quantityProblem,
  withinApproved,
  type OrderPlatform,
} from '@portal/domain';
import { toProblem } from '../../core/http/problem';
import { provideAppDayAdapter } from '../../core/i18n/app-day-adapter';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { Notify } from '../../core/notify';
import { LocalNamePipe } from '../../shared/local-name.pipe';
import { FenPipe } from '../../shared/money.pipe';
import { PurchaseOrdersApi, type OrderablePlanLine, type OrderablePlans, type SupplierOption } from './purchase-orders.api';
import { PURCHASE_ORDERS_TEXT } from './purchase-orders.text';

/** What the clerk types for one plan line; the figures are checked as typed and again by the API. */
export interface LineDraft {
  include: boolean;
  quantity: string;
  price: string;
  reason: string;
}

/** A line's state as typed: its amount, whether its price needs a reason, and what is wrong with it. */
export function lineCheck(line: OrderablePlanLine, d: LineDraft, toleranceBp: number) {
  const quantity = Number(d.quantity);
  const priceFen = parseYuan(d.price);
  const qtyProblem = !d.quantity.trim() || quantityProblem(line.item.uom, quantity) ? 'quantity' : !withinApproved(line.approved, line.ordered, quantity) ? 'over' : null;
  const priceProblem = priceFen === null || priceFen <= 0 ? 'price' : null;
  const needsReason = priceFen !== null && priceNeedsReason(priceFen, line.lowest?.priceFen ?? null, toleranceBp);
  const abovePct = priceFen !== null && line.lowest ? ((aboveLowestBp(priceFen, line.lowest.priceFen) ?? 0) / 100).toFixed(2) : null;
  const amountFen = !qtyProblem && priceFen !== null ? lineAmountFen(quantity, priceFen) : 0;
  const reasonProblem = needsReason && !d.reason.trim() ? 'reason' : null;
  return { quantity, priceFen, amountFen, needsReason, abovePct, problem: qtyProblem ?? priceProblem ?? reasonProblem };
}

/**
 * 登记网购订单: the clerk picks lines of an approved plan with what each may still take, types what
 * the platform charged, and gives a reason where a price is more than the tolerance above the lowest
 * price of the month in the price database. The API checks everything again.
 */
@Component({
  selector: 'app-new-order-page',
  imports: [
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TrPipe,
    FenPipe,
    LocalNamePipe,
  ],
  providers: [provideAppDayAdapter()],
  templateUrl: './new-order-page.html',
  styleUrl: './order-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewOrderPage {
  private readonly api = inject(PurchaseOrdersApi);
  private readonly notify = inject(Notify);
  private readonly router = inject(Router);
  protected readonly text = PURCHASE_ORDERS_TEXT;
  protected readonly platforms = ORDER_PLATFORMS;
  protected readonly platformLabels = PLATFORM_LABELS;
  protected readonly today = calendarDay(new Date());
  /** Drawn once per form: a retried save after a lost answer records the order once. */
  private readonly key = crypto.randomUUID();

  protected readonly orderedOn = signal(this.today);
  protected readonly orderable = signal<OrderablePlans | null>(null);
  protected readonly suppliers = signal<SupplierOption[]>([]);
  protected readonly planId = signal<number | null>(null);
  protected readonly platform = signal<OrderPlatform>('jd');
  protected readonly platformName = signal('');
  /** A supplier id, or 'new' to create one on the spot. */
  protected readonly supplier = signal<number | 'new' | null>(null);
  protected readonly newSupplierName = signal('');
  protected readonly shop = signal('');
  protected readonly platformOrderNo = signal('');
  protected readonly freight = signal('0');
  protected readonly discount = signal('0');
  protected readonly note = signal('');
  protected readonly drafts = signal<Record<number, LineDraft>>({});
  protected readonly busy = signal(false);
  protected readonly tried = signal(false);
  protected readonly serverErrors = signal<Record<string, string>>({});

  protected readonly plan = computed(() => this.orderable()?.plans.find((p) => p.id === this.planId()) ?? null);
  protected readonly tolerance = computed(() => this.orderable()?.toleranceBp ?? 1000);
  protected readonly platformSuppliers = computed(() => this.suppliers().filter((s) => s.platform === this.platform()));
  protected readonly checks = computed(() => {
    const drafts = this.drafts();
    return (this.plan()?.lines ?? []).map((line) => {
      const d = drafts[line.planLineId] ?? { include: false, quantity: '', price: '', reason: '' };
      return { line, draft: d, check: lineCheck(line, d, this.tolerance()) };
    });
  });
  protected readonly picked = computed(() => this.checks().filter((c) => c.draft.include));
  protected readonly goodsFen = computed(() => this.picked().reduce((s, c) => s + c.check.amountFen, 0));
  protected readonly totalFen = computed(() => this.goodsFen() + (parseYuan(this.freight()) ?? 0) - (parseYuan(this.discount()) ?? 0));
  protected readonly valid = computed(
    () =>
      !!this.plan() &&
      this.picked().length > 0 &&
      this.picked().every((c) => !c.check.problem) &&
      !!this.platformOrderNo().trim() &&
      (this.platform() !== 'other' || !!this.platformName().trim()) &&
      (this.supplier() === 'new' ? !!this.newSupplierName().trim() : this.supplier() !== null) &&
      parseYuan(this.freight()) !== null &&
      parseYuan(this.discount()) !== null &&
      this.totalFen() >= 0,
  );

  constructor() {
    this.api.suppliers().subscribe({ next: (r) => this.suppliers.set(r.items), error: (e) => this.notify.error(e) });
    // The lowest prices are the month's of the order date: a new date asks again.
    effect(() => {
      const on = this.orderedOn();
      untracked(() =>
        this.api.orderable(on).subscribe({
          next: (o) => {
            this.orderable.set(o);
            if (!o.plans.some((p) => p.id === this.planId())) this.pickPlan(o.plans[0]?.id ?? null);
          },
          error: (e) => this.notify.error(e),
        }),
      );
    });
  }

  protected pickPlan(id: number | null): void {
    this.planId.set(id);
    const plan = this.orderable()?.plans.find((p) => p.id === id);
    const drafts: Record<number, LineDraft> = {};
    // Each line starts with all it may still take, at the lowest price of the month (or the plan's estimate).
    for (const l of plan?.lines ?? []) {
      const price = l.lowest?.priceFen ?? l.estUnitPriceFen;
      drafts[l.planLineId] = { include: false, quantity: String(l.orderable), price: price ? formatFen(price).replace(/,/g, '') : '', reason: '' };
    }
    this.drafts.set(drafts);
  }

  protected pickSupplier(id: number | 'new' | null): void {
    this.supplier.set(id);
    const s = this.suppliers().find((x) => x.id === id);
    if (s && !this.shop().trim()) this.shop.set(s.shopName);
  }

  protected edit(planLineId: number, patch: Partial<LineDraft>): void {
    this.drafts.update((all) => ({ ...all, [planLineId]: { ...all[planLineId], ...patch } }));
  }

  /** What the API said about a picked line's field (lines.N.field, N counting picked lines only). */
  protected serverError(planLineId: number, field: 'quantity' | 'unitPriceFen' | 'priceReason'): string | null {
    const i = this.picked().findIndex((p) => p.line.planLineId === planLineId);
    return i >= 0 ? (this.serverErrors()[`lines.${i}.${field}`] ?? null) : null;
  }

  protected save(): void {
    this.tried.set(true);
    if (!this.valid() || this.busy()) return;
    const supplier = this.supplier();
    this.busy.set(true);
    this.serverErrors.set({});
    this.api
      .create(
        {
          planId: this.planId()!,
          platform: this.platform(),
          ...(this.platform() === 'other' ? { platformName: this.platformName().trim() } : {}),
          shop: this.shop().trim(),
          ...(supplier === 'new' ? { newSupplier: { shopName: this.newSupplierName().trim() } } : { supplierId: supplier! }),
          platformOrderNo: this.platformOrderNo().trim(),
          orderedOn: this.orderedOn(),
          lines: this.picked().map((c) => ({
            planLineId: c.line.planLineId,
            quantity: c.check.quantity,
            unitPriceFen: c.check.priceFen!,
            ...(c.draft.reason.trim() ? { priceReason: c.draft.reason.trim() } : {}),
          })),
          freightFen: parseYuan(this.freight())!,
          discountFen: parseYuan(this.discount())!,
          totalFen: this.totalFen(),
          note: this.note().trim(),
        },
        this.key,
      )
      .subscribe({
        next: (o) => {
          this.notify.ok(this.text.saved, { number: o.number });
          void this.router.navigate(['/purchase-orders', o.id]);
        },
        error: (e) => {
          this.busy.set(false);
          const p = toProblem(e);
          const errors: Record<string, string> = {};
          for (const x of p.errors ?? []) errors[x.path] ??= x.message;
          this.serverErrors.set(errors);
          this.notify.error(e);
        },
      });
  }
}
