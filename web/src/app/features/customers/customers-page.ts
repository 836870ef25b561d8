import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup } from '@angular/forms';
import { Store } from '@ngrx/store';
import { AD_QUOTER_ROLES } from '@portal/domain';
import { COMMON } from '../../core/i18n/text';
import { selectRoles } from '../../core/session/session.reducer';
import { LIST_PAGE_IMPORTS } from '../../shared/list-frame/list-page';
import { rowEdits } from '../../shared/row-edits';
import { serverList } from '../../shared/server-list';
import { CustomerDialog } from './customer-dialog';
import { CustomersApi, type Customer } from './customers.api';
import { CUSTOMERS_TEXT } from './customers.text';

/** Customers (厂家): those who quote keep them; finance and audit read them. */
@Component({
  selector: 'app-customers-page',
  imports: [LIST_PAGE_IMPORTS],
  templateUrl: './customers-page.html',
  styleUrl: '../ad-slots/ad-slots-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CustomersPage {
  private readonly api = inject(CustomersApi);
  protected readonly text = CUSTOMERS_TEXT;
  protected readonly common = COMMON;

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

  protected readonly filters = new FormGroup({ q: new FormControl('', { nonNullable: true }) });
  protected readonly list = serverList<Customer, { q: string }>({
    filters: this.filters,
    sort: { active: 'name', direction: 'asc' },
    pageSize: 20,
    load: (f, paging) => this.api.list({ q: f.q, ...paging }),
  });

  private readonly edits = rowEdits<Customer>({
    rows: this.list,
    params: (c) => ({ name: c.name }),
    staleText: CUSTOMERS_TEXT.stale,
    fetch: (c) => this.api.get(c.id),
  });

  protected readonly trackById = (_: number, c: Customer) => c.id;

  protected create(): void {
    this.edits.created(CustomerDialog.open(this.edits.dialog, {}), CUSTOMERS_TEXT.created);
  }

  protected edit(row: Customer): void {
    this.edits.edited(row, CustomerDialog.open(this.edits.dialog, { customer: row }), CUSTOMERS_TEXT.saved);
  }
}
