import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import {
  addMonths,
  BUYING_UNIT_LABELS,
  BUYING_UNITS,
  calendarDay,
  monthOf,
  ORDER_KEEPER_ROLES,
  ORDER_PLATFORMS,
  ORDER_READ_ALL_ROLES,
  PLATFORM_LABELS,
  platformLabel,
  VC_STATUS_LABELS,
  VC_STATUSES,
  type BuyingUnit,
  type OrderPlatform,
  type VcStatus,
} from '@portal/domain';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { I18n } from '../../core/i18n/i18n';
import { selectRoles } from '../../core/session/session.reducer';
import { LIST_PAGE_IMPORTS } from '../../shared/list-frame/list-page';
import { filterOptions, type FilterOption } from '../../shared/list-frame/select-filter';
import { FenPipe } from '../../shared/money.pipe';
import { serverList } from '../../shared/server-list';
import { PurchaseOrdersApi, type PurchaseOrderSummary } from './purchase-orders.api';
import { PURCHASE_ORDERS_TEXT } from './purchase-orders.text';

interface Filter {
  q: string;
  unit: BuyingUnit | null;
  month: string | null;
  platform: OrderPlatform | null;
  status: VcStatus | 'none' | null;
  /** 'awaiting': orders with a delivery awaiting the head's review (the workbench card links here). */
  review: 'awaiting' | null;
}

/** The last twelve months, newest first, named in both languages. */
export function recentMonths(today: string): FilterOption<string>[] {
  const latest = monthOf(today);
  return Array.from({ length: 12 }, (_, i) => {
    const m = addMonths(latest, -i);
    const [y, mm] = m.split('-').map(Number);
    const en = new Date(Date.UTC(y, mm - 1, 1)).toLocaleString('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });
    return { value: m, label: { zh: `${y}年${mm}月`, en } };
  });
}

/** 网购订单: the orders of the reader's buying unit (both for leaders, finance and audit); the clerk records new ones. */
@Component({
  selector: 'app-orders-page',
  imports: [LIST_PAGE_IMPORTS, RouterLink, AppDatePipe, FenPipe],
  templateUrl: './orders-page.html',
  styleUrl: './purchase-orders.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrdersPage {
  private readonly api = inject(PurchaseOrdersApi);
  private readonly i18n = inject(I18n);
  protected readonly text = PURCHASE_ORDERS_TEXT;
  protected readonly platformLabels = PLATFORM_LABELS;
  protected readonly vcLabels = VC_STATUS_LABELS;
  protected readonly unitOptions = filterOptions(BUYING_UNITS, BUYING_UNIT_LABELS);
  protected readonly platformOptions = filterOptions(ORDER_PLATFORMS, PLATFORM_LABELS);
  protected readonly monthOptions = recentMonths(calendarDay(new Date()));
  protected readonly statusOptions: FilterOption<VcStatus | 'none'>[] = [
    ...filterOptions(VC_STATUSES.filter((s) => s !== 'draft'), VC_STATUS_LABELS),
    { value: 'none', label: PURCHASE_ORDERS_TEXT.noVc },
  ];

  private readonly roles = toSignal(inject(Store).select(selectRoles), { initialValue: [] });
  protected readonly readsAll = computed(() => this.roles().some((r) => ORDER_READ_ALL_ROLES.includes(r)));
  protected readonly keeps = computed(() => this.roles().some((r) => ORDER_KEEPER_ROLES.includes(r)));
  protected readonly columns = computed(() => [
    'number',
    'orderedOn',
    'platform',
    'supplier',
    ...(this.readsAll() ? ['unit'] : []),
    'total',
    'vc',
  ]);

  /** ?review=awaiting from the workbench card (route query parameters bind to inputs). */
  readonly review = input<string>();
  protected readonly reviewOptions: FilterOption<'awaiting'>[] = [{ value: 'awaiting', label: PURCHASE_ORDERS_TEXT.review.awaiting }];
  protected readonly platformLabel = (r: PurchaseOrderSummary) => platformLabel(r.platform, r.platformName, this.i18n.lang());

  protected readonly filters = inject(FormBuilder).nonNullable.group<Filter>({ q: '', unit: null, month: null, platform: null, status: null, review: null });
  private readonly fromLink = effect(() => {
    const review = this.review() === 'awaiting' ? 'awaiting' : null;
    untracked(() => this.filters.controls.review.setValue(review));
  });
  protected readonly list = serverList<PurchaseOrderSummary, Filter>({
    filters: this.filters,
    sort: { active: 'orderedOn', direction: 'desc' },
    pageSize: 20,
    load: (f, paging) => this.api.list({ ...f, ...paging }),
  });

  protected readonly trackById = (_: number, r: PurchaseOrderSummary) => r.id;
}
