import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { NEGOTIATION_STATE_LABELS, NEGOTIATION_STATES, type NegotiationState } from '@portal/domain';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { COMMON } from '../../core/i18n/text';
import { LIST_PAGE_IMPORTS } from '../../shared/list-frame/list-page';
import { filterOptions } from '../../shared/list-frame/select-filter';
import { FenPipe } from '../../shared/money.pipe';
import { serverList } from '../../shared/server-list';
import { NegotiationsApi, type NegotiationRow } from './negotiations.api';
import { NEGOTIATION_TEXT } from './negotiations.text';
import { B2bStatus } from './state-chip';

interface Filter {
  q: string;
  state: NegotiationState | null;
}

/** 洽谈单: the sheets the reader may see (a unit's own; a supplier contact its company's), latest activity first. */
@Component({
  selector: 'app-negotiations-page',
  imports: [LIST_PAGE_IMPORTS, RouterLink, FenPipe, AppDatePipe, B2bStatus],
  template: `
    <app-list-frame [list]="list" [text]="text" testIds="negotiations" [search]="filters.controls.q">
      <ng-container listFilters>
        <app-select-filter [control]="filters.controls.state" [label]="text.state" [any]="text.anyState" [options]="stateOptions" testId="negotiations-filter-state" />
      </ng-container>
      <table mat-table [dataSource]="list.rows()" [trackBy]="trackById" data-testid="negotiations-table">
        <ng-container matColumnDef="number">
          <th mat-header-cell *matHeaderCellDef>{{ text.number | tr }}</th>
          <td mat-cell *matCellDef="let r of list.rows()" class="nowrap">
            <a [routerLink]="[r.id]" class="link mono" data-testid="negotiation-link">{{ r.number }}</a>
            <div class="muted small">{{ text.versionNo | tr: { n: r.currentVersion } }}</div>
          </td>
        </ng-container>
        <ng-container matColumnDef="title">
          <th mat-header-cell *matHeaderCellDef>{{ text.subject | tr }}</th>
          <td mat-cell *matCellDef="let r of list.rows()">{{ r.title }}<div class="muted small">{{ r.inquiry.number }} · {{ r.unit.name }}</div></td>
        </ng-container>
        <ng-container matColumnDef="supplier">
          <th mat-header-cell *matHeaderCellDef>{{ text.supplier | tr }}</th>
          <td mat-cell *matCellDef="let r of list.rows()">{{ r.supplier.name }}</td>
        </ng-container>
        <ng-container matColumnDef="total">
          <th mat-header-cell *matHeaderCellDef class="num">{{ text.total_ | tr }}</th>
          <td mat-cell *matCellDef="let r of list.rows()" class="num nowrap">{{ r.totalFen | fen }}</td>
        </ng-container>
        <ng-container matColumnDef="state">
          <th mat-header-cell *matHeaderCellDef>{{ text.state | tr }}</th>
          <td mat-cell *matCellDef="let r of list.rows()"><app-b2b-status [status]="r.state" /></td>
        </ng-container>
        <ng-container matColumnDef="updatedAt">
          <th mat-header-cell *matHeaderCellDef>{{ text.updatedAt | tr }}</th>
          <td mat-cell *matCellDef="let r of list.rows()" class="nowrap">{{ r.updatedAt | appDate: 'dateTime' }}</td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns; sticky: true"></tr>
        <tr mat-row *matRowDef="let r; columns: columns"></tr>
      </table>
    </app-list-frame>
  `,
  styleUrl: './b2b-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NegotiationsPage {
  private readonly api = inject(NegotiationsApi);
  protected readonly text = NEGOTIATION_TEXT;
  protected readonly common = COMMON;
  protected readonly stateOptions = filterOptions(NEGOTIATION_STATES, NEGOTIATION_STATE_LABELS);
  protected readonly columns = ['number', 'title', 'supplier', 'total', 'state', 'updatedAt'];
  protected readonly filters = inject(FormBuilder).nonNullable.group<Filter>({ q: '', state: null });
  protected readonly list = serverList<NegotiationRow, Filter>({
    filters: this.filters,
    load: (f, paging) => this.api.list({ ...f, page: paging.page, pageSize: paging.pageSize }),
  });
  protected readonly trackById = (_: number, r: NegotiationRow) => r.id;
}
