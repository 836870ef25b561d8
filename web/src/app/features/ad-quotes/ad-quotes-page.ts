import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormBuilder } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { AD_QUOTER_ROLES, AD_READER_ROLES } from '@portal/domain';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { I18n } from '../../core/i18n/i18n';
import { Notify } from '../../core/notify';
import { COMMON } from '../../core/i18n/text';
import { selectHoldsAny } from '../../core/session/holds-role';
import { saveFile } from '../../shared/download';
import { sortParam } from '../../shared/list-query';
import { FenPipe, SharePercentPipe, ZhePipe } from '../../shared/money.pipe';
import { LIST_PAGE_IMPORTS } from '../../shared/list-frame/list-page';
import { filterOptions } from '../../shared/list-frame/select-filter';
import { owningUnitFilter } from '../../shared/owning-units';
import { serverList } from '../../shared/server-list';
import { unitName } from '../admin/units/unit-tree';
import { AdQuotesApi, type QuoteStatus, type QuoteSummary } from './ad-quotes.api';
import { AD_QUOTES_TEXT, QUOTE_STATUS_LABELS } from './ad-quotes.text';
import { QuoteStatusChip } from './quote-status';

interface Filter {
  q: string;
  status: QuoteStatus | null;
  unitId: number | null;
}

const NO_FILTER: Filter = { q: '', status: null, unitId: null };
const STATUSES = Object.keys(QUOTE_STATUS_LABELS) as QuoteStatus[];

/** Quotations the user may see (the API narrows a branch to its own), filtered, sorted and paged by the server. */
@Component({
  selector: 'app-ad-quotes-page',
  imports: [AppDatePipe, LIST_PAGE_IMPORTS, RouterLink, FenPipe, ZhePipe, SharePercentPipe, QuoteStatusChip],
  templateUrl: './ad-quotes-page.html',
  styleUrl: './ad-quotes-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdQuotesPage {
  private readonly api = inject(AdQuotesApi);
  private readonly i18n = inject(I18n);
  protected readonly text = AD_QUOTES_TEXT;
  protected readonly common = COMMON;
  protected readonly statusOptions = filterOptions(STATUSES, QUOTE_STATUS_LABELS);
  protected readonly columns = ['number', 'unit', 'customer', 'status', 'listFen', 'netFen', 'paidShareBp', 'validUntil'];

  /** Quoting roles may start a quote; marketers, finance and audit only read. */
  protected readonly canQuote = inject(Store).selectSignal(selectHoldsAny(AD_QUOTER_ROLES));

  // ?status=sent opens the list filtered, as the workbench's cards link to it.
  private readonly linkedStatus = inject(ActivatedRoute).snapshot.queryParamMap.get('status');
  protected readonly filters = inject(FormBuilder).nonNullable.group<Filter>({
    ...NO_FILTER,
    status: STATUSES.find((s) => s === this.linkedStatus) ?? null,
  });
  protected readonly list = serverList<QuoteSummary, Filter>({
    filters: this.filters,
    sort: { active: 'updatedAt', direction: 'desc' },
    pageSize: 20,
    load: (f, paging) => this.api.list({ ...f, ...paging }),
    empty: NO_FILTER,
  });

  private readonly notify = inject(Notify);
  protected readonly exporting = signal(false);

  /** Units that own quotes: HQ and the branches; offered to HQ-side readers only (a branch sees its own). */
  private readonly units = owningUnitFilter(AD_READER_ROLES);
  protected readonly unitOptions = this.units.options;
  private readonly unitById = computed(() => new Map(this.units.units().map((u) => [u.id, u])));

  protected readonly trackById = (_: number, q: QuoteSummary) => q.id;

  protected unitLabel(q: QuoteSummary): string {
    const unit = this.unitById().get(q.unit.id);
    return unit ? unitName(unit, this.i18n.lang()) : q.unit.name;
  }

  /** Every quote the list's filters and sort select (not only this page), as the server writes them to XLSX. */
  protected exportXlsx(): void {
    if (this.exporting()) return;
    this.exporting.set(true);
    this.api.exportList({ ...this.list.filter(), sort: sortParam(this.list.sort()) }).subscribe({
      next: (file) => {
        this.exporting.set(false);
        saveFile(file);
      },
      error: (err: unknown) => {
        this.exporting.set(false);
        this.notify.error(err);
      },
    });
  }

}
