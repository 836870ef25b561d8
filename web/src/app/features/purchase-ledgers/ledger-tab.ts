import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder } from '@angular/forms';
import { ActivatedRoute } from '@angular/router';
import { Store } from '@ngrx/store';
import {
  addMonths,
  BUYING_UNIT_LABELS,
  BUYING_UNITS,
  calendarDay,
  PURCHASE_LEDGER_READ_ALL_ROLES,
  monthOf,
  PLATFORM_LABELS,
  PLATFORMS,
  type BuyingUnit,
  type Platform,
  type PurchaseLedger,
} from '@portal/domain';
import type { LedgerMonthTotal } from '@portal/domain/contracts';
import { map } from 'rxjs';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { I18n } from '../../core/i18n/i18n';
import { selectRoles } from '../../core/session/session.reducer';
import { fileDownloads } from '../../shared/download';
import { LIST_PAGE_IMPORTS } from '../../shared/list-frame/list-page';
import { filterOptions, type FilterOption } from '../../shared/list-frame/select-filter';
import { FenPipe } from '../../shared/money.pipe';
import { serverList } from '../../shared/server-list';
import { LEDGER_COLUMNS, LEDGER_STATUS_OPTIONS } from './ledger-columns';
import { PurchaseLedgersApi } from './purchase-ledgers.api';
import { LEDGERS_TEXT } from './purchase-ledgers.text';

interface Filter {
  q: string;
  unit: BuyingUnit | null;
  month: string | null;
  platform: Platform | null;
  status: string | null;
}

/** The months a ledger offers: this one and two years back, newest first. */
export function ledgerMonths(today: string, back = 24): string[] {
  const m = monthOf(today);
  return Array.from({ length: back + 1 }, (_, i) => addMonths(m, -i));
}

/**
 * One ledger (the route's data says which): filters, the page of rows, the month totals of
 * everything the filters keep, and the XLSX of it. The table's columns come from LEDGER_COLUMNS.
 */
