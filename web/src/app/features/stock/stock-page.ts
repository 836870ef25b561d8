import { LocalNamePipe } from '../../shared/local-name.pipe';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormBuilder } from '@angular/forms';
import { MatDialog } from '@angular/material/dialog';
import { MatMenuModule } from '@angular/material/menu';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import {
  BUYING_UNIT_LABELS,
  BUYING_UNITS,
  categoriesOf,
  ITEM_CATEGORIES,
  ITEM_CATEGORY_INFO,
  STOCK_READ_ALL_ROLES,
  type BuyingUnit,
  type ItemCategory,
} from '@portal/domain';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { COMMON } from '../../core/i18n/text';
import { Notify } from '../../core/notify';
import { selectHoldsAny } from '../../core/session/holds-role';
import { LIST_PAGE_IMPORTS } from '../../shared/list-frame/list-page';
import { filterOptions } from '../../shared/list-frame/select-filter';
import { serverList } from '../../shared/server-list';
import { MoveDialog, type MoveKind } from './move-dialog';
import { StockApi, type StockMoveResult, type StockRow } from './stock.api';
import { STOCK_TEXT } from './stock.text';

interface Filter {
  q: string;
  unit: BuyingUnit | null;
  category: ItemCategory | null;
  level: 'below' | null;
}

/** 库存: on hand per item of the reader's stores; the clerk issues, counts and receives from here. */
@Component({
  selector: 'app-stock-page',
  imports: [LIST_PAGE_IMPORTS, RouterLink, MatMenuModule, AppDatePipe, LocalNamePipe],
  templateUrl: './stock-page.html',
  styleUrl: './stock.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StockPage {
  private readonly api = inject(StockApi);
  private readonly dialog = inject(MatDialog);
  private readonly notify = inject(Notify);
  protected readonly text = STOCK_TEXT;
  protected readonly common = COMMON;
  protected readonly unitLabels = BUYING_UNIT_LABELS;
  protected readonly categoryInfo = ITEM_CATEGORY_INFO;
  protected readonly unitOptions = filterOptions(BUYING_UNITS, BUYING_UNIT_LABELS);
  protected readonly levelOptions = filterOptions(['below'], { below: STOCK_TEXT.belowOnly });

  /** Leaders, finance and audit read both stores; a clerk sees (and keeps) their own, so the unit filter is theirs only. */
  protected readonly readsAll = inject(Store).selectSignal(selectHoldsAny(STOCK_READ_ALL_ROLES));
  protected readonly columns = computed(() => [
    'code',
    'name',
    'category',
    ...(this.readsAll() ? ['unit'] : []),
    'onHand',
    'reorderLevel',
    'lastMovedOn',
    'actions',
  ]);

  // The home page's card links here with ?belowReorder=true.
  private readonly linkedBelow = inject(ActivatedRoute).snapshot.queryParamMap.get('belowReorder') === 'true';
  protected readonly filters = inject(FormBuilder).nonNullable.group<Filter>({ q: '', unit: null, category: null, level: this.linkedBelow ? 'below' : null });
  protected readonly list = serverList<StockRow, Filter>({
    filters: this.filters,
    sort: { active: 'code', direction: 'asc' },
    pageSize: 20,
    load: (f, paging) => this.api.list({ q: f.q, unit: f.unit, category: f.category, belowReorder: f.level === 'below' ? true : null, ...paging }),
    accept: (f) => {
      // A category the chosen unit does not buy is cleared; that change comes back here.
      if (f.unit && f.category && ITEM_CATEGORY_INFO[f.category].unit !== f.unit) {
        this.filters.controls.category.setValue(null);
        return false;
      }
      return true;
    },
  });
  protected readonly categoryOptions = computed(() => filterOptions(this.list.filter().unit ? categoriesOf(this.list.filter().unit!) : ITEM_CATEGORIES, ITEM_CATEGORY_INFO));
  protected readonly canEdit = computed(() => this.list.rows().some((r) => r.editable));

  protected readonly trackById = (_: number, r: StockRow) => r.itemId;

  protected move(kind: MoveKind, row: StockRow): void {
    MoveDialog.open(this.dialog, { kind, row }).subscribe((result) => this.recorded(kind, result));
  }

  private recorded(kind: MoveKind, result: StockMoveResult | undefined): void {
    if (!result) return;
    const s = result.stock;
    this.list.rows.update((rows) => rows.map((r) => (r.itemId === s.itemId ? s : r)));
    if (result.message) return this.notify.ok({ zh: result.message, en: result.message });
    const quantity = Math.abs(result.move?.quantity ?? 0);
    this.notify.ok(kind === 'issue' ? STOCK_TEXT.issued : STOCK_TEXT.received, { quantity, uom: s.uom, name: s.name, onHand: s.onHand });
  }
}
