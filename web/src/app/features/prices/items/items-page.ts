import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormBuilder } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { BUYING_UNIT_LABELS, BUYING_UNITS, categoriesOf, ITEM_CATEGORIES, ITEM_CATEGORY_INFO, type BuyingUnit, type ItemCategory } from '@portal/domain';
import { COMMON } from '../../../core/i18n/text';
import { rowEdits } from '../../../shared/row-edits';
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

  private readonly edits = rowEdits<Item>({
    rows: this.list,
    params: (i) => ({ code: i.code, name: i.name }),
    staleText: PRICES_TEXT.stale,
    fetch: (i) => this.api.item(i.id),
  });

  protected readonly trackById = (_: number, i: Item) => i.id;

  protected create(): void {
    this.edits.created(ItemDialog.open(this.edits.dialog, { units: this.scope.editableUnits() }), PRICES_TEXT.itemCreated);
  }

  protected edit(i: Item): void {
    this.edits.edited(i, ItemDialog.open(this.edits.dialog, { item: i, units: this.scope.editableUnits() }), PRICES_TEXT.itemSaved);
  }

  /** Taking an item back needs no question; putting it away does (its prices stop being collected). */
  protected setActive(i: Item, active: boolean): void {
    this.edits.setActive(i, active, () => this.api.updateItem(i.id, { version: i.version, active }), {
      on: { done: PRICES_TEXT.itemReactivated },
      off: { ask: { title: PRICES_TEXT.deactivateItemTitle, message: PRICES_TEXT.deactivateItemMessage, confirm: PRICES_TEXT.deactivate }, done: PRICES_TEXT.itemDeactivated },
    });
  }
}
