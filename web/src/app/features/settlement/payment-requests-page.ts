import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { PAYMENT_REQUEST_STATUS_LABELS, PAYMENT_REQUEST_STATUSES, SETTLEMENT_KEEPER_ROLES, type PaymentRequestStatus } from '@portal/domain';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { COMMON } from '../../core/i18n/text';
import { selectHoldsAny } from '../../core/session/holds-role';
import { LIST_PAGE_IMPORTS } from '../../shared/list-frame/list-page';
import { filterOptions } from '../../shared/list-frame/select-filter';
import { FenPipe } from '../../shared/money.pipe';
import { serverList } from '../../shared/server-list';
import { SettlementApi, type PaymentRequestRow } from './settlement.api';
import { PAYMENT_TEXT } from './settlement.text';
import { SettlementStatus } from './status-chip';

interface Filter {
  q: string;
  status: PaymentRequestStatus | null;
}

/** 申请汇款: the requests the reader may see (the API narrows them to the unit), newest first. */
@Component({
  selector: 'app-payment-requests-page',
  imports: [LIST_PAGE_IMPORTS, RouterLink, FenPipe, AppDatePipe, SettlementStatus],
  template: `
    <app-list-frame [list]="list" [text]="text" testIds="payment-requests" [search]="filters.controls.q" [readOnly]="!keeper()">
      @if (keeper()) {
        <a listActions mat-flat-button routerLink="new" data-testid="payment-request-create"><mat-icon>add</mat-icon>{{ text.create | tr }}</a>
      }
      <ng-container listFilters>
        <app-select-filter [control]="filters.controls.status" [label]="common.status" [any]="text.anyStatus" [options]="statusOptions" testId="payment-requests-filter-status" />
      </ng-container>
      <table mat-table [dataSource]="list.rows()" [trackBy]="trackById" data-testid="payment-requests-table">
        <ng-container matColumnDef="number">
          <th mat-header-cell *matHeaderCellDef>{{ text.number | tr }}</th>
          <td mat-cell *matCellDef="let r of list.rows()" class="nowrap">
            <a [routerLink]="[r.id]" class="link mono" data-testid="payment-request-link">{{ r.number }}</a>
            @if (r.prepayment) {
              <span class="badge" [matTooltip]="text.prepaymentHint | tr">{{ text.prepayment | tr }}</span>
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="supplier">
          <th mat-header-cell *matHeaderCellDef>{{ text.supplier | tr }}</th>
          <td mat-cell *matCellDef="let r of list.rows()">{{ r.supplier.name }}<div class="muted small">{{ r.unit.name }}</div></td>
        </ng-container>
        <ng-container matColumnDef="payee">
          <th mat-header-cell *matHeaderCellDef>{{ text.payee | tr }}</th>
          <td mat-cell *matCellDef="let r of list.rows()">{{ r.payee }}</td>
        </ng-container>
        <ng-container matColumnDef="amount">
          <th mat-header-cell *matHeaderCellDef class="num">{{ text.amountShort | tr }}</th>
          <td mat-cell *matCellDef="let r of list.rows()" class="num nowrap">{{ r.amountFen | fen }}</td>
        </ng-container>
        <ng-container matColumnDef="status">
          <th mat-header-cell *matHeaderCellDef>{{ common.status | tr }}</th>
          <td mat-cell *matCellDef="let r of list.rows()"><app-settlement-status [status]="r.status" /></td>
        </ng-container>
        <ng-container matColumnDef="createdAt">
          <th mat-header-cell *matHeaderCellDef>{{ text.createdAt | tr }}</th>
          <td mat-cell *matCellDef="let r of list.rows()" class="nowrap">{{ r.createdAt | appDate }}</td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns; sticky: true"></tr>
        <tr mat-row *matRowDef="let r; columns: columns"></tr>
      </table>
    </app-list-frame>
  `,
  styleUrl: './settlement-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PaymentRequestsPage {
  private readonly api = inject(SettlementApi);
  protected readonly text = PAYMENT_TEXT;
  protected readonly common = COMMON;
  protected readonly statusOptions = filterOptions(PAYMENT_REQUEST_STATUSES, PAYMENT_REQUEST_STATUS_LABELS);
  protected readonly columns = ['number', 'supplier', 'payee', 'amount', 'status', 'createdAt'];
  protected readonly keeper = inject(Store).selectSignal(selectHoldsAny(SETTLEMENT_KEEPER_ROLES));

  // The finance card links here with ?status=approved.
  private readonly linked = inject(ActivatedRoute).snapshot.queryParamMap.get('status');
  protected readonly filters = inject(FormBuilder).nonNullable.group<Filter>({
    q: '',
    status: PAYMENT_REQUEST_STATUSES.find((s) => s === this.linked) ?? null,
  });
  protected readonly list = serverList<PaymentRequestRow, Filter>({
    filters: this.filters,
    load: (f, paging) => this.api.requests({ ...f, page: paging.page, pageSize: paging.pageSize }),
  });
  protected readonly trackById = (_: number, r: PaymentRequestRow) => r.id;
}
