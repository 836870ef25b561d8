import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, type Signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { FormBuilder } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { type PageEvent } from '@angular/material/paginator';
import { MatTooltipModule } from '@angular/material/tooltip';
import { MatDatepickerModule } from '@angular/material/datepicker';
import {
  addDays,
  BUYING_UNIT_LABELS,
  BUYING_UNITS,
  calendarDay,
  formatFen,
  monthRange,
  parseImportPrice,
  PLATFORM_LABELS,
  type BuyingUnit,
} from '@portal/domain';
import { combineLatest } from 'rxjs';
import { AppDatePipe } from '../../../core/i18n/app-date.pipe';
import { provideAppDayAdapter } from '../../../core/i18n/app-day-adapter';
import { I18n } from '../../../core/i18n/i18n';
import { COMMON } from '../../../core/i18n/text';
import { toProblem } from '../../../core/http/problem';
import { Notify } from '../../../core/notify';
import { loadLatest } from '../../../shared/load-latest';
import { PriceScope, recentMonths, thisMonth } from '../price-scope';
import { PricesApi, type Collection, type CollectionItem, type Observation, type Supplier } from '../prices.api';
import { PRICE_TABLE_IMPORTS, PRICE_TABLE_PROVIDERS } from '../prices-page-imports';
import { PRICES_TEXT } from '../prices.text';
import { CorrectDialog } from './correct-dialog';

/** The day a new price of `month` is dated by default: today in the current month, else the month's last day. */
export function defaultEntryDay(month: string, today = calendarDay(new Date())): string {
  if (today.startsWith(month)) return today;
  return addDays(monthRange(month).until, -1);
}

/**
 * 价格录入: the monthly collection of one buying unit — the items still without a
 * price this month, n of m done — with a one-line entry per item (shop, price,
 * Enter), and the month's recorded prices with their corrections.
 */
