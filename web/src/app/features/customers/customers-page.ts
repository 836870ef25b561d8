import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorIntl, MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSortModule, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Store } from '@ngrx/store';
import { AD_QUOTER_ROLES } from '@portal/domain';
import { catchError, debounceTime, distinctUntilChanged, map, of, switchMap, tap } from 'rxjs';
import { COMMON } from '../../core/i18n/text';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { Notify } from '../../core/notify';
import { selectRoles } from '../../core/session/session.reducer';
import { sortParam } from '../../shared/list-query';
import { PaginatorIntl } from '../../shared/paginator-intl';
import { TypedCell } from '../../shared/typed-cell';
import { CustomerDialog } from './customer-dialog';
import { CustomersApi, type Customer, type CustomerQuery } from './customers.api';
import { CUSTOMERS_TEXT } from './customers.text';

/** Customers (厂家): those who quote keep them; finance and audit read them. */
@Component({
  selector: 'app-customers-page',
  imports: [
    ReactiveFormsModule,
    MatTableModule,
    MatSortModule,
    MatPaginatorModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    MatIconModule,
    MatTooltipModule,
    MatProgressBarModule,
    TypedCell,
    TrPipe,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: PaginatorIntl }],
  templateUrl: './customers-page.html',
  styleUrl: '../ad-slots/ad-slots-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CustomersPage {
  private readonly api = inject(CustomersApi);
  private readonly dialog = inject(MatDialog);
  private readonly notify = inject(Notify);
  protected readonly text = CUSTOMERS_TEXT;
  protected readonly common = COMMON;
  protected readonly pageSizes = [10, 20, 50, 100];

  private readonly roles = toSignal(inject(Store).select(selectRoles), { initialValue: [] });
  protected readonly canEdit = computed(() => this.roles().some((r) => AD_QUOTER_ROLES.includes(r)));
  protected readonly columns = computed(() => [
    'name',
    'uscc',
    'contact',
    'phone',
    'address',
    'status',
    ...(this.canEdit() ? ['actions'] : []),
  ]);

  protected readonly search = new FormControl('', { nonNullable: true });
  private readonly q = signal('');
  protected readonly sort = signal<Sort>({ active: 'name', direction: 'asc' });
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(20);
  private readonly reloads = signal(0);

  protected readonly loading = signal(false);
  protected readonly rows = signal<Customer[]>([]);
  protected readonly total = signal(0);

  private readonly query = computed<CustomerQuery>(() => {
    this.reloads();
    return { q: this.q(), sort: sortParam(this.sort()), page: this.pageIndex() + 1, pageSize: this.pageSize() };
  });

  constructor() {
    this.search.valueChanges
      .pipe(
        map((q) => q.trim()),
        debounceTime(300),
        distinctUntilChanged(),
        takeUntilDestroyed(),
      )
      .subscribe((q) => {
        this.q.set(q);
        this.pageIndex.set(0);
      });

    toObservable(this.query)
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap((q) =>
          this.api.list(q).pipe(
            catchError((err: unknown) => {
              this.notify.error(err);
              return of(null);
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((page) => {
        this.loading.set(false);
        if (!page) return;
        this.rows.set(page.items);
        this.total.set(page.total);
      });
  }

  protected readonly trackById = (_: number, c: Customer) => c.id;

  protected reload(): void {
    this.reloads.update((n) => n + 1);
  }

  protected onSort(sort: Sort): void {
    this.sort.set(sort);
    this.pageIndex.set(0);
  }

  protected onPage(e: PageEvent): void {
    this.pageIndex.set(e.pageIndex);
    this.pageSize.set(e.pageSize);
  }

  protected create(): void {
    CustomerDialog.open(this.dialog, {}).subscribe((c) => {
      if (!c || c === 'stale') return;
      this.notify.ok(CUSTOMERS_TEXT.created, { name: c.name });
      this.reload();
    });
  }

  protected edit(row: Customer): void {
    CustomerDialog.open(this.dialog, { customer: row }).subscribe((c) => {
      if (c === 'stale') {
        this.notify.ok(CUSTOMERS_TEXT.stale, { name: row.name });
        this.api.get(row.id).subscribe({ next: (fresh) => this.replace(fresh), error: () => this.reload() });
        return;
      }
      if (!c) return;
      this.replace(c);
      this.notify.ok(CUSTOMERS_TEXT.saved, { name: c.name });
    });
  }

  private replace(c: Customer): void {
    this.rows.update((rows) => rows.map((r) => (r.id === c.id ? c : r)));
  }
}
