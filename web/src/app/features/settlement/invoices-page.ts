import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { INVOICE_KIND_LABELS, INVOICE_KINDS, INVOICE_STATUS_LABELS, INVOICE_STATUSES, SETTLEMENT_KEEPER_ROLES, type InvoiceKind, type InvoiceStatus } from '@portal/domain';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { COMMON } from '../../core/i18n/text';
import { Notify } from '../../core/notify';
import { selectHoldsAny } from '../../core/session/holds-role';
import { LIST_PAGE_IMPORTS } from '../../shared/list-frame/list-page';
import { filterOptions } from '../../shared/list-frame/select-filter';
import { FenPipe } from '../../shared/money.pipe';
import { serverList } from '../../shared/server-list';
import { SettlementApi, type PurchaseInvoiceRow } from './settlement.api';
import { INVOICE_TEXT } from './settlement.text';
import { SettlementStatus } from './status-chip';

interface Filter {
  q: string;
  status: InvoiceStatus | null;
  kind: InvoiceKind | null;
}

/** 发票签收及交接: the unit's invoices; the clerk ticks signed ones and hands them over to finance in one batch. */
@Component({
  selector: 'app-invoices-page',
  imports: [LIST_PAGE_IMPORTS, MatCheckboxModule, RouterLink, FenPipe, AppDatePipe, SettlementStatus],
  template: `
    <app-list-frame [list]="list" [text]="text" testIds="invoices" [search]="filters.controls.q" [readOnly]="!keeper()">
      <a listActions mat-stroked-button routerLink="handovers" data-testid="invoices-handovers"><mat-icon>assignment_turned_in</mat-icon>{{ text.handovers | tr }}</a>
      @if (keeper()) {
        <a listActions mat-flat-button routerLink="new" data-testid="invoice-create"><mat-icon>add</mat-icon>{{ text.create | tr }}</a>
      }
      <ng-container listFilters>
        <app-select-filter [control]="filters.controls.status" [label]="common.status" [any]="text.anyStatus" [options]="statusOptions" testId="invoices-filter-status" />
        <app-select-filter [control]="filters.controls.kind" [label]="text.kind" [any]="text.anyKind" [options]="kindOptions" testId="invoices-filter-kind" />
        @if (selected().size > 0) {
          <button mat-flat-button type="button" (click)="handOver()" [disabled]="busy()" data-testid="invoices-hand-over">
            <mat-icon>outbox</mat-icon>{{ text.handOverSelected | tr: { count: selected().size } }}
          </button>
        }
      </ng-container>
      <table mat-table [dataSource]="list.rows()" [trackBy]="trackById" data-testid="invoices-table">
        <ng-container matColumnDef="pick">
          <th mat-header-cell *matHeaderCellDef></th>
          <td mat-cell *matCellDef="let r of list.rows()">
            @if (keeper() && r.status === 'signed') {
              <mat-checkbox [checked]="selected().has(r.id)" (change)="toggle(r.id)" [attr.data-testid]="'invoice-pick-' + r.invoiceNo" />
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="number">
          <th mat-header-cell *matHeaderCellDef>{{ text.invoiceNo | tr }}</th>
          <td mat-cell *matCellDef="let r of list.rows()" class="nowrap">
            <a [routerLink]="[r.id]" class="link mono" data-testid="invoice-link">{{ r.invoiceNo }}</a>
            <div class="muted small mono">{{ r.code || '—' }} · {{ kindLabels[r.kind] | tr }}</div>
          </td>
        </ng-container>
        <ng-container matColumnDef="seller">
          <th mat-header-cell *matHeaderCellDef>{{ text.seller | tr }}</th>
          <td mat-cell *matCellDef="let r of list.rows()">{{ r.sellerName }}<div class="muted small">{{ r.unit.name }}</div></td>
        </ng-container>
        <ng-container matColumnDef="issuedOn">
          <th mat-header-cell *matHeaderCellDef>{{ text.issuedOn | tr }}</th>
          <td mat-cell *matCellDef="let r of list.rows()" class="nowrap">{{ r.issuedOn | appDate }}</td>
        </ng-container>
        <ng-container matColumnDef="total">
          <th mat-header-cell *matHeaderCellDef class="num">{{ text.totalShort | tr }}</th>
          <td mat-cell *matCellDef="let r of list.rows()" class="num nowrap">{{ r.totalFen | fen }}</td>
        </ng-container>
        <ng-container matColumnDef="status">
          <th mat-header-cell *matHeaderCellDef>{{ common.status | tr }}</th>
          <td mat-cell *matCellDef="let r of list.rows()"><app-settlement-status kind="invoice" [status]="r.status" /></td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns; sticky: true"></tr>
        <tr mat-row *matRowDef="let r; columns: columns"></tr>
      </table>
    </app-list-frame>
  `,
  styleUrl: './settlement-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvoicesPage {
  private readonly api = inject(SettlementApi);
  private readonly notify = inject(Notify);
  private readonly router = inject(Router);
  protected readonly text = INVOICE_TEXT;
  protected readonly common = COMMON;
  protected readonly kindLabels = INVOICE_KIND_LABELS;
  protected readonly statusOptions = filterOptions(INVOICE_STATUSES, INVOICE_STATUS_LABELS);
  protected readonly kindOptions = filterOptions(INVOICE_KINDS, INVOICE_KIND_LABELS);
  protected readonly columns = ['pick', 'number', 'seller', 'issuedOn', 'total', 'status'];
  protected readonly keeper = inject(Store).selectSignal(selectHoldsAny(SETTLEMENT_KEEPER_ROLES));
  protected readonly selected = signal<ReadonlySet<number>>(new Set());
  protected readonly busy = signal(false);
  private key = crypto.randomUUID();

  private readonly linked = inject(ActivatedRoute).snapshot.queryParamMap.get('status');
  protected readonly filters = inject(FormBuilder).nonNullable.group<Filter>({ q: '', status: INVOICE_STATUSES.find((s) => s === this.linked) ?? null, kind: null });
  protected readonly list = serverList<PurchaseInvoiceRow, Filter>({
    filters: this.filters,
    load: (f, paging) => this.api.invoices({ ...f, page: paging.page, pageSize: paging.pageSize }),
  });
  protected readonly trackById = (_: number, r: PurchaseInvoiceRow) => r.id;

  protected toggle(id: number): void {
    const next = new Set(this.selected());
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.selected.set(next);
    // A different batch is a different write: a fresh key.
    this.key = crypto.randomUUID();
  }

  protected handOver(): void {
    this.busy.set(true);
    this.api.handOver([...this.selected()], this.key).subscribe({
      next: (h) => {
        this.busy.set(false);
        this.notify.ok(INVOICE_TEXT.handedOver, { number: h.number });
        void this.router.navigate(['/purchase-invoices/handovers', h.id]);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.notify.error(err);
      },
    });
  }
}
