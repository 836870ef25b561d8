import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { E_CONTRACT_STATUS_LABELS, E_CONTRACT_STATUSES, type EContractStatus } from '@portal/domain';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { COMMON } from '../../core/i18n/text';
import { LIST_PAGE_IMPORTS } from '../../shared/list-frame/list-page';
import { filterOptions } from '../../shared/list-frame/select-filter';
import { FenPipe } from '../../shared/money.pipe';
import { serverList } from '../../shared/server-list';
import { B2bStatus } from '../negotiations/state-chip';
import { EContractsApi, type EContractRow } from './e-contracts.api';
import { E_CONTRACT_TEXT } from './e-contracts.text';

interface Filter {
  q: string;
  status: EContractStatus | null;
}

/** 电子合同: the contracts the reader may see (a unit's own; a supplier contact its company's), newest first. */
@Component({
  selector: 'app-e-contracts-page',
  imports: [LIST_PAGE_IMPORTS, RouterLink, FenPipe, AppDatePipe, B2bStatus],
  template: `
    <app-list-frame [list]="list" [text]="text" testIds="e-contracts" [search]="filters.controls.q">
      <a listActions mat-stroked-button routerLink="verify" data-testid="e-contracts-verify"><mat-icon>verified</mat-icon>{{ text.verifyTitle | tr }}</a>
      <ng-container listFilters>
        <app-select-filter [control]="filters.controls.status" [label]="common.status" [any]="text.anyStatus" [options]="statusOptions" testId="e-contracts-filter-status" />
      </ng-container>
      <table mat-table [dataSource]="list.rows()" [trackBy]="trackById" data-testid="e-contracts-table">
        <ng-container matColumnDef="number">
          <th mat-header-cell *matHeaderCellDef>{{ text.number | tr }}</th>
          <td mat-cell *matCellDef="let r of list.rows()" class="nowrap"><a [routerLink]="[r.id]" class="link mono" data-testid="e-contract-link">{{ r.number }}</a></td>
        </ng-container>
        <ng-container matColumnDef="title">
          <th mat-header-cell *matHeaderCellDef>{{ text.subject | tr }}</th>
          <td mat-cell *matCellDef="let r of list.rows()">{{ r.title }}<div class="muted small">{{ r.negotiation.number }} · {{ r.unit.name }}</div></td>
        </ng-container>
        <ng-container matColumnDef="supplier">
          <th mat-header-cell *matHeaderCellDef>{{ text.supplier | tr }}</th>
          <td mat-cell *matCellDef="let r of list.rows()">{{ r.supplier.name }}</td>
        </ng-container>
        <ng-container matColumnDef="total">
          <th mat-header-cell *matHeaderCellDef class="num">{{ text.amount | tr }}</th>
          <td mat-cell *matCellDef="let r of list.rows()" class="num nowrap">{{ r.totalFen | fen }}</td>
        </ng-container>
        <ng-container matColumnDef="status">
          <th mat-header-cell *matHeaderCellDef>{{ common.status | tr }}</th>
          <td mat-cell *matCellDef="let r of list.rows()"><app-b2b-status kind="contract" [status]="r.status" /></td>
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
  styleUrl: '../negotiations/b2b-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EContractsPage {
  private readonly api = inject(EContractsApi);
  protected readonly text = E_CONTRACT_TEXT;
  protected readonly common = COMMON;
  protected readonly statusOptions = filterOptions(E_CONTRACT_STATUSES, E_CONTRACT_STATUS_LABELS);
  protected readonly columns = ['number', 'title', 'supplier', 'total', 'status', 'createdAt'];
  protected readonly filters = inject(FormBuilder).nonNullable.group<Filter>({ q: '', status: null });
  protected readonly list = serverList<EContractRow, Filter>({
    filters: this.filters,
    load: (f, paging) => this.api.list({ ...f, page: paging.page, pageSize: paging.pageSize }),
  });
  protected readonly trackById = (_: number, r: EContractRow) => r.id;
}
