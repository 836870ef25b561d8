import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { INQUIRY_EDITOR_ROLES, INQUIRY_STATUS_LABELS, INQUIRY_STATUSES, type InquiryStatus } from '@portal/domain';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { COMMON } from '../../core/i18n/text';
import { selectHoldsAny } from '../../core/session/holds-role';
import { LIST_PAGE_IMPORTS } from '../../shared/list-frame/list-page';
import { filterOptions } from '../../shared/list-frame/select-filter';
import { serverList } from '../../shared/server-list';
import { InquiriesApi, type InquirySummary } from './inquiries.api';
import { INQUIRIES_TEXT } from './inquiries.text';

interface Filter {
  q: string;
  status: InquiryStatus | null;
}

/** 询价单: the buying unit's inquiries, or for a supplier contact those its company was invited to. */
@Component({
  selector: 'app-inquiries-page',
  imports: [LIST_PAGE_IMPORTS, RouterLink, AppDatePipe],
  template: `
    <app-list-frame [list]="list" [text]="{ title: text.title, total: text.total, searchLabel: text.searchLabel }" testIds="inquiries" [search]="filters.controls.q">
      @if (canSend()) {
        <a listActions mat-flat-button routerLink="new" data-testid="inquiry-create"><mat-icon>add</mat-icon>{{ text.create | tr }}</a>
      }
      <ng-container listFilters>
        <app-select-filter [control]="filters.controls.status" [label]="common.status" [any]="text.anyStatus" [options]="statusOptions" testId="inquiries-filter-status" />
      </ng-container>
      <table mat-table [dataSource]="list.rows()" [trackBy]="trackById" matSort [listSort]="list" data-testid="inquiries-table">
        <ng-container matColumnDef="number">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ text.number | tr }}</th>
          <td mat-cell *matCellDef="let i of list.rows()" class="nowrap"><a [routerLink]="[i.id]" class="mono link" data-testid="inquiry-link">{{ i.number }}</a></td>
        </ng-container>
        <ng-container matColumnDef="title">
          <th mat-header-cell *matHeaderCellDef>{{ text.inquiryTitle | tr }}</th>
          <td mat-cell *matCellDef="let i of list.rows()">{{ i.title }}<div class="muted small">{{ i.unitName | localName: i.unitNameEn }}</div></td>
        </ng-container>
        <ng-container matColumnDef="status">
          <th mat-header-cell *matHeaderCellDef>{{ common.status | tr }}</th>
          <td mat-cell *matCellDef="let i of list.rows()" class="nowrap">
            <span class="badge" [class.ok]="i.status === 'quoting'">{{ statusLabels[i.status] | tr }}</span>
            @if (i.status !== 'closed') {
              <span class="badge" [class.warn]="!i.quotesOpen">{{ (i.quotesOpen ? text.opened : text.sealed) | tr }}</span>
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="quoteDeadline">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ text.deadline | tr }}</th>
          <td mat-cell *matCellDef="let i of list.rows()" class="nowrap">{{ i.quoteDeadline | appDate: 'dateTime' }}</td>
        </ng-container>
        <ng-container matColumnDef="createdAt">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ text.createdBy | tr }}</th>
          <td mat-cell *matCellDef="let i of list.rows()" class="nowrap">{{ i.createdBy }}<div class="muted small">{{ i.createdAt | appDate }}</div></td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns; sticky: true"></tr>
        <tr mat-row *matRowDef="let i; columns: columns" [attr.data-number]="i.number" data-testid="inquiry-row"></tr>
      </table>
    </app-list-frame>
  `,
  styleUrl: './inquiries.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InquiriesPage {
  private readonly api = inject(InquiriesApi);
  protected readonly text = INQUIRIES_TEXT;
  protected readonly common = COMMON;
  protected readonly statusOptions = filterOptions(INQUIRY_STATUSES, INQUIRY_STATUS_LABELS);
  protected readonly statusLabels = INQUIRY_STATUS_LABELS;
  protected readonly columns = ['number', 'title', 'status', 'quoteDeadline', 'createdAt'];
  protected readonly canSend = inject(Store).selectSignal(selectHoldsAny(INQUIRY_EDITOR_ROLES));

  protected readonly filters = inject(FormBuilder).nonNullable.group<Filter>({ q: '', status: null });
  protected readonly list = serverList<InquirySummary, Filter>({
    filters: this.filters,
    sort: { active: 'createdAt', direction: 'desc' },
    pageSize: 20,
    load: (f, paging) => this.api.list({ ...f, ...paging }),
  });

  protected readonly trackById = (_: number, i: InquirySummary) => i.id;
}
