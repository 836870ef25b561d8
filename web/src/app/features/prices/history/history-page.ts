import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, FormControl } from '@angular/forms';
import { MatAutocompleteModule, type MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { type PageEvent } from '@angular/material/paginator';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { BUYING_UNIT_LABELS, ITEM_CATEGORY_INFO, PLATFORM_LABELS, localName } from '@portal/domain';
import { catchError, debounceTime, distinctUntilChanged, filter, map, of, switchMap, tap } from 'rxjs';
import { AppDatePipe } from '../../../core/i18n/app-date.pipe';
import { I18n } from '../../../core/i18n/i18n';
import { Notify } from '../../../core/notify';
import { toldOnError } from '../../../shared/load-latest';
import { recentMonths, thisMonth } from '../price-scope';
import { PricesApi, type AlertsPage, type History, type Item, type PriceAlert } from '../prices.api';
import { PRICE_TABLE_IMPORTS, PRICE_TABLE_PROVIDERS } from '../prices-page-imports';
import { PRICES_TEXT } from '../prices.text';
import { historyChartData, historyTable } from './history-chart-data';
import { PriceChart } from './price-chart';

/** 物资价格走势: one item's prices by shop and month (chart and table), and the month's price alerts. */
@Component({
  selector: 'app-history-page',
  imports: [AppDatePipe, PRICE_TABLE_IMPORTS, RouterLink, MatAutocompleteModule, PriceChart],
  providers: PRICE_TABLE_PROVIDERS,
  templateUrl: './history-page.html',
  styleUrls: ['../prices-list.scss', './history-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HistoryPage {
  private readonly api = inject(PricesApi);
  private readonly notify = inject(Notify);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly i18n = inject(I18n);
  protected readonly text = PRICES_TEXT;
  protected readonly platformLabels = PLATFORM_LABELS;
  protected readonly unitLabels = BUYING_UNIT_LABELS;
  protected readonly categoryInfo = ITEM_CATEGORY_INFO;
  protected readonly months = recentMonths(24);

  protected readonly search = new FormControl<string | Item>('', { nonNullable: true });
  protected readonly options = signal<Item[]>([]);
  protected readonly loading = signal(false);
  protected readonly history = signal<History | null>(null);
  private readonly itemId = toSignal(this.route.paramMap.pipe(map((p) => (p.get('itemId') ? Number(p.get('itemId')) : null))), { initialValue: null });

  protected readonly chartData = computed(() => {
    const h = this.history();
    return h ? historyChartData(h, this.i18n.lang(), this.i18n.t(PRICES_TEXT.lowestLine)) : null;
  });
  protected readonly table = computed(() => {
    const h = this.history();
    return h ? historyTable(h) : [];
  });
  protected readonly tableColumns = computed(() => ['month', ...(this.history()?.series ?? []).map((s) => `s${s.supplierId}`), 'lowest']);

  protected readonly alertForm = inject(FormBuilder).nonNullable.group({ threshold: '10', month: thisMonth() });
  protected readonly alertPage = signal(0);
  protected readonly alerts = signal<AlertsPage | null>(null);
  protected readonly alertRows = computed<PriceAlert[]>(() => this.alerts()?.items ?? []);
  protected readonly alertColumns = ['item', 'shop', 'previous', 'latest', 'change'];
  private readonly alertQuery = signal({ threshold: '10', month: thisMonth() });

  constructor() {
    this.search.valueChanges
      .pipe(
        filter((v): v is string => typeof v === 'string'),
        debounceTime(250),
        distinctUntilChanged(),
        switchMap((q) => this.api.items({ q, active: true, page: 1, pageSize: 20 }).pipe(catchError(() => of({ items: [], total: 0 })))),
        takeUntilDestroyed(),
      )
      .subscribe((p) => this.options.set(p.items));
    this.search.setValue('');

    toObservable(this.itemId)
      .pipe(
        tap((id) => {
          if (id === null) this.history.set(null);
        }),
        filter((id): id is number => id !== null),
        tap(() => this.loading.set(true)),
        switchMap((id) => this.api.history(id).pipe(toldOnError(this.notify))),
        takeUntilDestroyed(),
      )
      .subscribe((h) => {
        this.loading.set(false);
        this.history.set(h);
        if (h) this.search.setValue(h.item, { emitEvent: false });
      });

    this.alertForm.valueChanges.pipe(debounceTime(300), takeUntilDestroyed()).subscribe(() => {
      const v = this.alertForm.getRawValue();
      if (!/^\d{1,4}(\.\d{1,2})?$/.test(v.threshold.trim()) || Number(v.threshold) <= 0) return;
      this.alertQuery.set({ threshold: v.threshold.trim(), month: v.month });
      this.alertPage.set(0);
    });
    toObservable(computed(() => ({ ...this.alertQuery(), page: this.alertPage() + 1, pageSize: 10 })))
      .pipe(
        switchMap((q) => this.api.alerts(q).pipe(toldOnError(this.notify))),
        takeUntilDestroyed(),
      )
      .subscribe((a) => this.alerts.set(a));
  }

  protected readonly itemLabel = (i: Item | string | null): string => (i && typeof i === 'object' ? `${i.code} ${localName(this.i18n.lang(), i.name, i.nameEn)}` : (i ?? ''));

  protected picked(e: MatAutocompleteSelectedEvent): void {
    const item = e.option.value as Item;
    void this.router.navigate(this.itemId() === null ? [item.id] : ['..', item.id], { relativeTo: this.route });
  }

  protected supplierHead(i: number): string {
    const s = this.history()!.series[i];
    return `${this.i18n.t(PLATFORM_LABELS[s.platform])} · ${s.shopName}`;
  }

  protected change(bp: number): string {
    return `${bp > 0 ? '+' : ''}${(bp / 100).toFixed(1)}%`;
  }

  /** From /prices/history or /prices/history/:id alike. */
  protected itemIdLink(id: number): unknown[] {
    return this.itemId() === null ? [id] : ['..', id];
  }

  protected onAlertPage(e: PageEvent): void {
    this.alertPage.set(e.pageIndex);
  }
}
