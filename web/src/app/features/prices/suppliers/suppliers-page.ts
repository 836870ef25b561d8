import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder } from '@angular/forms';
import { MatDialog } from '@angular/material/dialog';
import { PLATFORM_LABELS, PLATFORMS, SUPPLIER_STANDING_LABELS, SUPPLIER_STANDINGS, type Platform, type SupplierStanding } from '@portal/domain';
import { AppDatePipe } from '../../../core/i18n/app-date.pipe';
import { COMMON } from '../../../core/i18n/text';
import { toProblem } from '../../../core/http/problem';
import { Notify } from '../../../core/notify';
import { ConfirmDialog } from '../../../shared/confirm-dialog';
import { isStaleVersion } from '../../../shared/server-errors';
import { LIST_PAGE_IMPORTS } from '../../../shared/list-frame/list-page';
import { filterOptions } from '../../../shared/list-frame/select-filter';
import { serverList } from '../../../shared/server-list';
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
  imports: [LIST_PAGE_IMPORTS, AppDatePipe],
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
  protected readonly platformOptions = filterOptions(PLATFORMS, PLATFORM_LABELS);
  protected readonly platformLabels = PLATFORM_LABELS;
  protected readonly standingOptions = filterOptions(SUPPLIER_STANDINGS, SUPPLIER_STANDING_LABELS);
  protected readonly standingLabels = SUPPLIER_STANDING_LABELS;
  protected readonly columns = ['platform', 'shopName', 'status', 'points', 'rectifyBy', 'actions'];
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
      this.list.replace(saved);
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
          this.list.replace(saved);
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
}