@Component({
  selector: 'app-ledger-tab',
  imports: [LIST_PAGE_IMPORTS, FenPipe, AppDatePipe],
  template: `
    <app-list-frame [list]="list" [text]="frameText" [testIds]="'ledger-' + ledger" [search]="filters.controls.q">
      <ng-container listActions>
        <button mat-stroked-button type="button" (click)="exportXlsx()" [disabled]="downloads.busy() !== null" data-testid="ledger-export">
          <mat-icon>download</mat-icon>{{ text.exportXlsx | tr }}
        </button>
      </ng-container>
      <ng-container listFilters>
        <app-select-filter [control]="filters.controls.month" [label]="text.month" [any]="text.anyMonth" [options]="monthOptions" testId="ledger-filter-month" />
        @if (readsAll()) {
          <app-select-filter [control]="filters.controls.unit" [label]="text.unit" [any]="text.anyUnit" [options]="unitOptions" testId="ledger-filter-unit" />
        }
        <app-select-filter [control]="filters.controls.platform" [label]="text.platform" [any]="text.anyPlatform" [options]="platformOptions" testId="ledger-filter-platform" />
        <app-select-filter [control]="filters.controls.status" [label]="text.status" [any]="text.anyStatus" [options]="statusOptions" testId="ledger-filter-status" />
      </ng-container>

      <table mat-table [dataSource]="list.rows()" [attr.data-testid]="'ledger-table-' + ledger">
        @for (c of columns; track c.key) {
          <ng-container [matColumnDef]="c.key">
            <th mat-header-cell *matHeaderCellDef [class.num]="c.num">{{ c.header | tr }}</th>
            <td mat-cell *matCellDef="let r; of: list.rows()" [class.num]="c.num" [attr.data-col]="c.key">
              @if (c.tone) {
                <span class="pill" [attr.data-tone]="c.tone(r)">{{ c.cell(r, lang()) }}</span>
              } @else {
                {{ c.cell(r, lang()) }}
              }
              @if (c.sub && c.sub(r, lang()); as sub) {
                <div class="muted small">{{ sub }}</div>
              }
            </td>
          </ng-container>
        }
        <tr mat-header-row *matHeaderRowDef="columnKeys; sticky: true"></tr>
        <tr mat-row *matRowDef="let r; columns: columnKeys" [attr.data-testid]="'ledger-row'"></tr>
      </table>
    </app-list-frame>

    @if (totals(); as t) {
      <section class="totals" data-testid="ledger-totals">
        <h3>{{ text.monthTotals | tr }}</h3>
        <div class="totals-grid">
          @for (m of months(); track m.month) {
            <div class="month" [attr.data-month]="m.month">
              <span class="label">{{ m.month | appDate: 'month' }}</span>
              <span class="muted">{{ text.count | tr: { count: m.count } }}</span>
              <span class="num strong">{{ m.amountFen | fen }}</span>
              @if (m.invoicedFen !== undefined) {
                <span class="muted small">{{ text.accepted | tr }} {{ m.acceptedFen | fen }} · {{ text.invoiced | tr }} {{ m.invoicedFen | fen }} · {{ text.paid | tr }} {{ m.paidFen | fen }}</span>
              }
            </div>
          }
          <div class="month grand" data-testid="ledger-grand-total">
            <span class="label">{{ text.totals | tr }}</span>
            <span class="muted">{{ text.count | tr: { count: t.count } }}</span>
            <span class="num strong">{{ t.amountFen | fen }}</span>
            @if (t.invoicedFen !== undefined) {
              <span class="muted small">{{ text.accepted | tr }} {{ t.acceptedFen | fen }} · {{ text.invoiced | tr }} {{ t.invoicedFen | fen }} · {{ text.paid | tr }} {{ t.paidFen | fen }}</span>
            }
          </div>
        </div>
      </section>
    }
  `,
  styleUrl: './purchase-ledgers.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LedgerTab {
  private readonly api = inject(PurchaseLedgersApi);
  protected readonly lang = inject(I18n).lang;
  protected readonly text = LEDGERS_TEXT;
  /** No title: the list is a tab of the ledgers page, which carries the heading. */
  protected readonly frameText = { total: LEDGERS_TEXT.total, searchLabel: LEDGERS_TEXT.searchLabel };
  protected readonly ledger = inject(ActivatedRoute).snapshot.data['ledger'] as PurchaseLedger;
  protected readonly columns = LEDGER_COLUMNS[this.ledger];
  protected readonly columnKeys = this.columns.map((c) => c.key);
  protected readonly unitOptions = filterOptions(BUYING_UNITS, BUYING_UNIT_LABELS);
  protected readonly platformOptions = filterOptions(PLATFORMS, PLATFORM_LABELS);
  protected readonly statusOptions: FilterOption<string>[] = Object.entries(LEDGER_STATUS_OPTIONS[this.ledger]).map(([value, label]) => ({ value, label }));
  private readonly thisMonth = monthOf(calendarDay(new Date()));
  protected readonly monthOptions: FilterOption<string>[] = ledgerMonths(calendarDay(new Date())).map((m) => ({ value: m, label: m }));

  private readonly roles = toSignal(inject(Store).select(selectRoles), { initialValue: [] });
  /** Leaders, finance and audit read both units; a clerk or head only their own, so the unit filter is theirs only. */
  protected readonly readsAll = computed(() => this.roles().some((r) => PURCHASE_LEDGER_READ_ALL_ROLES.includes(r)));

  protected readonly months = signal<LedgerMonthTotal[]>([]);
  protected readonly totals = signal<Omit<LedgerMonthTotal, 'month'> | null>(null);
  protected readonly downloads = fileDownloads<'xlsx'>();

  protected readonly filters = inject(FormBuilder).nonNullable.group<Filter>({ q: '', unit: null, month: this.thisMonth, platform: null, status: null });
  protected readonly list = serverList<unknown, Filter>({
    filters: this.filters,
    sort: { active: '', direction: '' },
    pageSize: 20,
    load: (f, paging) => this.api.page(this.ledger, { ...f, ...paging }).pipe(map((page) => ({ items: page.items as unknown[], total: page.total }))),
  });

  constructor() {
    // The totals follow the filters (not the page), from their own call; a newer filter cancels the older one's.
    effect((onCleanup) => {
      const f = this.list.filter();
      const sub = this.api.totals(this.ledger, f).subscribe({
        next: (t) => {
          this.months.set(t.months);
          this.totals.set(t.totals);
        },
        error: () => this.totals.set(null),
      });
      onCleanup(() => sub.unsubscribe());
    });
  }

  protected exportXlsx(): void {
    this.downloads.start('xlsx', this.api.xlsx(this.ledger, this.list.filter()));
  }
}
