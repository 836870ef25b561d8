import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormBuilder } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { addMonths, BUYING_UNITS, BUYING_UNIT_LABELS, PLAN_STATUSES, type BuyingUnit, type PlanStatus } from '@portal/domain';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { formatIn } from '../../core/i18n/dates';
import { I18n } from '../../core/i18n/i18n';
import { COMMON } from '../../core/i18n/text';
import { LIST_PAGE_IMPORTS } from '../../shared/list-frame/list-page';
import { filterOptions } from '../../shared/list-frame/select-filter';
import { FenPipe } from '../../shared/money.pipe';
import { serverList } from '../../shared/server-list';
import { recentMonths, thisMonth } from '../prices/price-scope';
import { keeperUnit } from './keeper-unit';
import { PlanChip } from './plan-status';
import { PurchasePlansApi, type PlanSummary } from './purchase-plans.api';
import { PLAN_STATUS_TEXT, PURCHASE_PLANS_TEXT } from './purchase-plans.text';

interface Filter {
  q: string;
  unit: BuyingUnit | null;
  month: string | null;
  status: PlanStatus | null;
}

const NO_FILTER: Filter = { q: '', unit: null, month: null, status: null };

/**
 * The company plans the user may see (a clerk its own buying unit's; leadership, finance and
 * audit all), newest month first. A clerk goes from here to this month's consolidation.
 */
@Component({
  selector: 'app-purchase-plans-page',
  imports: [AppDatePipe, LIST_PAGE_IMPORTS, RouterLink, FenPipe, PlanChip],
  templateUrl: './purchase-plans-page.html',
  styleUrl: './purchase-plans-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PurchasePlansPage {
  private readonly api = inject(PurchasePlansApi);
  private readonly i18n = inject(I18n);
  protected readonly text = PURCHASE_PLANS_TEXT;
  protected readonly common = COMMON;
  protected readonly statusOptions = filterOptions(PLAN_STATUSES, PLAN_STATUS_TEXT);
  protected readonly unitOptions = filterOptions(BUYING_UNITS, BUYING_UNIT_LABELS);
  protected readonly columns = ['number', 'unit', 'month', 'status', 'lineCount', 'totalFen', 'updatedAt'];
  protected readonly keeper = keeperUnit();
  /** Where "consolidate" leads: the clerk's unit this month; a reader looks at 办公室's. */
  protected readonly monthLink = computed(() => ['/purchase-plans', this.keeper() ?? 'OFFICE', thisMonth()]);

  /** Next month (requests are made a month ahead) back over the year before, newest first. */
  protected readonly monthOptions = computed(() => {
    const lang = this.i18n.lang();
    return recentMonths(14, addMonths(thisMonth(), 1)).map((m) => ({ value: m, label: formatIn(lang, m, 'month') }));
  });

  // ?status=submitted opens the list filtered, as the workbench's cards link to it.
  private readonly linked = inject(ActivatedRoute).snapshot.queryParamMap;
  protected readonly filters = inject(FormBuilder).nonNullable.group<Filter>({
    ...NO_FILTER,
    status: PLAN_STATUSES.find((s) => s === this.linked.get('status')) ?? null,
  });
  protected readonly list = serverList<PlanSummary, Filter>({
    filters: this.filters,
    sort: { active: 'month', direction: 'desc' },
    pageSize: 20,
    load: (f, paging) => this.api.list({ ...f, ...paging }),
    empty: NO_FILTER,
  });

  protected readonly trackById = (_: number, p: PlanSummary) => p.id;
}

