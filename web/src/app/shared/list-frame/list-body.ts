import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatPaginatorIntl, MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { COMMON, type Text } from '../../core/i18n/text';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { PaginatorIntl } from '../paginator-intl';
import { SHARED_TEXT } from '../shared.text';
import type { ListView } from './list-frame';

/**
 * The body of a paged list, under its filters: progress, the projected table, what an empty,
 * loading or failed list says, and the paginator. The list frame wraps it; a list with a
 * header of its own (a tab of the approvals inbox) uses it alone.
 */
@Component({
  selector: 'app-list-body',
  imports: [MatPaginatorModule, MatProgressBarModule, TrPipe],
  providers: [{ provide: MatPaginatorIntl, useClass: PaginatorIntl }],
  template: `
    <div class="progress">
      @if (list().loading()) {
        <mat-progress-bar mode="indeterminate" />
      }
    </div>
    <div class="scroll">
      <ng-content />
    </div>
    @switch (state()) {
      @case ('loading') {
        <p class="no-data muted">{{ common.loading | tr }}</p>
      }
      @case ('failed') {
        <p class="no-data failed" role="alert" data-testid="list-failed">{{ shared.loadFailed | tr }}</p>
      }
      @case ('empty') {
        <p class="no-data muted" [attr.data-testid]="emptyId()">{{ emptyText() | tr }}</p>
      }
    }
    <mat-paginator
      [length]="list().total()"
      [pageIndex]="list().pageIndex()"
      [pageSize]="list().pageSize()"
      [pageSizeOptions]="pageSizes()"
      (page)="list().onPage($event)"
      [showFirstLastButtons]="firstLastButtons()"
      [attr.data-testid]="paginatorId()"
    />
  `,
  styles: `
    :host {
      display: block;
    }
    .progress {
      height: 4px;
    }
    .scroll {
      overflow-x: auto;
    }
    .no-data {
      padding: 24px 16px;
      text-align: center;
      margin: 0;
    }
    .failed {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ListBody {
  readonly list = input.required<ListView>();
  readonly pageSizes = input<number[]>([10, 20, 50, 100]);
  readonly firstLastButtons = input(true);
  readonly paginatorId = input<string | null>(null);
  /** What an answered, empty list says (e.g. "nothing waits for you"), and its test id. */
  readonly emptyText = input<Text>(COMMON.noData);
  readonly emptyId = input<string | null>(null);

  protected readonly common = COMMON;
  protected readonly shared = SHARED_TEXT;

  protected readonly state = computed(() => {
    const list = this.list();
    if (list.rows().length > 0) return 'rows';
    if (list.loading()) return 'loading';
    return list.failed?.() ? 'failed' : 'empty';
  });
}
