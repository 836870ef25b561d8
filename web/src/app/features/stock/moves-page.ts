import { ChangeDetectionStrategy, Component, inject, input, numberAttribute, signal } from '@angular/core';
import { FormBuilder } from '@angular/forms';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import { ITEM_CATEGORY_INFO, STOCK_MOVE_KIND_LABELS, BUYING_UNIT_LABELS } from '@portal/domain';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { COMMON } from '../../core/i18n/text';
import { Notify } from '../../core/notify';
import { LIST_PAGE_IMPORTS } from '../../shared/list-frame/list-page';
import { serverList } from '../../shared/server-list';
import { MoveDialog, type MoveKind } from './move-dialog';
import { StockApi, type StockMove, type StockRow } from './stock.api';
import { STOCK_TEXT } from './stock.text';

/** One item's ledger, newest first, each move with the balance it left; the clerk moves stock from here too. */
@Component({
  selector: 'app-moves-page',
  imports: [LIST_PAGE_IMPORTS, RouterLink, AppDatePipe],
  template: `
    <div class="page">
      <div class="page-header">
        <a mat-icon-button routerLink=".." [attr.aria-label]="text.back | tr" [matTooltip]="text.back | tr" data-testid="moves-back"><mat-icon>arrow_back</mat-icon></a>
        <h1 data-testid="moves-title">{{ item()?.name ?? '' }}</h1>
        @if (item(); as it) {
          <span class="muted">{{ it.code }} · {{ it.spec }} · {{ categoryInfo[it.category] | tr }} · {{ unitLabels[it.buyingUnit] | tr }}</span>
        }
      </div>
      @if (item(); as it) {
        <div class="summary">
          <div>
            <div class="muted small">{{ text.onHand | tr }}</div>
            <div class="figure" [class.warn]="it.belowReorder" data-testid="moves-on-hand">{{ it.onHand }} {{ it.uom }}</div>
            <div class="muted small">{{ text.reorderLevel | tr }} {{ it.reorderLevel }}</div>
          </div>
          @if (it.editable) {
            <div class="actions">
              <button mat-flat-button (click)="move('issue', it)" data-testid="moves-issue"><mat-icon>outbox</mat-icon>{{ text.issue | tr }}</button>
              <button mat-stroked-button (click)="move('count', it)" data-testid="moves-count"><mat-icon>fact_check</mat-icon>{{ text.count | tr }}</button>
              <button mat-stroked-button (click)="move('receipt', it)" data-testid="moves-receipt"><mat-icon>move_to_inbox</mat-icon>{{ text.receipt | tr }}</button>
            </div>
          }
        </div>
      }
      <app-list-frame [list]="list" [text]="{ total: text.movesTotal }" testIds="moves">
        <table mat-table [dataSource]="list.rows()" [trackBy]="trackById" data-testid="moves-table">
          <ng-container matColumnDef="movedOn">
            <th mat-header-cell *matHeaderCellDef>{{ text.movedOn | tr }}</th>
            <td mat-cell *matCellDef="let m; of: list.rows()" class="nowrap">{{ m.movedOn | appDate }}</td>
          </ng-container>
          <ng-container matColumnDef="kind">
            <th mat-header-cell *matHeaderCellDef>{{ text.kind | tr }}</th>
            <td mat-cell *matCellDef="let m; of: list.rows()" class="nowrap"><span class="badge" [class.off]="m.quantity < 0">{{ kindLabels[m.kind] | tr }}</span></td>
          </ng-container>
          <ng-container matColumnDef="quantity">
            <th mat-header-cell *matHeaderCellDef class="num">{{ text.quantity | tr }}</th>
            <td mat-cell *matCellDef="let m; of: list.rows()" class="num" [class.in]="m.quantity > 0">{{ m.quantity > 0 ? '+' : '' }}{{ m.quantity }}</td>
          </ng-container>
          <ng-container matColumnDef="balanceAfter">
            <th mat-header-cell *matHeaderCellDef class="num">{{ text.balanceAfter | tr }}</th>
            <td mat-cell *matCellDef="let m; of: list.rows()" class="num">{{ m.balanceAfter }}</td>
          </ng-container>
          <ng-container matColumnDef="detail">
            <th mat-header-cell *matHeaderCellDef>{{ text.department | tr }} / {{ text.reason | tr }}</th>
            <td mat-cell *matCellDef="let m; of: list.rows()">
              @if (m.department) {
                <strong>{{ m.department.name }}</strong> ·
              }
              {{ m.reason }}
              @if (m.sourceType) {
                <div class="muted small">{{ text.fromDocument | tr: { type: m.sourceType, id: m.sourceId } }}</div>
              }
            </td>
          </ng-container>
          <ng-container matColumnDef="recordedBy">
            <th mat-header-cell *matHeaderCellDef>{{ text.recordedBy | tr }}</th>
            <td mat-cell *matCellDef="let m; of: list.rows()" class="nowrap">
              {{ m.recordedBy?.name ?? '—' }}
              <div class="muted small">{{ m.recordedAt | appDate: 'dateTime' }}</div>
            </td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns; sticky: true"></tr>
          <tr mat-row *matRowDef="let m; columns: columns"></tr>
        </table>
      </app-list-frame>
    </div>
  `,
  styleUrl: './stock.scss',
  styles: `
    .page-header { flex-wrap: wrap; }
    .page-header h1 { flex: none; }
    .summary { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 12px 24px; margin-bottom: 16px; }
    .figure { font: var(--mat-sys-headline-small); font-variant-numeric: tabular-nums; }
    .actions { display: flex; flex-wrap: wrap; gap: 8px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MovesPage {
  /** From the route (withComponentInputBinding). */
  readonly itemId = input.required({ transform: numberAttribute });
  private readonly api = inject(StockApi);
  private readonly dialog = inject(MatDialog);
  private readonly notify = inject(Notify);
  protected readonly text = STOCK_TEXT;
  protected readonly common = COMMON;
  protected readonly kindLabels = STOCK_MOVE_KIND_LABELS;
  protected readonly categoryInfo = ITEM_CATEGORY_INFO;
  protected readonly unitLabels = BUYING_UNIT_LABELS;
  protected readonly columns = ['movedOn', 'kind', 'quantity', 'balanceAfter', 'detail', 'recordedBy'];
  protected readonly item = signal<StockRow | null>(null);

  protected readonly list = serverList<StockMove, { q: string }>({
    filters: inject(FormBuilder).nonNullable.group({ q: '' }),
    sort: { active: 'id', direction: 'desc' },
    pageSize: 20,
    load: (_, paging) => {
      this.loadItem();
      return this.api.moves(this.itemId(), { page: paging.page, pageSize: paging.pageSize });
    },
  });

  protected readonly trackById = (_: number, m: StockMove) => m.id;

  private loadItem(): void {
    this.api.item(this.itemId()).subscribe({ next: (it) => this.item.set(it), error: (err: unknown) => this.notify.error(err) });
  }

  protected move(kind: MoveKind, row: StockRow): void {
    MoveDialog.open(this.dialog, { kind, row }).subscribe((result) => {
      if (!result) return;
      if (result.message) this.notify.ok({ zh: result.message, en: result.message });
      this.list.reload();
    });
  }
}
