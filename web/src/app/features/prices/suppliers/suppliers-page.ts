import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorIntl, MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { PLATFORM_LABELS, PLATFORMS, SUPPLIER_STANDING_LABELS, SUPPLIER_STANDINGS, type Platform, type SupplierStanding } from '@portal/domain';
import { COMMON } from '../../../core/i18n/text';
import { TrPipe } from '../../../core/i18n/tr.pipe';
import { toProblem } from '../../../core/http/problem';
import { Notify } from '../../../core/notify';
import { ConfirmDialog } from '../../../shared/confirm-dialog';
import { PaginatorIntl } from '../../../shared/paginator-intl';
import { isStaleVersion } from '../../../shared/server-errors';
import { serverList } from '../../../shared/server-list';
import { TypedCell } from '../../../shared/typed-cell';
import { PriceScope } from '../price-scope';
import { PricesApi, type Supplier } from '../prices.api';
import { PRICES_TEXT } from '../prices.text';
import { standingReason } from './standing-reason';
import { SupplierDialog } from './supplier-dialog';
import { ViolationDialog } from './violation-dialog';

interface Filter {
  q: string;
  platform: Platform | null;
  status: SupplierStanding | null;
}
const NO_FILTER: Filter = { q: '', platform: null, status: null };

/** 供应商: the online shops with this year's penalty points, their standing and why. */
@Component({
  selector: 'app-suppliers-page',
  imports: [
    ReactiveFormsModule,
    MatTableModule,
    MatSortModule,
    MatPaginatorModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    MatIconModule,
    MatTooltipModule,
    MatProgressBarModule,
    TypedCell,
    TrPipe,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: PaginatorIntl }],
  templateUrl: './suppliers-page.html',
  styleUrl: '../prices-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SuppliersPage {
  private readonly api = inject(PricesApi);
  private readonly dialog = inject(MatDialog);
  private readonly notify = inject(Notify);
  protected readonly scope = inject(PriceScope);
  protected readonly text = PRICES_TEXT;
  protected readonly common = COMMON;
  protected readonly platforms = PLATFORMS;
  protected readonly platformLabels = PLATFORM_LABELS;
  protected readonly standings = SUPPLIER_STANDINGS;
  protected readonly standingLabels = SUPPLIER_STANDING_LABELS;
  protected readonly columns = ['platform', 'shopName', 'status', 'points', 'rectifyBy', 'actions'];
  protected readonly pageSizes = [10, 20, 50, 100];
  protected readonly reasonOf = standingReason;

  protected readonly filters = inject(FormBuilder).nonNullable.group<Filter>(NO_FILTER);
  protected readonly list = serverList<Supplier, Filter>({
    filters: this.filters,
    sort: { active: 'platform', direction: 'asc' },
    pageSize: 20,
    load: (f, paging) => this.api.suppliers({ ...f, ...paging }),
  });

  protected readonly trackById = (_: number, s: Supplier) => s.id;

  protected create(): void {
    SupplierDialog.open(this.dialog, null).subscribe((s) => {
      if (!s || s === 'stale') return;
      this.notify.ok(PRICES_TEXT.supplierCreated, { name: s.shopName });
      this.list.reload();
    });
  }

  protected edit(s: Supplier): void {
    SupplierDialog.open(this.dialog, s).subscribe((saved) => {
      if (saved === 'stale') {
        this.notify.ok(PRICES_TEXT.stale, { name: s.shopName });
        return this.list.reload();
      }
      if (!saved) return;
      this.replace(saved);
      this.notify.ok(PRICES_TEXT.supplierSaved, { name: saved.shopName });
    });
  }

  protected violations(s: Supplier): void {
    ViolationDialog.open(this.dialog, { supplier: s, canEdit: this.scope.canEdit() }).subscribe(() => this.list.reload());
  }

  protected setActive(s: Supplier, active: boolean): void {
    const go = () =>
      this.api.updateSupplier(s.id, { version: s.version, active }).subscribe({
        next: (saved) => {
          this.replace(saved);
          this.notify.ok(PRICES_TEXT.supplierSaved, { name: saved.shopName });
        },
        error: (err: unknown) => {
          if (isStaleVersion(toProblem(err))) {
            this.notify.ok(PRICES_TEXT.stale, { name: s.shopName });
            return this.list.reload();
          }
          this.notify.error(err);
        },
      });
    if (active) return void go();
    ConfirmDialog.ask(this.dialog, {
      title: PRICES_TEXT.deactivateSupplierTitle,
      message: PRICES_TEXT.deactivateSupplierMessage,
      params: { name: s.shopName },
      confirm: PRICES_TEXT.deactivate,
      danger: true,
    }).subscribe((ok) => ok && go());
  }

  private replace(s: Supplier): void {
    this.list.rows.update((rows) => rows.map((r) => (r.id === s.id ? s : r)));
  }
}
