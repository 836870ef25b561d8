import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormBuilder } from '@angular/forms';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import { BUYING_UNIT_LABELS, BUYING_UNITS, categoriesOf, ITEM_CATEGORIES, ITEM_CATEGORY_INFO, type BuyingUnit, type ItemCategory } from '@portal/domain';
import { COMMON } from '../../../core/i18n/text';
import { toProblem } from '../../../core/http/problem';
import { Notify } from '../../../core/notify';
import { ConfirmDialog } from '../../../shared/confirm-dialog';
import { isStaleVersion } from '../../../shared/server-errors';
import { LIST_PAGE_IMPORTS } from '../../../shared/list-frame/list-page';
import { filterOptions } from '../../../shared/list-frame/select-filter';
import { serverList } from '../../../shared/server-list';
import { PriceScope } from '../price-scope';
import { PricesApi, type Item } from '../prices.api';
import { PRICES_TEXT } from '../prices.text';
import { ItemDialog } from './item-dialog';

interface Filter {
  q: string;
  buyingUnit: BuyingUnit | null;
  category: ItemCategory | null;
  active: 'true' | 'false' | null;
}
const NO_FILTER: Filter = { q: '', buyingUnit: null, category: null, active: 'true' };

/** 物资: both units' items, searched and paged on the server; the clerk keeps those of their own unit. */
@Component({
  selector: 'app-items-page',
  imports: [LIST_PAGE_IMPORTS, RouterLink],
  templateUrl: './items-page.html',
  styleUrl: '../prices-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ItemsPage {
  private readonly api = inject(PricesApi);
  private readonly dialog = inject(MatDialog);
  private readonly notify = inject(Notify);
  protected readonly scope = inject(PriceScope);
  protected readonly text = PRICES_TEXT;
  protected readonly common = COMMON;
  protected readonly unitOptions = filterOptions(BUYING_UNITS, BUYING_UNIT_LABELS);
  protected readonly activeOptions = filterOptions(['true', 'false'], { true: COMMON.active, false: COMMON.inactive });
  protected readonly unitLabels = BUYING_UNIT_LABELS;
  protected readonly categoryInfo = ITEM_CATEGORY_INFO;
  protected readonly columns = ['code', 'name', 'category', 'buyingUnit', 'stockOnHand', 'status', 'actions'];

  protected readonly filters = inject(FormBuilder).nonNullable.group<Filter>(NO_FILTER);
  protected readonly list = serverList<Item, Filter>({
    filters: this.filters,
    sort: { active: 'code', direction: 'asc' },
    pageSize: 20,
    load: (f, paging) =>
      this.api.items({ q: f.q, buyingUnit: f.buyingUnit, category: f.category, active: f.active === null ? null : f.active === 'true', ...paging }),
    accept: (f) => {
      // A category the chosen buying unit does not buy is cleared; that change comes back here.
      if (f.buyingUnit && f.category && ITEM_CATEGORY_INFO[f.category].unit !== f.buyingUnit) {
        this.filters.controls.category.setValue(null);
        return false;
      }
      return true;
    },
  });
  protected readonly categoryOptions = computed(() =>
    filterOptions(this.list.filter().buyingUnit ? categoriesOf(this.list.filter().buyingUnit!) : ITEM_CATEGORIES, ITEM_CATEGORY_INFO),
  );

  protected readonly trackById = (_: number, i: Item) => i.id;

  protected create(): void {
    ItemDialog.open(this.dialog, { units: this.scope.editableUnits() }).subscribe((item) => {
      if (!item || item === 'stale') return;
      this.notify.ok(PRICES_TEXT.itemCreated, { code: item.code });
      this.list.reload();
    });
  }

  protected edit(i: Item): void {
    ItemDialog.open(this.dialog, { item: i, units: this.scope.editableUnits() }).subscribe((item) => {
      if (item === 'stale') return this.stale(i);
      if (!item) return;
      this.list.replace(item);
      this.notify.ok(PRICES_TEXT.itemSaved, { code: item.code });
    });
  }

  protected setActive(i: Item, active: boolean): void {
    const go = () =>
      this.api.updateItem(i.id, { version: i.version, active }).subscribe({
        next: (item) => {
          this.list.replace(item);
          this.notify.ok(active ? PRICES_TEXT.itemReactivated : PRICES_TEXT.itemDeactivated, { code: item.code });
        },
        error: (err: unknown) => (isStaleVersion(toProblem(err)) ? this.stale(i) : this.notify.error(err)),
      });
    if (active) return void go();
    ConfirmDialog.ask(this.dialog, {
      title: PRICES_TEXT.deactivateItemTitle,
      message: PRICES_TEXT.deactivateItemMessage,
      params: { code: i.code, name: i.name },
      confirm: PRICES_TEXT.deactivate,
      danger: true,
    }).subscribe((ok) => ok && go());
  }

  private stale(i: Item): void {
    this.notify.ok(PRICES_TEXT.stale, { name: i.name });
    this.list.refresh(this.api.item(i.id));
  }
}
