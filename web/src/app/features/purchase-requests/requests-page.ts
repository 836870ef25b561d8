import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormBuilder } from '@angular/forms';
import { MatDialog } from '@angular/material/dialog';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { addMonths, BUYING_UNITS, BUYING_UNIT_LABELS, calendarDay, monthOf, PURCHASE_REQUEST_WRITER_ROLES, type BuyingUnit } from '@portal/domain';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { formatIn } from '../../core/i18n/dates';
import { I18n } from '../../core/i18n/i18n';
import { COMMON } from '../../core/i18n/text';
import { Notify } from '../../core/notify';
import { selectHoldsAny } from '../../core/session/holds-role';
import { LIST_PAGE_IMPORTS } from '../../shared/list-frame/list-page';
import { filterOptions, type FilterOption } from '../../shared/list-frame/select-filter';
import { FenPipe } from '../../shared/money.pipe';
import { serverList } from '../../shared/server-list';
import { NewRequestDialog } from './new-request-dialog';
import { PurchaseRequestsApi, type RequestStatus, type RequestSummary } from './purchase-requests.api';
import { PURCHASE_REQUESTS_TEXT, REQUEST_STATUS_LABELS } from './purchase-requests.text';
import { RequestStatusChip } from './request-status';

interface Filter {
  q: string;
  month: string | null;
  status: RequestStatus | null;
  buyingUnit: BuyingUnit | null;
  /** Only the requests this user created (the workbench's "my drafts" card links here). */
  mine: boolean;
}

const NO_FILTER: Filter = { q: '', month: null, status: null, buyingUnit: null, mine: false };
const STATUSES = Object.keys(REQUEST_STATUS_LABELS) as RequestStatus[];

/** This month in the business's time zone (China time), as the API reckons months. */
const thisMonth = () => monthOf(calendarDay(new Date()));

/** Departments' monthly requests the user may see (the API narrows them to the reader's scope), filtered, sorted and paged by the server. */
@Component({
  selector: 'app-requests-page',
  imports: [AppDatePipe, LIST_PAGE_IMPORTS, RouterLink, FenPipe, RequestStatusChip],
  templateUrl: './requests-page.html',
  styleUrl: './requests-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RequestsPage {
  private readonly api = inject(PurchaseRequestsApi);
  private readonly dialog = inject(MatDialog);
  private readonly notify = inject(Notify);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);
  protected readonly text = PURCHASE_REQUESTS_TEXT;
  protected readonly common = COMMON;
  protected readonly statusOptions = filterOptions(STATUSES, REQUEST_STATUS_LABELS);
  protected readonly unitOptions = filterOptions(BUYING_UNITS, BUYING_UNIT_LABELS);
  protected readonly columns = ['number', 'department', 'buyingUnit', 'month', 'lineCount', 'totalFen', 'status'];

  /** The last twelve months and the next two, newest first, in the reader's language. */
  protected readonly monthOptions = computed<FilterOption<string>[]>(() => {
    const lang = this.i18n.lang();
    return Array.from({ length: 14 }, (_, i) => addMonths(thisMonth(), 2 - i)).map((m) => ({ value: m, label: formatIn(lang, m, 'month') }));
  });

  /** A department's requester may start a request; heads, clerks, leadership, finance and audit read. */
  protected readonly canCreate = inject(Store).selectSignal(selectHoldsAny(PURCHASE_REQUEST_WRITER_ROLES));

  // ?status=submitted, ?month=2026-12 or ?mine=true open the list filtered, as the workbench's cards link to it.
  private readonly linked = inject(ActivatedRoute).snapshot.queryParamMap;
  protected readonly filters = inject(FormBuilder).nonNullable.group<Filter>({
    ...NO_FILTER,
    status: STATUSES.find((s) => s === this.linked.get('status')) ?? null,
    month: this.linked.get('month'),
    mine: this.linked.get('mine') === 'true',
  });
  protected readonly list = serverList<RequestSummary, Filter>({
    filters: this.filters,
    sort: { active: 'updatedAt', direction: 'desc' },
    pageSize: 20,
    load: (f, paging) => this.api.list({ ...f, mine: f.mine || undefined, ...paging }),
    empty: NO_FILTER,
  });

  protected readonly trackById = (_: number, r: RequestSummary) => r.id;

  protected create(): void {
    NewRequestDialog.open(this.dialog).subscribe((r) => {
      if (!r) return;
      this.notify.ok(PURCHASE_REQUESTS_TEXT.created, { number: r.number });
      void this.router.navigate(['/purchase-requests', r.id, 'edit']);
    });
  }
}
