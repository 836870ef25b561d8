import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormBuilder } from '@angular/forms';
import { type PageEvent } from '@angular/material/paginator';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import {
  BUYING_UNIT_LABELS,
  BUYING_UNITS,
  categoriesOf,
  ITEM_CATEGORIES,
  ITEM_CATEGORY_INFO,
  PLATFORM_LABELS,
  PLATFORMS,
  SUPPLIER_STANDING_LABELS,
  type BuyingUnit,
  type ItemCategory,
  type Platform,
} from '@portal/domain';
import { debounce, map, timer } from 'rxjs';
import { I18n } from '../../../core/i18n/i18n';
import { fileDownloads } from '../../../shared/download';
import { filterOptions } from '../../../shared/list-frame/select-filter';
import { loadLatest } from '../../../shared/load-latest';
import { formatIn } from '../../../core/i18n/dates';
import { recentMonths, thisMonth } from '../price-scope';
import { PRICE_TABLE_IMPORTS, PRICE_TABLE_PROVIDERS } from '../prices-page-imports';
import { PricesApi, type Matrix, type MatrixCell, type MatrixQuery, type PriceSupplier } from '../prices.api';
import { PRICES_TEXT } from '../prices.text';
import { matrixGrid, supplierColumn, type GridRow } from './matrix-grid';

interface Filter {
  q: string;
  month: string;
  buyingUnit: BuyingUnit | null;
  category: ItemCategory | null;
  platform: Platform | null;
}

/** 比价矩阵: items down, suppliers across, the month's latest price per cell, the row's lowest in green. */
@Component({
  selector: 'app-matrix-page',
  imports: [PRICE_TABLE_IMPORTS, RouterLink, MatTooltipModule],
  providers: PRICE_TABLE_PROVIDERS,
  templateUrl: './matrix-page.html',
  styleUrl: './matrix-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MatrixPage {
  private readonly api = inject(PricesApi);
  protected readonly i18n = inject(I18n);
  protected readonly text = PRICES_TEXT;
  protected readonly platformLabels = PLATFORM_LABELS;
  protected readonly standingLabels = SUPPLIER_STANDING_LABELS;
  // 2026年11月 / Nov 2026, in the app's language like every month picker.
  protected readonly monthOptions = recentMonths(24).map((m) => ({ value: m, label: { zh: formatIn('zh', m, 'month'), en: formatIn('en', m, 'month') } }));
  protected readonly unitOptions = filterOptions(BUYING_UNITS, BUYING_UNIT_LABELS);
  protected readonly platformOptions = filterOptions(PLATFORMS, PLATFORM_LABELS);
  protected readonly pageSizes = [20, 50, 100];

  private readonly initial: Filter = { q: '', month: thisMonth(), buyingUnit: null, category: null, platform: null };
  protected readonly filters = inject(FormBuilder).nonNullable.group<Filter>(this.initial);
  private readonly filter = signal<Filter>(this.initial);
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(50);
  private readonly downloads = fileDownloads<'xlsx'>();
  protected readonly exporting = computed(() => this.downloads.busy() !== null);
  protected readonly matrix = signal<Matrix | null>(null);

  protected readonly categoryOptions = computed(() => {
    const unit = this.filter().buyingUnit;
    return filterOptions(unit ? categoriesOf(unit) : ITEM_CATEGORIES, ITEM_CATEGORY_INFO);
  });
  protected readonly suppliers = computed<PriceSupplier[]>(() => this.matrix()?.suppliers ?? []);
  protected readonly rows = computed<GridRow[]>(() => {
    const m = this.matrix();
    return m ? matrixGrid(m) : [];
  });
  protected readonly supplierColumns = computed(() => this.suppliers().map((s) => supplierColumn(s.id)));
  protected readonly columns = computed(() => ['item', ...this.supplierColumns(), 'lowest', 'spread']);

  private readonly query = computed<MatrixQuery>(() => ({ ...this.filter(), page: this.pageIndex() + 1, pageSize: this.pageSize() }));
  protected readonly loading = loadLatest(this.query, (q) => this.api.matrix(q), (m) => this.matrix.set(m)).loading;

  constructor() {
    this.filters.valueChanges
      .pipe(
        map(() => this.filters.getRawValue()),
        debounce((f) => timer(f.q !== this.filter().q ? 300 : 0)),
        takeUntilDestroyed(),
      )
      .subscribe((f) => {
        // A category of the other unit cannot match: drop it when the unit changes.
        if (f.buyingUnit && f.category && ITEM_CATEGORY_INFO[f.category].unit !== f.buyingUnit) {
          this.filters.controls.category.setValue(null);
          return;
        }
        this.filter.set({ ...f, q: f.q.trim() });
        this.pageIndex.set(0);
      });
  }

  protected supplierLabel(s: PriceSupplier): string {
    return `${this.i18n.t(PLATFORM_LABELS[s.platform])} · ${s.shopName}`;
  }

  protected cellTip(c: MatrixCell): string {
    return this.i18n.t(PRICES_TEXT.cellTip, { date: c.observedOn, stock: c.inStock ? '' : this.i18n.t(PRICES_TEXT.stockNote) });
  }

  protected readonly trackRow = (_: number, r: GridRow) => r.id;

  protected spreadPercent(bp: number | null): string {
    return bp === null ? '' : `${(bp / 100).toFixed(1)}%`;
  }

  protected onPage(e: PageEvent): void {
    this.pageIndex.set(e.pageIndex);
    this.pageSize.set(e.pageSize);
  }

  protected exportXlsx(): void {
    const { q, month, buyingUnit, category, platform } = this.filter();
    this.downloads.start('xlsx', this.api.exportMatrix({ q, month, buyingUnit, category, platform }));
  }
}
