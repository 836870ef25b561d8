import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import type { PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { APPROVAL_STATUSES, APPROVAL_STATUS_LABELS, type ApprovalStatus } from '@portal/domain';
import { I18n } from '../../core/i18n/i18n';
import { COMMON } from '../../core/i18n/text';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { ListBody } from '../../shared/list-frame/list-body';
import type { ListView } from '../../shared/list-frame/list-frame';
import { loadLatest } from '../../shared/load-latest';
import { FenPipe, ZhePipe } from '../../shared/money.pipe';
import { TypedCell } from '../../shared/typed-cell';
import { selectInboxCount } from '../notifications/notifications.reducer';
import { ApprovalsApi, type ListedRequest, type RequestQuery } from './approvals.api';
import { APPROVALS_TEXT, KNOWN_DOCUMENT_TYPES } from './approvals.text';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';

/** One tab of the inbox: what waits for me, or what I submitted. Server-side filtered and paged. */
@Component({
  selector: 'app-request-list',
  imports: [
    AppDatePipe,
    FormsModule,
    RouterLink,
    MatTableModule,
    MatFormFieldModule,
    MatSelectModule,
    MatButtonModule,
    MatIconModule,
    FenPipe,
    ZhePipe,
    TypedCell,
    TrPipe,
    ListBody,
  ],
  template: `
    <div class="filters" role="search">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ text.documentType | tr }}</mat-label>
        <mat-select [ngModel]="documentType()" (ngModelChange)="setType($event)" [attr.data-testid]="kind() + '-filter-type'">
          <mat-option [value]="null">{{ text.anyType | tr }}</mat-option>
          @for (t of typeChoices(); track t.key) {
            <mat-option [value]="t.key">{{ t.label }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      @if (kind() === 'submitted') {
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ common.status | tr }}</mat-label>
          <mat-select [ngModel]="status()" (ngModelChange)="setStatus($event)" data-testid="submitted-filter-status">
            <mat-option [value]="null">{{ text.anyStatus | tr }}</mat-option>
            @for (s of statuses; track s) {
              <mat-option [value]="s">{{ statusLabels[s] | tr }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      }
      <span class="spacer"></span>
      <button mat-icon-button (click)="reload()" [attr.aria-label]="common.refresh | tr" [attr.data-testid]="kind() + '-refresh'">
        <mat-icon>refresh</mat-icon>
      </button>
    </div>

    <app-list-body
      class="table-card"
      [list]="view"
      [pageSizes]="[10, 20, 50]"
      [firstLastButtons]="false"
      [emptyText]="kind() === 'inbox' ? text.emptyInbox : text.emptySubmitted"
      [emptyId]="kind() + '-empty'"
    >
      <table mat-table [dataSource]="rows()" [attr.aria-busy]="loading()" [attr.data-testid]="kind() + '-table'">
        <ng-container matColumnDef="document">
          <th mat-header-cell *matHeaderCellDef>{{ text.document | tr }}</th>
          <td mat-cell *matCellDef="let r of rows()">
            <a [routerLink]="['/approvals/requests', r.id]" class="doc-title">{{ r.title }}</a>
            <div class="muted small">{{ r.typeLabel }}</div>
          </td>
        </ng-container>
        <ng-container matColumnDef="unit">
          <th mat-header-cell *matHeaderCellDef>{{ text.unit | tr }}</th>
          <td mat-cell *matCellDef="let r of rows()">{{ r.unitName }}</td>
        </ng-container>
        <ng-container matColumnDef="amount">
          <th mat-header-cell *matHeaderCellDef class="num">{{ text.amount | tr }}</th>
          <td mat-cell *matCellDef="let r of rows()" class="num">
            {{ r.amountFen | fen }}
            @if (r.paidShareBp !== null) {
              <div class="muted small">{{ r.paidShareBp | zhe }}</div>
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="submitter">
          <th mat-header-cell *matHeaderCellDef>{{ text.submitter | tr }}</th>
          <td mat-cell *matCellDef="let r of rows()" class="nowrap">{{ r.submitter.name }}</td>
        </ng-container>
        <ng-container matColumnDef="submittedAt">
          <th mat-header-cell *matHeaderCellDef>{{ text.submittedAt | tr }}</th>
          <td mat-cell *matCellDef="let r of rows()" class="nowrap">{{ r.submittedAt | appDate: 'dateTime' }}</td>
        </ng-container>
        <ng-container matColumnDef="step">
          <th mat-header-cell *matHeaderCellDef>{{ text.currentStep | tr }}</th>
          <td mat-cell *matCellDef="let r of rows()">
            @if (r.currentStep; as s) {
              {{ text.stepOf | tr: { position: s.position, role: s.roleLabel } }}
              @if (s.unitName) {
                <div class="muted small">{{ s.unitName }}</div>
              }
            }
            @if (r.onBehalfOf) {
              <div class="behalf small">{{ text.onBehalfOf | tr: { name: r.onBehalfOf.name } }}</div>
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="status">
          <th mat-header-cell *matHeaderCellDef>{{ common.status | tr }}</th>
          <td mat-cell *matCellDef="let r of rows()">
            <span class="status-chip" [class]="'status-' + r.status">{{ statusLabels[r.status] | tr }}</span>
            @if (r.decidedAt) {
              <div class="muted small">{{ r.decidedAt | appDate: 'dateTime' }}</div>
            }
          </td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns()"></tr>
        <tr
          mat-row
          *matRowDef="let r; columns: columns()"
          class="row"
          [attr.data-testid]="kind() === 'inbox' ? 'inbox-row' : 'submitted-row'"
          [attr.data-request-id]="r.id"
          (click)="open(r)"
        ></tr>
      </table>
    </app-list-body>
  `,
  styles: `
    .filters { margin-bottom: 12px; align-items: center; }
    .filters mat-form-field { width: 200px; }
    table { width: 100%; min-width: 820px; }
    .row { cursor: pointer; }
    .row:hover { background: var(--mat-sys-surface-container); }
    .doc-title { color: var(--mat-sys-primary); text-decoration: none; font-weight: 500; }
    .small { font-size: 12px; }
    .num { text-align: end; white-space: nowrap; }
    .nowrap { white-space: nowrap; }
    .behalf { color: var(--mat-sys-tertiary); }
  `,
  styleUrl: './request-status.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RequestList {
  private readonly api = inject(ApprovalsApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);
  protected readonly text = APPROVALS_TEXT;
  protected readonly common = COMMON;
  protected readonly statuses = APPROVAL_STATUSES;
  protected readonly statusLabels = APPROVAL_STATUS_LABELS;

  readonly kind = input.required<'inbox' | 'submitted'>();

  protected readonly columns = computed(() =>
    this.kind() === 'inbox'
      ? ['document', 'unit', 'amount', 'submitter', 'submittedAt', 'step']
      : ['document', 'unit', 'amount', 'submittedAt', 'step', 'status'],
  );
  protected readonly documentType = signal<string | null>(null);
  protected readonly status = signal<ApprovalStatus | null>(null);
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(20);
  private readonly reloads = signal(0);
  protected readonly rows = signal<ListedRequest[]>([]);
  protected readonly total = signal(0);
  /** Labels the API has given so far, so the filter offers every type seen in the reader's language. */
  private readonly seenTypes = signal<Record<string, string>>({});
  protected readonly typeChoices = computed(() => {
    const lang = this.i18n.lang();
    const labels: Record<string, string> = {};
    for (const [key, label] of Object.entries(KNOWN_DOCUMENT_TYPES)) labels[key] = label[lang];
    Object.assign(labels, this.seenTypes());
    return Object.entries(labels).map(([key, label]) => ({ key, label }));
  });

  private readonly query = computed<RequestQuery>(() => {
    this.reloads();
    return { documentType: this.documentType(), status: this.status(), page: this.pageIndex() + 1, pageSize: this.pageSize() };
  });
  protected readonly loading = loadLatest(
    this.query,
    (q) => (this.kind() === 'inbox' ? this.api.inbox(q) : this.api.submitted(q)),
    (page) => {
      this.rows.set(page.items);
      this.total.set(page.total);
      this.seenTypes.update((seen) => {
        const next = { ...seen };
        for (const r of page.items) next[r.documentType] = r.typeLabel;
        return next;
      });
    },
  ).loading;
  /** The list body's view of this tab's state. */
  protected readonly view: ListView = {
    loading: this.loading,
    total: this.total,
    pageIndex: this.pageIndex,
    pageSize: this.pageSize,
    rows: this.rows,
    reload: () => this.reload(),
    onPage: (e) => this.onPage(e),
  };

  constructor() {
    // The toolbar's poll noticed the inbox changed (a new item, or another approver took one): show it.
    const count = inject(Store).selectSignal(selectInboxCount);
    let seen: number | null = null;
    effect(() => {
      const n = count();
      if (untracked(this.kind) !== 'inbox') return;
      if (seen !== null && seen !== n) untracked(() => this.reload());
      seen = n;
    });
  }

  reload(): void {
    this.reloads.update((n) => n + 1);
  }

  protected setType(type: string | null): void {
    this.documentType.set(type);
    this.pageIndex.set(0);
  }

  protected setStatus(status: ApprovalStatus | null): void {
    this.status.set(status);
    this.pageIndex.set(0);
  }

  protected onPage(e: PageEvent): void {
    this.pageIndex.set(e.pageIndex);
    this.pageSize.set(e.pageSize);
  }

  protected open(r: ListedRequest): void {
    void this.router.navigate(['/approvals/requests', r.id]);
  }
}
