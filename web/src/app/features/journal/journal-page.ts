import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormBuilder } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { JOURNAL_KINDS, LEDGER_READ_ALL_ROLES, LEDGER_WRITER_ROLES, type JournalKind } from '@portal/domain';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { I18n } from '../../core/i18n/i18n';
import { COMMON } from '../../core/i18n/text';
import { selectHoldsAny } from '../../core/session/holds-role';
import { LIST_PAGE_IMPORTS } from '../../shared/list-frame/list-page';
import { filterOptions, type FilterOption } from '../../shared/list-frame/select-filter';
import { FenPipe } from '../../shared/money.pipe';
import { serverList } from '../../shared/server-list';
import { UnitsApi } from '../admin/units/units.api';
import { flattenUnits, unitName } from '../admin/units/unit-tree';
import { JournalApi, type JournalEntrySummary } from './journal.api';
import { JOURNAL_KIND_LABELS, JOURNAL_TEXT } from './journal.text';

interface Filter {
  q: string;
  period: string | null;
  account: string | null;
  kind: JournalKind | null;
  unit: number | null;
}

/** 记账凭证: the entries the reader may see, newest first, filtered by period, account, kind and unit. */
@Component({
  selector: 'app-journal-page',
  imports: [LIST_PAGE_IMPORTS, RouterLink, AppDatePipe, FenPipe],
  template: `
    <app-list-frame [list]="list" [text]="text" testIds="journal" [search]="filters.controls.q" [readOnly]="!writes()">
      <ng-container listActions>
        @if (writes()) {
          <a mat-flat-button routerLink="new" data-testid="journal-new"><mat-icon>add</mat-icon>{{ text.newEntry | tr }}</a>
        }
      </ng-container>
      <ng-container listFilters>
        <app-select-filter [control]="filters.controls.period" [label]="text.period" [any]="text.anyPeriod" [options]="periodOptions()" testId="journal-filter-period" />
        <app-select-filter [control]="filters.controls.account" [label]="text.account" [any]="text.anyAccount" [options]="accountOptions()" testId="journal-filter-account" />
        <app-select-filter [control]="filters.controls.kind" [label]="text.kind" [any]="text.anyKind" [options]="kindOptions" testId="journal-filter-kind" />
        @if (readsAll()) {
          <app-select-filter [control]="filters.controls.unit" [label]="text.unit" [any]="text.anyUnit" [options]="unitOptions()" testId="journal-filter-unit" />
        }
      </ng-container>
      <table mat-table [dataSource]="list.rows()" [trackBy]="trackById" data-testid="journal-table">
        <ng-container matColumnDef="number">
          <th mat-header-cell *matHeaderCellDef>{{ text.number | tr }}</th>
          <td mat-cell *matCellDef="let e; of: list.rows()" class="nowrap">
            <a [routerLink]="[e.id]" class="link mono" [attr.data-testid]="'journal-entry-' + e.number">{{ e.number }}</a>
            @if (e.reversedById) {
              <span class="status-chip reversed">{{ text.reversed | tr }}</span>
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="entryDate">
          <th mat-header-cell *matHeaderCellDef>{{ text.entryDate | tr }}</th>
          <td mat-cell *matCellDef="let e; of: list.rows()" class="nowrap">{{ e.entryDate | appDate }}</td>
        </ng-container>
        <ng-container matColumnDef="kind">
          <th mat-header-cell *matHeaderCellDef>{{ text.kind | tr }}</th>
          <td mat-cell *matCellDef="let e; of: list.rows()" class="nowrap">
            <span class="status-chip" [class.reversal]="e.kind === 'reversal'">{{ kindLabels[e.kind] | tr }}</span>
          </td>
        </ng-container>
        <ng-container matColumnDef="memo">
          <th mat-header-cell *matHeaderCellDef>{{ text.memo | tr }}</th>
          <td mat-cell *matCellDef="let e; of: list.rows()">{{ e.memo }}</td>
        </ng-container>
        <ng-container matColumnDef="total">
          <th mat-header-cell *matHeaderCellDef class="num">{{ text.amount | tr }}</th>
          <td mat-cell *matCellDef="let e; of: list.rows()" class="num">{{ e.totalFen | fen }}</td>
        </ng-container>
        <ng-container matColumnDef="postedBy">
          <th mat-header-cell *matHeaderCellDef>{{ text.postedBy | tr }}</th>
          <td mat-cell *matCellDef="let e; of: list.rows()" class="nowrap">{{ e.postedBy?.name ?? '—' }}</td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns; sticky: true"></tr>
        <tr mat-row *matRowDef="let e; columns: columns"></tr>
      </table>
    </app-list-frame>
  `,
  styleUrl: './journal.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class JournalPage {
  private readonly api = inject(JournalApi);
  private readonly i18n = inject(I18n);
  protected readonly text = JOURNAL_TEXT;
  protected readonly common = COMMON;
  protected readonly kindLabels = JOURNAL_KIND_LABELS;
  protected readonly kindOptions = filterOptions(JOURNAL_KINDS, JOURNAL_KIND_LABELS);
  protected readonly columns = ['number', 'entryDate', 'kind', 'memo', 'total', 'postedBy'];

  protected readonly writes = inject(Store).selectSignal(selectHoldsAny(LEDGER_WRITER_ROLES));
  /** Finance, audit and leadership read every unit's entries; a branch's users only their own, so no unit filter. */
  protected readonly readsAll = inject(Store).selectSignal(selectHoldsAny(LEDGER_READ_ALL_ROLES));

  private readonly periods = signal<string[]>([]);
  private readonly accounts = signal<{ code: string; name: string; nameEn: string | null }[]>([]);
  private readonly units = signal<{ id: number; label: string; depth: number }[]>([]);
  protected readonly periodOptions = computed<FilterOption<string>[]>(() => this.periods().map((p) => ({ value: p, label: p.slice(0, 7) })));
  protected readonly accountOptions = computed<FilterOption<string>[]>(() =>
    this.accounts().map((a) => ({ value: a.code, label: `${a.code} ${this.i18n.lang() === 'en' && a.nameEn ? a.nameEn : a.name}`, depth: a.code.split('.').length - 1 })),
  );
  protected readonly unitOptions = computed<FilterOption<number>[]>(() => this.units().map((u) => ({ value: u.id, label: u.label, depth: u.depth })));

  // The periods screen links here with ?period=YYYY-MM-01.
  private readonly linkedPeriod = inject(ActivatedRoute).snapshot.queryParamMap.get('period');
  protected readonly filters = inject(FormBuilder).nonNullable.group<Filter>({ q: '', period: this.linkedPeriod, account: null, kind: null, unit: null });
  protected readonly list = serverList<JournalEntrySummary, Filter>({
    filters: this.filters,
    sort: { active: 'number', direction: 'desc' },
    pageSize: 20,
    load: (f, paging) => this.api.list({ ...f, customer: null, page: paging.page, pageSize: paging.pageSize }),
  });

  protected readonly trackById = (_: number, e: JournalEntrySummary) => e.id;

  constructor() {
    // The books' lists are finance's and audit's; a branch user filters by period and kind only.
    if (this.readsAll()) {
      this.api.periods().subscribe((ps) => this.periods.set(ps.map((p) => p.period)));
      this.api.accounts().subscribe((as) => this.accounts.set(as));
      inject(UnitsApi)
        .list()
        .subscribe((us) => this.units.set(flattenUnits(us).map((n) => ({ id: n.unit.id, label: unitName(n.unit, this.i18n.lang()), depth: n.depth }))));
    } else {
      this.periods.set(recentMonths());
    }
  }
}

/** This month and the eleven before it, as first days: the periods a branch user may filter by. */
function recentMonths(): string[] {
  const now = new Date();
  return Array.from({ length: 12 }, (_, i) => {
    const d = new Date(now.getFullYear(), now.getMonth() - i, 1);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-01`;
  });
}
