import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { PLATFORM_LABELS, PLATFORMS, SUPPLIER_STANDING_LABELS, SUPPLIER_STANDINGS, type Platform, type SupplierStanding } from '@portal/domain';
import { AppDatePipe } from '../../../core/i18n/app-date.pipe';
import { COMMON } from '../../../core/i18n/text';
import { rowEdits } from '../../../shared/row-edits';
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
  imports: [LIST_PAGE_IMPORTS, AppDatePipe, RouterLink],
  templateUrl: './suppliers-page.html',
  styleUrl: '../prices-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SuppliersPage {
  private readonly api = inject(PricesApi);
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

  /** No single-supplier read: a stale edit reads the page again. */
  private readonly edits = rowEdits<Supplier>({ rows: this.list, params: (s) => ({ name: s.shopName }), staleText: PRICES_TEXT.stale });

  protected readonly trackById = (_: number, s: Supplier) => s.id;

  protected create(): void {
    this.edits.created(SupplierDialog.open(this.edits.dialog, null), PRICES_TEXT.supplierCreated);
  }

  protected edit(s: Supplier): void {
    this.edits.edited(s, SupplierDialog.open(this.edits.dialog, s), PRICES_TEXT.supplierSaved);
  }

  protected violations(s: Supplier): void {
    ViolationDialog.open(this.edits.dialog, { supplier: s, canEdit: this.scope.canEdit() }).subscribe(() => this.list.reload());
  }

  protected setActive(s: Supplier, active: boolean): void {
    this.edits.setActive(s, active, () => this.api.updateSupplier(s.id, { version: s.version, active }), {
      on: { done: PRICES_TEXT.supplierSaved },
      off: { ask: { title: PRICES_TEXT.deactivateSupplierTitle, message: PRICES_TEXT.deactivateSupplierMessage, confirm: PRICES_TEXT.deactivate }, done: PRICES_TEXT.supplierSaved },
    });
  }
}
