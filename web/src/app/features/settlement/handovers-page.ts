import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { HANDOVER_STATUS_LABELS, HANDOVER_STATUSES, type HandoverStatus } from '@portal/domain';
import type { InvoiceHandoverList } from '@portal/domain/contracts';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { COMMON } from '../../core/i18n/text';
import { LIST_PAGE_IMPORTS } from '../../shared/list-frame/list-page';
import { filterOptions } from '../../shared/list-frame/select-filter';
import { FenPipe } from '../../shared/money.pipe';
import { serverList } from '../../shared/server-list';
import { SettlementApi } from './settlement.api';
import { INVOICE_TEXT } from './settlement.text';
import { SettlementStatus } from './status-chip';

type Row = InvoiceHandoverList['items'][number];
interface Filter {
  q: string;
  status: HandoverStatus | null;
}

/** 发票交接单: the batches clerks handed to finance; finance opens one to confirm receipt. */
@Component({
  selector: 'app-handovers-page',
  imports: [LIST_PAGE_IMPORTS, RouterLink, FenPipe, AppDatePipe, SettlementStatus],
  template: `
    <app-list-frame [list]="list" [text]="listText" testIds="handovers">
      <a listActions mat-stroked-button routerLink="/purchase-invoices"><mat-icon>arrow_back</mat-icon>{{ text.backToList | tr }}</a>
      <ng-container listFilters>
        <app-select-filter [control]="filters.controls.status" [label]="common.status" [any]="text.anyStatus" [options]="statusOptions" testId="handovers-filter-status" />
      </ng-container>
      <table mat-table [dataSource]="list.rows()" [trackBy]="trackById" data-testid="handovers-table">
        <ng-container matColumnDef="number">
          <th mat-header-cell *matHeaderCellDef>{{ text.handover | tr }}</th>
          <td mat-cell *matCellDef="let r of list.rows()" class="nowrap"><a [routerLink]="[r.id]" class="link mono" data-testid="handover-link">{{ r.number }}</a><div class="muted small">{{ r.unit.name }}</div></td>
        </ng-container>
        <ng-container matColumnDef="count">
          <th mat-header-cell *matHeaderCellDef class="num">{{ text.invoiceCount | tr }}</th>
          <td mat-cell *matCellDef="let r of list.rows()" class="num">{{ r.invoiceCount }}</td>
        </ng-container>
        <ng-container matColumnDef="total">
          <th mat-header-cell *matHeaderCellDef class="num">{{ text.totalShort | tr }}</th>
          <td mat-cell *matCellDef="let r of list.rows()" class="num nowrap">{{ r.totalFen | fen }}</td>
        </ng-container>
        <ng-container matColumnDef="createdAt">
          <th mat-header-cell *matHeaderCellDef>{{ text.createdAt | tr }}</th>
          <td mat-cell *matCellDef="let r of list.rows()" class="nowrap">{{ r.createdAt | appDate }}<div class="muted small">{{ r.createdBy?.name }}</div></td>
        </ng-container>
        <ng-container matColumnDef="status">
          <th mat-header-cell *matHeaderCellDef>{{ common.status | tr }}</th>
          <td mat-cell *matCellDef="let r of list.rows()"><app-settlement-status kind="handover" [status]="r.status" /></td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns; sticky: true"></tr>
        <tr mat-row *matRowDef="let r; columns: columns"></tr>
      </table>
    </app-list-frame>
  `,
  styleUrl: './settlement-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HandoversPage {
  private readonly api = inject(SettlementApi);
  protected readonly text = INVOICE_TEXT;
  protected readonly listText = { title: INVOICE_TEXT.handoversTitle, total: INVOICE_TEXT.handoversTotal };
  protected readonly common = COMMON;
  protected readonly statusOptions = filterOptions(HANDOVER_STATUSES, HANDOVER_STATUS_LABELS);
  protected readonly columns = ['number', 'count', 'total', 'createdAt', 'status'];
  // The finance card links here with ?status=sent.
  private readonly linked = inject(ActivatedRoute).snapshot.queryParamMap.get('status');
  protected readonly filters = inject(FormBuilder).nonNullable.group<Filter>({ q: '', status: HANDOVER_STATUSES.find((s) => s === this.linked) ?? null });
  protected readonly list = serverList<Row, Filter>({
    filters: this.filters,
    load: (f, paging) => this.api.handovers({ status: f.status, page: paging.page, pageSize: paging.pageSize }),
  });
  protected readonly trackById = (_: number, r: Row) => r.id;
}