@Component({
  selector: 'app-collection-page',
  imports: [PRICE_TABLE_IMPORTS, AppDatePipe, MatCheckboxModule, MatTooltipModule, MatDatepickerModule],
  // The entry day's picker speaks the app's language and keeps the API's YYYY-MM-DD.
  providers: [PRICE_TABLE_PROVIDERS, provideAppDayAdapter()],
  templateUrl: './collection-page.html',
  styleUrls: ['../prices-list.scss', './collection-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CollectionPage {
  private readonly api = inject(PricesApi);
  private readonly dialog = inject(MatDialog);
  private readonly notify = inject(Notify);
  private readonly i18n = inject(I18n);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly scope = inject(PriceScope);
  protected readonly text = PRICES_TEXT;
  protected readonly common = COMMON;
  protected readonly unitLabels = BUYING_UNIT_LABELS;
  protected readonly units = BUYING_UNITS;
  protected readonly months = recentMonths(12);
  protected readonly today = calendarDay(new Date());

  protected readonly picks = inject(FormBuilder).nonNullable.group({ unit: this.scope.homeUnit(), month: thisMonth() });
  protected readonly unit = signal<BuyingUnit>(this.scope.homeUnit());
  protected readonly month = signal(thisMonth());
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(20);
  private readonly reloads = signal(0);
  protected readonly loading: Signal<boolean>;
  protected readonly collection = signal<Collection | null>(null);
  protected readonly rows = computed<CollectionItem[]>(() => this.collection()?.items ?? []);
  protected readonly suppliers = signal<Supplier[]>([]);
  protected readonly recent = signal<Observation[]>([]);
  protected readonly saving = signal<number | null>(null);
  protected readonly rowErrors = signal<Record<number, string>>({});
  protected readonly canEdit = computed(() => this.scope.canEditUnit(this.unit()));
  protected readonly percent = computed(() => {
    const p = this.collection()?.progress;
    return p && p.total > 0 ? (100 * p.priced) / p.total : 0;
  });
  protected readonly entryDay = computed(() => defaultEntryDay(this.month(), this.today));
  protected readonly columns = computed(() => (this.canEdit() ? ['item', 'last', 'entry'] : ['item', 'last']));
  protected readonly recentColumns = ['observedOn', 'item', 'shop', 'price', 'recordedBy', 'actions'];

  constructor() {
    // The clerk's own unit once the scope is known (the page may open before it arrives).
    toObservable(this.scope.homeUnit)
      .pipe(takeUntilDestroyed())
      .subscribe((u) => this.picks.controls.unit.setValue(u));
    this.picks.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      const v = this.picks.getRawValue();
      this.unit.set(v.unit);
      this.month.set(v.month);
      this.pageIndex.set(0);
    });
    this.api.suppliers({ active: true, sort: 'platform', page: 1, pageSize: 100 }).subscribe({
      next: (p) => this.suppliers.set(p.items),
      error: (err: unknown) => this.notify.error(err),
    });
    const query = computed(() => {
      this.reloads();
      return { unit: this.unit(), month: this.month(), page: this.pageIndex() + 1, pageSize: this.pageSize() };
    });
    this.loading = loadLatest(
      query,
      (q) => {
        const range = monthRange(q.month);
        return combineLatest([
          this.api.collection(q.unit, q.month, { page: q.page, pageSize: q.pageSize }),
          this.api.observations({ buyingUnit: q.unit, from: range.from, to: addDays(range.until, -1), sort: '-recordedAt', page: 1, pageSize: 10 }),
        ]);
      },
      ([collection, recent]) => {
        this.collection.set(collection);
        this.recent.set(recent.items);
      },
    ).loading;
  }

  protected readonly trackById = (_: number, i: { id: number }) => i.id;

  protected onPage(e: PageEvent): void {
    this.pageIndex.set(e.pageIndex);
    this.pageSize.set(e.pageSize);
  }

  protected supplierLabel(s: Supplier): string {
    return `${this.i18n.t(PLATFORM_LABELS[s.platform])} · ${s.shopName}`;
  }

  /** Records one price; on success the item leaves the list and the cursor goes to the next item's price. */
  protected record(item: CollectionItem, index: number, supplierId: number | null, priceText: string, day: string, inStock: boolean): void {
    if (this.saving() !== null) return;
    const priceFen = parseImportPrice(priceText);
    const problem = !supplierId ? this.i18n.t(PRICES_TEXT.supplier) + ' · ' + this.i18n.t(COMMON.required) : priceFen === null ? this.i18n.t(PRICES_TEXT.badPrice) : null;
    this.setRowError(item.id, problem);
    if (problem) return;
    this.saving.set(item.id);
    this.api.record({ itemId: item.id, supplierId: supplierId!, priceFen: priceFen!, observedOn: day, inStock }).subscribe({
      next: (o) => {
        this.saving.set(null);
        this.notify.ok(PRICES_TEXT.recorded, { code: item.code, price: '¥' + formatFen(o.priceFen) });
        this.recent.update((r) => [o, ...r].slice(0, 10));
        // Priced in this month? It leaves the to-do list and counts towards progress.
        if (o.observedOn.startsWith(this.month())) {
          this.collection.update((c) =>
            c ? { ...c, items: c.items.filter((i) => i.id !== item.id), total: c.total - 1, progress: { ...c.progress, priced: c.progress.priced + 1 } } : c,
          );
          setTimeout(() => this.focusPrice(index));
        }
      },
      error: (err: unknown) => {
        this.saving.set(null);
        const p = toProblem(err);
        this.setRowError(item.id, p.errors?.[0]?.message ?? p.detail ?? this.i18n.t(COMMON.networkError));
      },
    });
  }

  protected correct(o: Observation): void {
    CorrectDialog.open(this.dialog, o).subscribe((n) => {
      if (!n) return;
      this.notify.ok(PRICES_TEXT.corrected);
      this.reloads.update((x) => x + 1);
    });
  }

  protected supplierName(o: Observation): string {
    return `${this.i18n.t(PLATFORM_LABELS[o.platform])} · ${o.shopName}`;
  }

  private setRowError(id: number, message: string | null): void {
    this.rowErrors.update((e) => {
      const next = { ...e };
      if (message) next[id] = message;
      else delete next[id];
      return next;
    });
  }

  private focusPrice(index: number): void {
    const inputs = this.host.nativeElement.querySelectorAll<HTMLInputElement>('input.entry-price');
    (inputs[Math.min(index, inputs.length - 1)] ?? null)?.focus();
  }
}
